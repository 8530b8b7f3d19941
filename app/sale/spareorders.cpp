#include "spareorders.h"

#include "clock/clock.h"
#include "salewriter.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSale)

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

SpareOrders::SpareOrders(SaleWriter &writer, Database &db)
    : m_writer(writer)
    , m_db(db)
{ }

QList<SpareOrder> SpareOrders::openIn(QSqlDatabase db)
{
    QList<SpareOrder> spares;
    QSqlQuery q(db);
    q.exec(u"SELECT id, payment_order_id, made_at FROM spare_orders WHERE sale_id IS NULL AND closed_at IS NULL"
           " ORDER BY id"_s);
    while (q.next())
        spares.append({q.value(0).toLongLong(), q.value(1).toString(),
                       QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return spares;
}

QList<SpareOrder> SpareOrders::open() const
{
    return openIn(m_db.connection());
}

std::optional<SpareOrder> SpareOrders::take(QSqlDatabase db, qint64 saleId, const QDateTime &nowUtc, QString *error)
{
    for (const SpareOrder &spare : openIn(db)) {
        if (!isFresh(spare, nowUtc))
            continue; // the engine retires it
        QSqlQuery q(db);
        q.prepare(u"UPDATE spare_orders SET sale_id = ? WHERE id = ? AND sale_id IS NULL AND closed_at IS NULL"_s);
        q.addBindValue(saleId);
        q.addBindValue(spare.id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        if (q.numRowsAffected() == 1)
            return spare;
    }
    return std::nullopt;
}

bool SpareOrders::prepare(QString *error)
{
    TillJobChange c;
    c.enqueue = OutboxJob::Kind::PrepareOrder;
    return m_writer.applyTillJob(c, error);
}

bool SpareOrders::retire(const SpareOrder &spare, QString *error)
{
    TillJobChange c;
    c.retireSpareId = spare.id;
    c.enqueue = OutboxJob::Kind::CloseSpareOrder;
    c.enqueuePayload =
        QString::fromUtf8(QJsonDocument(QJsonObject {{u"spare"_s, spare.id}, {u"order"_s, spare.paymentOrderId}})
                              .toJson(QJsonDocument::Compact));
    return m_writer.applyTillJob(c, error);
}

bool SpareOrders::recordMade(const OutboxJob &job, const QString &paymentOrderId)
{
    TillJobChange c;
    c.job.jobId = job.id;
    c.job.status = OutboxJob::Status::Done;
    c.madeOrderId = paymentOrderId;
    return m_writer.applyTillJob(c);
}

bool SpareOrders::recordClosed(const OutboxJob &job)
{
    TillJobChange c;
    c.job.jobId = job.id;
    c.job.status = OutboxJob::Status::Done;
    return m_writer.applyTillJob(c);
}

bool SpareOrders::recordRetry(const OutboxJob &job,
                              const QString &error,
                              const QDateTime &nextAttemptUtc,
                              const QDateTime &notBefore,
                              bool outcomeUnknown,
                              const QDateTime &sentAt,
                              const std::optional<QString> &payload)
{
    TillJobChange c;
    c.job = JobUpdate::retry(job.id, error, nextAttemptUtc, notBefore, outcomeUnknown, sentAt, payload);
    return m_writer.applyTillJob(c);
}

bool SpareOrders::recordFailed(const OutboxJob &job, const QString &error)
{
    TillJobChange c;
    c.job.jobId = job.id;
    c.job.status = OutboxJob::Status::Failed;
    c.job.lastError = error;
    return m_writer.applyTillJob(c);
}

bool SaleWriter::applyTillJob(const TillJobChange &c, QString *error)
{
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_db.connection();
    auto fail = [&](const QString &why, bool rollback = true) {
        if (rollback)
            db.rollback();
        qCWarning(lcSale) << "a till job's change failed:" << why;
        if (error)
            *error = tr("Cannot save the till's own job: %1").arg(why);
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text(), false);
    QString why;
    if (c.job.jobId != 0 && !Outbox::update(db, c.job, now, &why))
        return fail(why);
    QSqlQuery q(db);
    if (!c.madeOrderId.isEmpty()) {
        q.prepare(u"INSERT INTO spare_orders (payment_order_id, made_at) VALUES (?, ?)"_s);
        q.addBindValue(c.madeOrderId);
        q.addBindValue(iso(now));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (c.retireSpareId != 0) {
        q.prepare(u"UPDATE spare_orders SET closed_at = ? WHERE id = ? AND sale_id IS NULL AND closed_at IS NULL"_s);
        q.addBindValue(iso(now));
        q.addBindValue(c.retireSpareId);
        if (!q.exec())
            return fail(q.lastError().text());
        if (q.numRowsAffected() != 1)
            return fail(u"spare order %1 is taken or retired already"_s.arg(c.retireSpareId));
    }
    if (c.enqueue && !Outbox::enqueue(db, 0, *c.enqueue, now, &why, c.enqueuePayload))
        return fail(why);
    if (!db.commit())
        return fail(db.lastError().text());
    if (c.enqueue || c.job.jobId != 0)
        emit outboxChanged();
    return true;
}
