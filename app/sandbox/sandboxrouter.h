#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace Sandbox {

// Maps "METHOD /path/{param}/..." to handlers; a path that exists under another method gets 405.
class SandboxRouter
{
public:
    using Params = QStringList; // the {param} segments, in order
    using Handler = std::function<SandboxResponse(const SandboxRequest &, const Params &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // Returns false when no route's path matches (the caller answers 404).
    bool dispatch(const SandboxRequest &request, SandboxResponse *response) const;
    // The route pattern that matches, e.g. "/payment_links/api/v1/payment_links/{id}", for logs/faults.
    QString patternFor(const SandboxRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        QString pattern;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, Params *params);

    QList<Route> m_routes;
};

} // namespace Sandbox
