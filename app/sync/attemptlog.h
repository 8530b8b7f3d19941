#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Keeps, in an outbox job's JSON payload, when its attempts were sent and which of them have an
// unknown outcome. A request that may have been applied may have created something (a payment
// order nobody uses); knowing when it was sent is how it is found again.
namespace AttemptLog {
// Before sending: this attempt is in the air (survives a crash as "pending").
QString markSent(const QString &payload, const QDateTime &sentAt);
// The attempt in the air got an answer that says it was not applied: forget it.
QString dropPending(const QString &payload);
// The attempt in the air may have been applied (timeout, lost answer, crash): remember it.
QString keepPendingAsUnknown(const QString &payload);
// Every attempt of unknown outcome, oldest first.
QList<QDateTime> unknownAttempts(const QString &payload);
bool hasPending(const QString &payload);
} // namespace AttemptLog
