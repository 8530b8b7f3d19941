#pragma once

#include <QList>
#include <QString>

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
    QString transportError; // the network layer's words, or why an answer was not trusted
    int retryAfterSeconds = -1;
    // The service (or something in its place) could not prove who it is (TLS): not "offline".
    bool certificateProblem = false;
    // The answer's body as it came over the wire, in bytes: what the call cost (AnswerCosts).
    qint64 answerBytes = 0;

    bool ok() const { return outcome == Outcome::Ok; }
    // What went wrong, in the user's language, with the service's own descriptions where it gave any.
    QString message() const;

    static ProviderReply done() { return ProviderReply {Outcome::Ok, 200, {}, {}, -1}; }
    // A 2xx answer that lacks what the call must return: its outcome is unknown, and reconciled.
    static ProviderReply untrusted(int httpStatus, const QString &why)
    {
        return ProviderReply {Outcome::Unknown, httpStatus, {}, why, -1};
    }
    static ProviderReply refused(const QString &code, const QString &description)
    {
        return ProviderReply {Outcome::Rejected, 0, {ApiError {code, {}, description}}, {}, -1};
    }
};
