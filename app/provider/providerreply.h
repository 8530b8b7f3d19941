#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One entry of a payment service's error answer: a code, the field it is about (a dotted path,
// so the UI can point at the field) and the service's own description.
struct ApiError
{
    QString error;
    QString property;
    QString description;
};

// How one call to a payment service ended, classified the way the sync engine needs it: did it
// work, may a retry help, and could the service have applied it though no good answer came.
struct ProviderReply
{
    enum class Outcome {
        Ok,
        Rejected, // the request is wrong (4xx other than 408/429); retrying will not help
        Retryable, // provably not applied (nothing reached the service, 429, 408): send again later
        Unknown, // may have been applied (timeout, connection lost, 5xx, an answer we cannot trust)
    };

    Outcome outcome = Outcome::Unknown;
    int httpStatus = 0;
    QList<ApiError> errors;
    QString transportError; // the network layer's own words
    int retryAfterSeconds = -1;
    // The service (or something in its place) could not prove who it is (TLS): not "offline".
    bool certificateProblem = false;
    // The answer's body as it came over the wire, in bytes: what the call cost (AnswerCosts).
    qint64 answerBytes = 0;
    // Stallpay's own reason, as a stable code (ServiceAnswer, app/sale, words it in the reader's
    // language), with its details (an address, a content type, the TLS words); empty: none.
    QString reason = {};
    QStringList reasonArgs = {};

    bool ok() const { return outcome == Outcome::Ok; }
    // What went wrong, in the user's language, with the service's own descriptions where it gave any.
    QString message() const;
    // Why the transport failed or an answer was not taken, in the user's language (the reason, else
    // the network layer's words); empty when neither.
    QString trouble() const;
    // The answer as a sale's timeline keeps it (ServiceAnswer::text makes message() of it).
    QJsonObject record() const;

    static ProviderReply done() { return ProviderReply {Outcome::Ok, 200, {}, {}, -1}; }
    // A 2xx answer that lacks what the call must return: its outcome is unknown, and reconciled.
    // `reason` (ServiceAnswer's code) says why the answer is not taken.
    static ProviderReply untrusted(int httpStatus, const QString &reason)
    {
        ProviderReply r {Outcome::Unknown, httpStatus, {}, {}, -1};
        r.reason = reason;
        return r;
    }
    // Refused by Stallpay itself before or after the call, for `reason` (ServiceAnswer's code).
    static ProviderReply refused(const QString &reason, const QStringList &args = {})
    {
        ProviderReply r {Outcome::Rejected, 0, {}, {}, -1};
        r.reason = reason;
        r.reasonArgs = args;
        return r;
    }
};
