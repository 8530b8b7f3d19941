#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// An API action waiting to be done for a sale. Written in the same transaction as the change that
// causes it, so an action is never lost and never invented.
struct OutboxJob
{
    enum class Kind {
        CreateOrder,
        CreateLink,
        CloseOrder,
        CancelLink,
        Distribute,
        CloseOrphans,
        ReplaceLink, // cancels the sale's link; when done, a create_link for a new one is queued
        Refund, // refunds the sale's completed payment in full; reads the payment's refunds first
        PingInvoice, // Ping's own invoice of the sale's link: created (once), its PDF fetched and cached
        PingReceipt, // Ping's receipt of the paid link: its PDF fetched and cached
        // The till's own jobs (no sale): a payment order made ahead for the next Charge
        // (spare_orders), and one closed that no sale took in time (payload: {"spare": id}).
        PrepareOrder,
        CloseSpareOrder,
    };
    static bool isTillJob(Kind kind) { return kind == Kind::PrepareOrder || kind == Kind::CloseSpareOrder; }
    // A document of the sale (Ping's invoice or receipt): it never moves the sale's payment state.
    static bool isDocument(Kind kind) { return kind == Kind::PingInvoice || kind == Kind::PingReceipt; }
    enum class Status {
        Pending, // not yet sent, or sent with a known failure; due again at nextAttemptAt
        InFlight, // sent, and the outcome is unknown (in the air, or lost): reconcile before resending
        Done,
        Failed, // refused for good (a 4xx other than 408/429); the seller sees why
    };

    qint64 id = 0;
    qint64 saleId = 0; // 0: a till job
    Kind kind = Kind::CreateOrder;
    Status status = Status::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime notBefore; // the server's Retry-After: a floor even after a reconnect
    QDateTime unknownSince; // first attempt whose outcome is unknown (a duplicate may exist from then)
    QDateTime updatedAt; // for an in-flight job: when its request was sent
    QString lastError;
    QString payload; // JSON of the job's own parameters; never personal data (that is in sale_contacts)
};

// How an attempt ended, as stored with the job.
struct JobUpdate
{
    qint64 jobId = 0;
    OutboxJob::Status status = OutboxJob::Status::Done;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime notBefore;
    QDateTime unknownSince; // kept if already set: the earliest unknown attempt counts
    std::optional<QString> payload; // replaces the job's parameters when set

    // An attempt that failed and is tried again at nextAttemptAt (not before notBefore); one of
    // unknown outcome stays in flight, remembering when the first such attempt was sent.
    static JobUpdate retry(qint64 jobId,
                           const QString &error,
                           const QDateTime &nextAttemptAt,
                           const QDateTime &notBefore,
                           bool outcomeUnknown,
                           const QDateTime &sentAt,
                           const std::optional<QString> &payload)
    {
        return {jobId,     outcomeUnknown ? OutboxJob::Status::InFlight : OutboxJob::Status::Pending,
                error,     nextAttemptAt,
                notBefore, outcomeUnknown ? sentAt : QDateTime(),
                payload};
    }
};

namespace Outbox {
QString kindKey(OutboxJob::Kind kind);
QString statusKey(OutboxJob::Status status);

// These take the caller's open transaction on db.
bool enqueue(QSqlDatabase db,
             qint64 saleId,
             OutboxJob::Kind kind,
             const QDateTime &nowUtc,
             QString *error,
             const QString &payload = {});
// False with *error (SQLite's words, or that the job does not exist) when nothing was stored.
bool update(QSqlDatabase db, const JobUpdate &update, const QDateTime &nowUtc, QString *error);

// Jobs not done or failed, per sale in the order they were queued (SaleQueries::openJobs puts them
// in the order of the sale's life).
QList<OutboxJob> openJobs(QSqlDatabase db);
int openJobCount(QSqlDatabase db); // the sales' jobs: what the seller sees waiting
bool markInFlight(
    QSqlDatabase db, qint64 jobId, const QDateTime &nowUtc, const std::optional<QString> &payload, QString *error);
// The network is back: every waiting job is due now, or at its Retry-After floor.
bool wakeAll(QSqlDatabase db);
} // namespace Outbox
