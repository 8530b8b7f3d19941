#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace Sandbox {

class IdGenerator;

// What should go wrong with the next matching requests, as set through POST /_sandbox/faults.
// Rules never touch /_sandbox/, so a test can always clear them again.
class FaultInjector
{
public:
    struct Rule
    {
        QString id;
        QString kind; // latency, status, rate_limit, drop_before_apply, drop_after_apply, slow_drip, malformed_json,
                      // late_apply, captive_portal, redirect, endless, answer_field
        QString endpoint; // as given: "POST /payment_links/api/v1/payment_links", "/payments/**", "" for all
        QByteArray method; // empty: any
        QStringList segments;
        int remaining = -1; // -1: every matching request
        double probability = 1.0;
        int ms = 0; // latency
        int status = 500; // status
        int retryAfter = 1; // rate_limit, seconds
        int bytes = 8; // slow_drip chunk
        int intervalMs = 200; // slow_drip pause between chunks
        QString location; // redirect: where to
        QString field; // answer_field: the answer's top-level field (of each list item) to set
        QJsonValue value; // answer_field: its value
        QString whereId; // answer_field on a list: only the item with this id (empty: every item)
        int fired = 0;

        QJsonObject toJson() const;
    };

    // What to do to one request: extra latency (summed over latency rules) and at most one outcome.
    struct Plan
    {
        int latencyMs = 0;
        std::optional<Rule> outcome;
        QStringList fired; // rule IDs, for the log line
    };

    explicit FaultInjector(IdGenerator *random);

    static const QStringList &kinds();
    // Validates and adds a rule; the 422 answer when the body is wrong.
    std::optional<SandboxResponse> add(const QJsonObject &body, QJsonObject *created);
    bool remove(const QString &id);
    void clear() { m_rules.clear(); }
    QJsonArray toJson() const;

    Plan plan(const SandboxRequest &request);

private:
    static bool matches(const Rule &rule, const SandboxRequest &request);

    IdGenerator *m_random;
    QList<Rule> m_rules;
    int m_nextId = 1;
};

} // namespace Sandbox
