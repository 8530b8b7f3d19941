#include "outbox.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
constexpr OutboxJob::Kind kKinds[] = {
    OutboxJob::Kind::CreateOrder, OutboxJob::Kind::CreateLink,   OutboxJob::Kind::CloseOrder,
    OutboxJob::Kind::CancelLink,  OutboxJob::Kind::Distribute,   OutboxJob::Kind::CloseOrphans,
    OutboxJob::Kind::ReplaceLink, OutboxJob::Kind::Refund,       OutboxJob::Kind::PingInvoice,
    OutboxJob::Kind::PingReceipt, OutboxJob::Kind::PrepareOrder, OutboxJob::Kind::CloseSpareOrder};
constexpr OutboxJob::Status kStatuses[] = {OutboxJob::Status::Pending, OutboxJob::Status::InFlight,
                                           OutboxJob::Status::Done, OutboxJob::Status::Failed};

QVariant iso(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
} // namespace

namespace Outbox {

QString kindKey(OutboxJob::Kind kind)
{
    switch (kind) {
    case OutboxJob::Kind::CreateOrder:
        return u"create_order"_s;
    case OutboxJob::Kind::CreateLink:
        return u"create_link"_s;
    case OutboxJob::Kind::CloseOrder:
        return u"close_order"_s;
    case OutboxJob::Kind::CancelLink:
        return u"cancel_link"_s;
    case OutboxJob::Kind::Distribute:
        return u"distribute"_s;
    case OutboxJob::Kind::CloseOrphans:
        return u"close_orphans"_s;
    case OutboxJob::Kind::ReplaceLink:
        return u"replace_link"_s;
    case OutboxJob::Kind::Refund:
        return u"refund"_s;
    case OutboxJob::Kind::PingInvoice:
        return u"ping_invoice"_s;
    case OutboxJob::Kind::PingReceipt:
        return u"ping_receipt"_s;
    case OutboxJob::Kind::PrepareOrder:
        return u"prepare_order"_s;
    case OutboxJob::Kind::CloseSpareOrder:
        return u"close_spare_order"_s;
    }
    return {};
}

QString statusKey(OutboxJob::Status status)
{
    switch (status) {
    case OutboxJob::Status::Pending:
        return u"pending"_s;
    case OutboxJob::Status::InFlight:
        return u"in_flight"_s;
    case OutboxJob::Status::Done:
        return u"done"_s;
    case OutboxJob::Status::Failed:
        return u"failed"_s;
    }
    return {};
}

bool enqueue(QSqlDatabase db,
             qint64 saleId,
             OutboxJob::Kind kind,
             const QDateTime &nowUtc,
             QString *error,
             const QString &payload)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outbox (sale_id, kind, status, payload, created_at, updated_at)"
              " VALUES (?, ?, 'pending', ?, ?, ?)"_s);
    q.addBindValue(saleId == 0 ? QVariant() : QVariant(saleId)); // 0: the till's own job
    q.addBindValue(kindKey(kind));
    q.addBindValue(payload.isNull() ? u""_s : payload);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(iso(nowUtc));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool update(QSqlDatabase db, const JobUpdate &u, const QDateTime &nowUtc, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET status = ?, last_error = ?, next_attempt_at = ?, not_before = ?,"
              " unknown_since = COALESCE(unknown_since, ?), payload = COALESCE(?, payload), updated_at = ?"
              " WHERE id = ?"_s);
    q.addBindValue(statusKey(u.status));
    q.addBindValue(u.lastError.isNull() ? QVariant() : QVariant(u.lastError));
    q.addBindValue(iso(u.nextAttemptAt));
    q.addBindValue(iso(u.notBefore));
    q.addBindValue(iso(u.unknownSince));
    q.addBindValue(u.payload ? QVariant(*u.payload) : QVariant());
    q.addBindValue(iso(nowUtc));
    q.addBindValue(u.jobId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = u"outbox job %1 does not exist"_s.arg(u.jobId);
        return false;
    }
    return true;
}

QList<OutboxJob> openJobs(QSqlDatabase db)
{
    QList<OutboxJob> jobs;
    QSqlQuery q(db);
    q.exec(u"SELECT id, sale_id, kind, status, attempts, next_attempt_at, last_error, payload, not_before,"
           " unknown_since, updated_at FROM outbox WHERE status IN ('pending', 'in_flight') ORDER BY sale_id, id"_s);
    while (q.next()) {
        OutboxJob job;
        job.id = q.value(0).toLongLong();
        job.saleId = q.value(1).toLongLong();
        for (auto k : kKinds) {
            if (kindKey(k) == q.value(2).toString())
                job.kind = k;
        }
        for (auto s : kStatuses) {
            if (statusKey(s) == q.value(3).toString())
                job.status = s;
        }
        job.attempts = q.value(4).toInt();
        job.nextAttemptAt = fromIso(q.value(5));
        job.lastError = q.value(6).toString();
        job.payload = q.value(7).toString();
        job.notBefore = fromIso(q.value(8));
        job.unknownSince = fromIso(q.value(9));
        job.updatedAt = fromIso(q.value(10));
        jobs.append(job);
    }
    return jobs;
}

int openJobCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'in_flight') AND sale_id IS NOT NULL"_s)
        && q.next())
        return q.value(0).toInt();
    return 0;
}

bool markInFlight(
    QSqlDatabase db, qint64 jobId, const QDateTime &nowUtc, const std::optional<QString> &payload, QString *error)
{
    // Written (and, with synchronous=FULL, on disk) before the request leaves: after a crash the
    // job says "maybe sent", and the worker reconciles instead of sending again.
    QSqlQuery q(db);
    q.prepare(u"UPDATE outbox SET status = 'in_flight', attempts = attempts + 1, updated_at = ?,"
              " payload = COALESCE(?, payload) WHERE id = ?"_s);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(payload ? QVariant(*payload) : QVariant());
    q.addBindValue(jobId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = u"outbox job %1 does not exist"_s.arg(jobId);
        return false;
    }
    return true;
}

bool wakeAll(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(u"UPDATE outbox SET next_attempt_at = not_before WHERE status IN ('pending', 'in_flight')"
                  " AND next_attempt_at IS NOT NULL"_s);
}

} // namespace Outbox
