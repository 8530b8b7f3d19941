#pragma once

#include "store/outbox.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;
class SaleWriter;

// A payment order made ahead, before the Charge that uses it.
struct SpareOrder
{
    qint64 id = 0;
    QString paymentOrderId;
    QDateTime madeAt;
};

// What a till job (a job of no sale: prepare_order, close_spare_order) changes, as SaleWriter
// stores it in one transaction: the job's own update, the spare order it made or retired, and the
// job it queues.
struct TillJobChange
{
    JobUpdate job; // jobId 0: no job ends here
    QString madeOrderId; // prepare_order done: a spare order
    qint64 retireSpareId = 0; // taken out of use; its close_spare_order is queued
    std::optional<OutboxJob::Kind> enqueue; // a till job to queue (with enqueuePayload)
    QString enqueuePayload;
};

// Payment orders made ahead, so that a Charge needs one request (the link) instead of two: the
// sync engine keeps one spare order ready while online, a Charge takes it in the transaction that
// commits the sale, and one that no sale took within kMaxAgeSeconds, or that is left when the till
// quits, is retired and closed at the payment service. Every step is an outbox job like a sale's,
// so none is lost in a crash: a spare stays known (spare_orders) until it is used or closed.
class SpareOrders
{
public:
    static constexpr qint64 kMaxAgeSeconds = 2 * 60 * 60;
    // Young enough to be taken by a sale at now (and not from a clock that was wrong); the engine
    // retires one that is not.
    static bool isFresh(const SpareOrder &spare, const QDateTime &nowUtc)
    {
        return spare.madeAt.secsTo(nowUtc) <= kMaxAgeSeconds && spare.madeAt <= nowUtc.addSecs(60);
    }

    SpareOrders(SaleWriter &writer, Database &db);

    QList<SpareOrder> open() const; // made, not taken by a sale, not retired (oldest first)
    bool prepare(QString *error = nullptr); // queues a prepare_order job
    bool retire(const SpareOrder &spare, QString *error = nullptr);
    bool recordMade(const OutboxJob &job, const QString &paymentOrderId);
    bool recordClosed(const OutboxJob &job);
    bool recordRetry(const OutboxJob &job,
                     const QString &error,
                     const QDateTime &nextAttemptUtc,
                     const QDateTime &notBefore,
                     bool outcomeUnknown,
                     const QDateTime &sentAt,
                     const std::optional<QString> &payload);
    bool recordFailed(const OutboxJob &job, const QString &error);

    // Inside the caller's transaction (SaleWriter::insertSale): the oldest spare young enough at
    // now, taken by saleId. nullopt when there is none (or on a database error, with *error set).
    static std::optional<SpareOrder> take(QSqlDatabase db, qint64 saleId, const QDateTime &nowUtc, QString *error);
    static QList<SpareOrder> openIn(QSqlDatabase db);

private:
    SaleWriter &m_writer;
    Database &m_db;
};
