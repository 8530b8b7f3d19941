#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// An API action waiting to be done for a sale. Written in the same transaction as the change that
// causes it, so an action is never lost and never invented.
struct OutboxJob
{
    enum class Kind { CreateOrder, CreateLink, CloseOrder, CancelLink, Distribute };
    enum class Status {
        Pending, // not yet sent, or sent with a known failure and due again at nextAttemptAt
        InFlight, // sent, outcome unknown until the response is stored: reconcile before resending
        Done,
        Failed, // refused for good (a 4xx other than 408/429); the seller sees why
    };

    qint64 id = 0;
    qint64 saleId = 0;
    Kind kind = Kind::CreateOrder;
    Status status = Status::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString payload; // JSON of the job's own parameters; never personal data (that is in sale_contacts)
};

namespace Outbox {
QString kindKey(OutboxJob::Kind kind);
QString statusKey(OutboxJob::Status status);

// Both take the caller's open transaction on db.
bool enqueue(QSqlDatabase db,
             qint64 saleId,
             OutboxJob::Kind kind,
             const QDateTime &nowUtc,
             QString *error,
             const QString &payload = {});
bool setStatus(QSqlDatabase db,
               qint64 jobId,
               OutboxJob::Status status,
               const QString &lastError,
               const QDateTime &nextAttemptAt,
               const QDateTime &nowUtc);

// Jobs not done or failed, oldest first; the worker picks the first due one per sale.
QList<OutboxJob> openJobs(QSqlDatabase db);
int openJobCount(QSqlDatabase db);
bool markInFlight(QSqlDatabase db, qint64 jobId, const QDateTime &nowUtc);
} // namespace Outbox
