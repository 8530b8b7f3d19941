#pragma once

#include "pingtypes.h"

#include <QJsonValue>

// The outcome of one API call, classified the way the sync engine needs it: did it work, may a
// retry help, and could the server have applied it even though we did not see a good answer.
struct PingResponse
{
    enum class Outcome {
        Ok,
        Rejected, // 4xx other than 408/429: the request is wrong; retrying will not help
        Retryable, // not applied (connection refused, 429, 408): send again later
        Unknown, // may have been applied (timeout, connection lost, 5xx, unreadable 2xx): reconcile
    };

    Outcome outcome = Outcome::Unknown;
    int httpStatus = 0;
    QJsonValue body;
    QList<ApiError> errors;
    QString transportError; // the network layer's words, for the log
    int retryAfterSeconds = -1;

    bool ok() const { return outcome == Outcome::Ok; }
    // What went wrong, in the user's language, with the API's own descriptions where it gave any.
    QString message() const;
};
