#include "salequeries.h"

#include "salelifecycle.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const auto kSaleColumns = u"id, number, created_at, sale_date, total_ore, vat_ore, state, payment_method,"
                          " payment_order_id, payment_link_id, checkout_url, link_status, order_closed, last_error,"
                          " sms_status, distributed_by_email, last_payment_id, last_payment_status,"
                          " refund_reason, refund_note, refund_number, refunded_at, refund_date,"
                          " (SELECT number FROM invoices WHERE sale_id = sales.id AND kind = 'invoice'),"
                          " (SELECT COALESCE(reminder_due_date, due_date) FROM invoices"
                          "  WHERE sale_id = sales.id AND kind = 'invoice'),"
                          " EXISTS (SELECT 1 FROM invoices WHERE sale_id = sales.id AND kind = 'credit_note'),"
                          " payment_provider"_s;

Sale saleFrom(const QSqlQuery &q)
{
    Sale s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toLongLong();
    s.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    s.saleDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.total = Money::fromOre(q.value(4).toLongLong());
    s.vat = Money::fromOre(q.value(5).toLongLong());
    SaleStates::fromKey(q.value(6).toString(), &s.state);
    s.paymentMethod = q.value(7).toString();
    s.paymentOrderId = q.value(8).toString();
    s.paymentLinkId = q.value(9).toString();
    s.checkoutUrl = q.value(10).toString();
    s.linkStatus = PaymentStatuses::linkFromToken(q.value(11).toString());
    s.orderClosed = q.value(12).toBool();
    s.lastError = q.value(13).toString();
    s.smsStatus = PaymentStatuses::smsFromToken(q.value(14).toString());
    s.distributedByEmail = q.value(15).toBool();
    s.lastPaymentId = q.value(16).toString();
    s.lastPaymentStatus = PaymentStatuses::paymentFromToken(q.value(17).toString());
    s.refundReason = q.value(18).toString();
    s.refundNote = q.value(19).toString();
    s.refundNumber = q.value(20).toLongLong();
    s.refundedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    s.refundDate = QDate::fromString(q.value(22).toString(), Qt::ISODate);
    s.invoiceNumber = q.value(23).toLongLong();
    s.invoiceDueDate = QDate::fromString(q.value(24).toString(), Qt::ISODate);
    s.credited = q.value(25).toBool();
    s.paymentProvider = q.value(26).toString();
    return s;
}
} // namespace

SaleQueries::SaleQueries(Database &db)
    : m_db(db)
{ }

bool SaleQueries::load(qint64 id, Sale *out) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM sales WHERE id = ?"_s.arg(kSaleColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *out = saleFrom(q);
    q.prepare(u"SELECT product_id, description, unit_price_ore, quantity, vat_bp FROM sale_lines"
              " WHERE sale_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        out->lines.append(SaleLine {q.value(0).toLongLong(), q.value(1).toString(),
                                    Money::fromOre(q.value(2).toLongLong()), q.value(3).toInt(), q.value(4).toInt()});
    }
    return true;
}

QList<SaleEvent> SaleQueries::timeline(qint64 saleId) const
{
    QList<SaleEvent> events;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT at, kind, state, detail, code, args FROM sale_events WHERE sale_id = ? ORDER BY id"_s);
    q.addBindValue(saleId);
    q.exec();
    while (q.next()) {
        events.append(
            SaleEvent {QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                       q.value(2).toString(), q.value(3).toString(),
                       EventRecord::fromStored(q.value(4).toString(), q.value(5).toString(), q.value(3).toString())});
    }
    return events;
}

QList<Sale> SaleQueries::openLinkSales() const
{
    QList<Sale> sales;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM sales WHERE state = ? ORDER BY id"_s.arg(kSaleColumns));
    q.addBindValue(SaleStates::key(SaleState::LinkReady));
    q.exec();
    while (q.next())
        sales.append(saleFrom(q));
    return sales;
}

int SaleQueries::pendingActionCount() const
{
    return Outbox::openJobCount(m_db.connection());
}

QList<OutboxJob> SaleQueries::openJobs() const
{
    QList<OutboxJob> jobs = Outbox::openJobs(m_db.connection());
    SaleLifecycle::sortForRunning(&jobs);
    return jobs;
}

QMultiHash<qint64, QString> SaleQueries::linkRequestsOfOpenSales() const
{
    QMultiHash<qint64, QString> payloads;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT o.sale_id, o.payload FROM outbox o JOIN sales s ON s.id = o.sale_id"
              " WHERE s.state = ? AND o.kind = ?"_s);
    q.addBindValue(SaleStates::key(SaleState::LinkReady));
    q.addBindValue(Outbox::kindKey(OutboxJob::Kind::CreateLink));
    q.exec();
    while (q.next())
        payloads.insert(q.value(0).toLongLong(), q.value(1).toString());
    return payloads;
}

QSet<QString> SaleQueries::knownPaymentLinkIds() const
{
    QSet<QString> ids;
    QSqlQuery q(m_db.connection());
    q.exec(u"SELECT payment_link_id FROM sales WHERE payment_link_id IS NOT NULL"_s);
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

QSet<QString> SaleQueries::knownPaymentOrderIds() const
{
    QSet<QString> ids;
    QSqlQuery q(m_db.connection());
    // With the orders made ahead (spare_orders): a sweep never closes a spare either.
    q.exec(u"SELECT payment_order_id FROM sales WHERE payment_order_id IS NOT NULL"
           " UNION SELECT payment_order_id FROM spare_orders"_s);
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}
