#include "saleservice.h"

#include "cart.h"
#include "invoicenumbers.h"
#include "money/vat.h"
#include "smsdelivery.h"
#include "store/clock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSale, "stallpay.sale")

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

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

SaleService::SaleService(Database &db, const Clock &clock, const VatTable &vatTable, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_vatTable(vatTable)
{ }

qint64 SaleService::commit(const Cart &cart, QString *error, const InvoiceRequest *invoice)
{
    if (cart.isEmpty()) {
        *error = tr("The cart is empty. Add an item before charging.");
        return 0;
    }
    if (cart.total() <= Money()) {
        *error = tr("The total must be more than zero to charge.");
        return 0;
    }
    const QDateTime now = m_clock.nowUtc();
    const QDate saleDate = m_clock.localDate(now);
    const VatBreakdown breakdown = cart.breakdown(m_vatTable, saleDate);

    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = tr("Cannot save the sale: %1").arg(db.lastError().text());
        return 0;
    }
    // The number is taken inside the transaction: a sale that is not committed consumes none.
    QSqlQuery q(db);
    auto fail = [&](const QString &why) {
        qCWarning(lcSale) << "commit failed:" << why;
        db.rollback();
        *error = tr("Cannot save the sale: %1").arg(why);
        return qint64(0);
    };
    if (!q.exec(u"SELECT next_value FROM counters WHERE name = 'sale'"_s) || !q.next())
        return fail(q.lastError().text());
    const qint64 number = q.value(0).toLongLong();
    if (!q.exec(u"UPDATE counters SET next_value = next_value + 1 WHERE name = 'sale'"_s))
        return fail(q.lastError().text());

    q.prepare(u"INSERT INTO sales (number, created_at, sale_date, total_ore, vat_ore, state, updated_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(number);
    q.addBindValue(iso(now));
    q.addBindValue(saleDate.toString(Qt::ISODate));
    q.addBindValue(breakdown.gross().ore());
    q.addBindValue(breakdown.vat().ore());
    q.addBindValue(SaleStates::key(SaleState::Committed));
    q.addBindValue(iso(now));
    if (!q.exec())
        return fail(q.lastError().text());
    const qint64 saleId = q.lastInsertId().toLongLong();

    int position = 0;
    for (const CartLine &line : cart.lines()) {
        q.prepare(u"INSERT INTO sale_lines (sale_id, position, product_id, description, unit_price_ore, quantity,"
                  " vat_bp, vat_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(saleId);
        q.addBindValue(position++);
        q.addBindValue(line.productId == 0 ? QVariant() : QVariant(line.productId));
        q.addBindValue(line.description);
        q.addBindValue(line.unitPrice.ore());
        q.addBindValue(line.quantity);
        q.addBindValue(m_vatTable.basisPointsFor(line.vatClass, saleDate));
        q.addBindValue(vatClassKey(line.vatClass)); // an invoice re-rates by class on its delivery date
        if (!q.exec())
            return fail(q.lastError().text());
    }
    q.prepare(u"INSERT INTO sale_events (sale_id, at, kind, state, detail) VALUES (?, ?, 'state', ?, ?)"_s);
    q.addBindValue(saleId);
    q.addBindValue(iso(now));
    q.addBindValue(SaleStates::key(SaleState::Committed));
    q.addBindValue(u"sale %1 committed, %2 öre"_s.arg(number).arg(breakdown.gross().ore()));
    if (!q.exec())
        return fail(q.lastError().text());
    QString jobError;
    if (!Outbox::enqueue(db, saleId, OutboxJob::Kind::CreateOrder, now, &jobError))
        return fail(jobError);
    if (invoice) {
        Sale sale;
        sale.id = saleId;
        sale.number = number;
        sale.saleDate = saleDate;
        sale.total = breakdown.gross();
        bool replace = false;
        if (!writeInvoice(db, sale, *invoice, now, &replace, &jobError)) {
            db.rollback();
            *error = jobError;
            return 0;
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    qCInfo(lcSale) << "committed sale" << number << "id" << saleId;
    emit saleChanged(saleId);
    emit outboxChanged();
    return saleId;
}

bool SaleService::load(qint64 id, Sale *out) const
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

QList<Sale> SaleService::salesOn(const QDate &day) const
{
    QList<Sale> sales;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM sales WHERE sale_date = ? ORDER BY number DESC"_s.arg(kSaleColumns));
    q.addBindValue(day.toString(Qt::ISODate));
    q.exec();
    while (q.next())
        sales.append(saleFrom(q));
    return sales;
}

QList<SaleEvent> SaleService::timeline(qint64 saleId) const
{
    QList<SaleEvent> events;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT at, kind, state, detail FROM sale_events WHERE sale_id = ? ORDER BY id"_s);
    q.addBindValue(saleId);
    q.exec();
    while (q.next()) {
        events.append(SaleEvent {QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString()});
    }
    return events;
}

int SaleService::pendingActionCount() const
{
    return Outbox::openJobCount(m_db.connection());
}

QList<OutboxJob> SaleService::openJobs() const
{
    return Outbox::openJobs(m_db.connection());
}

bool SaleService::apply(const Change &c, QString *error)
{
    Sale sale;
    if (!load(c.saleId, &sale)) {
        if (error)
            *error = tr("Sale %1 does not exist.").arg(c.saleId);
        return false;
    }
    if (c.to && *c.to != sale.state && !SaleStates::canTransition(sale.state, *c.to)) {
        qCWarning(lcSale) << "refused transition of sale" << sale.number << SaleStates::key(sale.state) << "->"
                          << SaleStates::key(*c.to);
        if (error) {
            *error = tr("Sale %1 is %2 and cannot become %3.")
                         .arg(sale.number)
                         .arg(SaleStates::displayName(sale.state), SaleStates::displayName(*c.to));
        }
        return false;
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_db.connection();
    db.transaction();
    QSqlQuery q(db);
    bool ok = true;
    QString invoiceError;
    QVariantMap columns = c.columns;
    if (c.to)
        columns.insert(u"state"_s, SaleStates::key(*c.to));
    if (c.takeReturnNumber) {
        // The return receipt's number comes from the sales' series, in this transaction: a change
        // that is not stored consumes none, and a stored one has exactly one.
        ok = q.exec(u"SELECT next_value FROM counters WHERE name = 'sale'"_s) && q.next();
        const qint64 number = ok ? q.value(0).toLongLong() : 0;
        ok = ok && q.exec(u"UPDATE counters SET next_value = next_value + 1 WHERE name = 'sale'"_s);
        columns.insert(u"refund_number"_s, number);
        columns.insert(u"refunded_at"_s, iso(now));
        columns.insert(u"refund_date"_s, m_clock.localDate(now).toString(Qt::ISODate));
    }
    columns.insert(u"updated_at"_s, iso(now));
    QStringList assignments;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        assignments.append(it.key() + u" = ?"_s);
    q.prepare(u"UPDATE sales SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)));
    for (const QVariant &value : columns)
        q.addBindValue(value);
    q.addBindValue(c.saleId);
    ok = ok && q.exec();
    if (ok && !c.eventKind.isEmpty()) {
        q.prepare(u"INSERT INTO sale_events (sale_id, at, kind, state, detail) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(c.saleId);
        q.addBindValue(iso(now));
        q.addBindValue(c.eventKind);
        q.addBindValue(c.to ? SaleStates::key(*c.to) : QVariant());
        q.addBindValue(c.detail);
        ok = q.exec();
    }
    if (ok && c.dropOpenJobs) {
        q.prepare(u"UPDATE outbox SET status = 'done', last_error = 'dropped: sale settled locally', updated_at = ?"
                  " WHERE sale_id = ? AND status = 'pending'"
                  " AND kind IN ('create_order', 'create_link', 'replace_link', 'distribute')"_s);
        q.addBindValue(iso(now));
        q.addBindValue(c.saleId);
        ok = q.exec();
    }
    if (ok && !c.invoiceColumns.isEmpty()) {
        QStringList sets;
        for (auto it = c.invoiceColumns.cbegin(); it != c.invoiceColumns.cend(); ++it)
            sets.append(it.key() + u" = ?"_s);
        q.prepare(u"UPDATE invoices SET %1 WHERE sale_id = ? AND kind = 'invoice'"_s.arg(sets.join(u", "_s)));
        for (const QVariant &value : c.invoiceColumns)
            q.addBindValue(value);
        q.addBindValue(c.saleId);
        ok = q.exec();
    }
    if (ok && c.creditInvoice)
        ok = InvoiceNumbers::creditIfInvoiced(db, c.saleId, now, m_clock.localDate(now), &invoiceError);
    if (ok && c.job.jobId != 0)
        ok = Outbox::update(db, c.job, now);
    for (const Change::NewJob &job : c.enqueue) {
        if (ok)
            ok = Outbox::enqueue(db, c.saleId, job.kind, now, nullptr, job.payload);
    }
    if (!ok || !db.commit()) {
        const QString why = invoiceError.isEmpty() ? q.lastError().text() : invoiceError;
        db.rollback();
        qCWarning(lcSale) << "change of sale" << sale.number << "failed:" << why;
        if (error)
            *error = tr("Cannot save the change to sale %1: %2").arg(sale.number).arg(why);
        return false;
    }
    emit saleChanged(c.saleId);
    if (c.to == SaleState::Paid && sale.state != SaleState::Paid)
        emit salePaid(c.saleId);
    if (c.job.jobId != 0 || !c.enqueue.isEmpty() || c.dropOpenJobs)
        emit outboxChanged();
    return true;
}

QList<Sale> SaleService::openLinkSales() const
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

bool SaleService::recordOrderCreated(qint64 jobId,
                                     qint64 saleId,
                                     const QString &paymentOrderId,
                                     const QList<QDateTime> &unknownAttempts)
{
    // Earlier attempts whose answer was lost may each have created an order nobody will use.
    QList<Change::NewJob> sweep;
    if (!unknownAttempts.isEmpty()) {
        QJsonArray attempts;
        for (const QDateTime &t : unknownAttempts)
            attempts.append(t.toUTC().toString(Qt::ISODateWithMs));
        sweep.append(
            {OutboxJob::Kind::CloseOrphans,
             QString::fromUtf8(QJsonDocument(QJsonObject {{u"attempts"_s, attempts}, {u"keep"_s, paymentOrderId}})
                                   .toJson(QJsonDocument::Compact))});
    }
    Sale sale;
    if (load(saleId, &sale) && SaleStates::isFinal(sale.state)) {
        // Settled locally while the request was under way: keep the order's id and close it.
        Change c;
        c.saleId = saleId;
        c.columns = {{u"payment_order_id"_s, paymentOrderId}};
        c.eventKind = u"api"_s;
        c.detail = u"payment order %1 created after the sale was settled; closing it"_s.arg(paymentOrderId);
        c.enqueue = QList<Change::NewJob> {OutboxJob::Kind::CloseOrder} + sweep;
        c.job.jobId = jobId;
        return apply(c);
    }
    Change c;
    c.saleId = saleId;
    c.to = SaleState::OrderCreated;
    c.columns = {{u"payment_order_id"_s, paymentOrderId}, {u"last_error"_s, QVariant()}};
    c.eventKind = u"api"_s;
    c.detail = u"payment order %1 created"_s.arg(paymentOrderId);
    c.enqueue = QList<Change::NewJob> {OutboxJob::Kind::CreateLink} + sweep;
    c.job.jobId = jobId;
    return apply(c);
}

bool SaleService::recordLinkCreated(qint64 jobId, qint64 saleId, const QString &linkId, const QString &checkoutUrl)
{
    Sale sale;
    if (load(saleId, &sale) && SaleStates::isFinal(sale.state)) {
        // Settled locally while the request was under way: nobody may pay this link.
        Change c;
        c.saleId = saleId;
        c.columns = {{u"payment_link_id"_s, linkId}, {u"checkout_url"_s, checkoutUrl}};
        c.eventKind = u"api"_s;
        c.detail = u"payment link %1 created after the sale was settled; cancelling it"_s.arg(linkId);
        c.enqueue = {OutboxJob::Kind::CancelLink};
        c.job.jobId = jobId;
        return apply(c);
    }
    Change c;
    c.saleId = saleId;
    c.to = SaleState::LinkReady;
    // A new link (also one replacing a declined one): nobody has tried to pay it yet.
    c.columns = {{u"payment_link_id"_s, linkId},
                 {u"checkout_url"_s, checkoutUrl},
                 {u"link_status"_s, PaymentStatuses::token(LinkStatus::Created)},
                 {u"last_payment_id"_s, QVariant()},
                 {u"last_payment_status"_s, QVariant()},
                 {u"last_error"_s, QVariant()}};
    c.eventKind = u"api"_s;
    c.detail = u"payment link %1 created"_s.arg(linkId);
    c.job.jobId = jobId;
    return apply(c);
}

bool SaleService::recordOrderClosed(qint64 jobId, qint64 saleId)
{
    Change c;
    c.saleId = saleId;
    c.columns = {{u"order_closed"_s, 1}};
    c.eventKind = u"api"_s;
    c.detail = u"payment order closed"_s;
    c.job.jobId = jobId;
    return apply(c);
}

bool SaleService::recordLinkCancelled(qint64 jobId, qint64 saleId, bool replaced)
{
    Sale sale;
    load(saleId, &sale);
    Change c;
    c.saleId = saleId;
    c.columns = {{u"link_status"_s, PaymentStatuses::token(LinkStatus::Cancelled)}};
    c.eventKind = u"api"_s;
    c.detail = u"payment link %1 cancelled"_s.arg(sale.paymentLinkId);
    c.job.jobId = jobId;
    if (replaced && !SaleStates::isFinal(sale.state)) {
        // Queued here, in the transaction that knows the old link is dead: never two live links.
        c.detail += u"; creating a new link"_s;
        c.enqueue = {OutboxJob::Kind::CreateLink};
    } else if (!sale.paymentOrderId.isEmpty() && !sale.orderClosed) {
        c.enqueue = {OutboxJob::Kind::CloseOrder};
    }
    return apply(c);
}

bool SaleService::recordLinkPaidBeforeCancel(const OutboxJob &job)
{
    Sale sale;
    if (!load(job.saleId, &sale))
        return false;
    Change c;
    c.saleId = job.saleId;
    c.columns = {{u"link_status"_s, PaymentStatuses::token(LinkStatus::Completed)}};
    c.eventKind = u"status"_s;
    c.detail = u"link %1 was paid before it could be cancelled"_s.arg(sale.paymentLinkId);
    c.job.jobId = job.id;
    // Waiting for the link (LinkReady) or for its replacement (OrderCreated): the money is there,
    // so no new link. Settled locally (cash, cancelled) the timeline says so, and the seller sees it.
    if (SaleStates::canTransition(sale.state, SaleState::Paid)) {
        c.to = SaleState::Paid;
        if (!sale.orderClosed)
            c.enqueue = {OutboxJob::Kind::CloseOrder};
    }
    return apply(c);
}

bool SaleService::recordJobInFlight(const OutboxJob &job, const std::optional<QString> &payload, QString *error)
{
    return Outbox::markInFlight(m_db.connection(), job.id, m_clock.nowUtc(), payload, error);
}

bool SaleService::recordJobRetry(const OutboxJob &job,
                                 const QString &error,
                                 const QDateTime &nextAttemptUtc,
                                 const QDateTime &notBefore,
                                 bool outcomeUnknown,
                                 const QDateTime &sentAt,
                                 const std::optional<QString> &payload)
{
    Change c;
    c.saleId = job.saleId;
    c.columns = {{u"last_error"_s, error}};
    c.eventKind = u"api_error"_s;
    c.detail = u"%1 attempt %2%3: %4"_s.arg(Outbox::kindKey(job.kind))
                   .arg(job.attempts + 1)
                   .arg(outcomeUnknown ? u" (outcome unknown)"_s : QString(), error);
    c.job.jobId = job.id;
    c.job.status = outcomeUnknown ? OutboxJob::Status::InFlight : OutboxJob::Status::Pending;
    c.job.lastError = error;
    c.job.nextAttemptAt = nextAttemptUtc;
    c.job.notBefore = notBefore;
    if (outcomeUnknown)
        c.job.unknownSince = sentAt;
    c.job.payload = payload;
    return apply(c);
}

bool SaleService::recordJobDone(const OutboxJob &job, const QString &detail)
{
    Change c;
    c.saleId = job.saleId;
    c.eventKind = u"api"_s;
    c.detail = detail;
    c.job.jobId = job.id;
    return apply(c);
}

QSet<QString> SaleService::knownPaymentOrderIds() const
{
    QSet<QString> ids;
    QSqlQuery q(m_db.connection());
    q.exec(u"SELECT payment_order_id FROM sales WHERE payment_order_id IS NOT NULL"_s);
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

QSet<QString> SaleService::knownPaymentLinkIds() const
{
    QSet<QString> ids;
    QSqlQuery q(m_db.connection());
    q.exec(u"SELECT payment_link_id FROM sales WHERE payment_link_id IS NOT NULL"_s);
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

bool SaleService::recordPaymentMethod(qint64 saleId, const QString &method, const QString &provider)
{
    Change c;
    c.saleId = saleId;
    c.columns = {{u"payment_method"_s, method}, {u"payment_provider"_s, provider.isEmpty() ? QVariant() : provider}};
    return apply(c);
}

void SaleService::wakeJobs()
{
    if (Outbox::wakeAll(m_db.connection()))
        emit outboxChanged();
}

bool SaleService::recordJobFailed(const OutboxJob &job, const QString &error)
{
    Sale sale;
    load(job.saleId, &sale);
    Change c;
    c.saleId = job.saleId;
    c.columns = {{u"last_error"_s, error}};
    c.eventKind = u"api_error"_s;
    c.detail = u"%1 refused: %2"_s.arg(Outbox::kindKey(job.kind), error);
    c.job.jobId = job.id;
    c.job.status = OutboxJob::Status::Failed;
    c.job.lastError = error;
    if (job.kind == OutboxJob::Kind::ReplaceLink && SaleStates::canTransition(sale.state, SaleState::LinkReady))
        c.to = SaleState::LinkReady; // the old link could not be cancelled, so it is still the one to pay
    else if (job.kind == OutboxJob::Kind::Refund && sale.state == SaleState::Refunding)
        c.to = SaleState::Paid; // the refund was refused: the money stays with the seller, who sees why
    else if (SaleStates::canTransition(sale.state, SaleState::Failed))
        c.to = SaleState::Failed;
    return apply(c);
}

bool SaleService::recordLinkStatus(qint64 saleId, const ReportedLink &linkStatus, const QString &paymentMethod)
{
    Sale sale;
    if (!load(saleId, &sale))
        return false;
    if (sale.linkStatus == linkStatus)
        return true;
    Change c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(linkStatus);
    c.columns = {{u"link_status"_s, token}};
    c.eventKind = u"status"_s;
    c.detail = u"link status %1"_s.arg(token);
    std::optional<SaleState> to;
    if (linkStatus == LinkStatus::Completed)
        to = SaleState::Paid;
    else if (linkStatus == LinkStatus::Expired)
        to = SaleState::Expired;
    else if (linkStatus == LinkStatus::Cancelled && !SaleStates::isFinal(sale.state))
        to = SaleState::Cancelled;
    if (to && sale.state == SaleState::LinkReady) {
        c.to = to;
        if (!paymentMethod.isEmpty())
            c.columns.insert(u"payment_method"_s, paymentMethod);
        // Every finished sale has its payment order closed.
        if (!sale.orderClosed)
            c.enqueue = {OutboxJob::Kind::CloseOrder};
    }
    return apply(c);
}

bool SaleService::recordPaymentStatus(qint64 saleId,
                                      const QString &linkId,
                                      const QString &paymentId,
                                      const ReportedPayment &status)
{
    Sale sale;
    if (!load(saleId, &sale))
        return false;
    // An answer about a link this sale no longer follows (replaced meanwhile) is history.
    if (sale.state != SaleState::LinkReady || sale.paymentLinkId != linkId)
        return true;
    if (sale.lastPaymentId == paymentId && sale.lastPaymentStatus == status)
        return true;
    Change c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(status);
    c.columns = {{u"last_payment_id"_s, paymentId}, {u"last_payment_status"_s, token}};
    c.eventKind = u"status"_s;
    c.detail = u"payment %1 %2"_s.arg(paymentId, token);
    return apply(c);
}

bool SaleService::requestNewLink(qint64 saleId, QString *error)
{
    Sale sale;
    if (!load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (sale.state != SaleState::LinkReady || sale.paymentLinkId.isEmpty()) {
        *error = tr("Sale %1 is %2; only a sale waiting for payment can get a new link.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state));
        return false;
    }
    // replace_link cancels the old link; the new one is queued when that is known done
    // (recordLinkCancelled), on the same payment order, which stays open.
    Change c;
    c.saleId = saleId;
    c.to = SaleState::OrderCreated;
    c.eventKind = u"state"_s;
    c.detail = u"new payment link requested; cancelling link %1 first"_s.arg(sale.paymentLinkId);
    c.enqueue = {OutboxJob::Kind::ReplaceLink};
    return apply(c, error);
}

bool SaleService::cancel(qint64 saleId, QString *error)
{
    Sale sale;
    if (!load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    Change c;
    c.saleId = saleId;
    c.to = SaleState::Cancelled;
    c.eventKind = u"state"_s;
    c.detail = u"cancelled by the seller"_s;
    c.dropOpenJobs = true;
    c.creditInvoice = true; // an invoiced sale gets its credit note
    if (!sale.paymentLinkId.isEmpty())
        c.enqueue = {OutboxJob::Kind::CancelLink}; // closes the order when done
    else if (!sale.paymentOrderId.isEmpty())
        c.enqueue = {OutboxJob::Kind::CloseOrder};
    return apply(c, error);
}

bool SaleService::reopenForEditing(qint64 saleId, QList<CartLine> *lines, QString *error)
{
    Sale sale;
    if (!load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (SaleStates::isFinal(sale.state)) {
        *error = tr("Sale %1 is %2 and can no longer be edited.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state).toLower());
        return false;
    }
    Change c;
    c.saleId = saleId;
    c.to = SaleState::Cancelled;
    c.eventKind = u"state"_s;
    c.detail = u"reopened in the cart for editing"_s;
    c.dropOpenJobs = true;
    if (!sale.paymentLinkId.isEmpty())
        c.enqueue = {OutboxJob::Kind::CancelLink}; // closes the order when done
    else if (!sale.paymentOrderId.isEmpty())
        c.enqueue = {OutboxJob::Kind::CloseOrder};
    if (!apply(c, error))
        return false;
    // The rate of each line was frozen at the sale; the class that gives it on that day goes back.
    static constexpr VatClass kClasses[] = {VatClass::Standard, VatClass::Food, VatClass::Reduced12, VatClass::Reduced6,
                                            VatClass::Exempt};
    lines->clear();
    for (const SaleLine &l : sale.lines) {
        CartLine line;
        line.productId = l.productId;
        line.description = l.description;
        line.unitPrice = l.unitPrice;
        line.quantity = l.quantity;
        for (VatClass vc : kClasses) {
            if (m_vatTable.basisPointsFor(vc, sale.saleDate) == l.vatBasisPoints) {
                line.vatClass = vc;
                break;
            }
        }
        lines->append(line);
    }
    return true;
}

bool SaleService::markPaidInCash(qint64 saleId, QString *error)
{
    Sale sale;
    if (!load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    Change c;
    c.saleId = saleId;
    c.to = SaleState::PaidCash;
    c.columns = {{u"payment_method"_s, u"cash"_s}};
    c.eventKind = u"state"_s;
    c.detail = u"paid in cash"_s;
    c.dropOpenJobs = true;
    if (!sale.paymentLinkId.isEmpty())
        c.enqueue = {OutboxJob::Kind::CancelLink};
    else if (!sale.paymentOrderId.isEmpty())
        c.enqueue = {OutboxJob::Kind::CloseOrder};
    return apply(c, error);
}

bool SaleService::saveContact(qint64 saleId, const SaleContact &c, QString *error)
{
    const QString now = iso(m_clock.nowUtc());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO sale_contacts (sale_id, name, phone, email, street, zip, city, created_at, updated_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sale_id) DO UPDATE SET name = excluded.name,"
              " phone = excluded.phone, email = excluded.email, street = excluded.street, zip = excluded.zip,"
              " city = excluded.city, updated_at = excluded.updated_at"_s);
    q.addBindValue(saleId);
    for (const QString &value : {c.name, c.phone, c.email, c.street, c.zip, c.city})
        q.addBindValue(value.isNull() ? u""_s : value);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = tr("Cannot save the customer's details: %1").arg(q.lastError().text());
        return false;
    }
    emit saleChanged(saleId);
    return true;
}

bool SaleService::contact(qint64 saleId, SaleContact *out) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, phone, email, street, zip, city FROM sale_contacts WHERE sale_id = ?"_s);
    q.addBindValue(saleId);
    if (!q.exec() || !q.next())
        return false;
    *out = SaleContact {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return true;
}

int SaleService::purgeContactsBefore(const QDate &cutoff)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM sale_contacts WHERE sale_id IN (SELECT id FROM sales WHERE sale_date < ?)"_s);
    q.addBindValue(cutoff.toString(Qt::ISODate));
    return q.exec() ? q.numRowsAffected() : 0;
}

bool SaleService::requestDistribution(qint64 saleId, bool sms, bool email, QString *error)
{
    Sale sale;
    if (!load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (SaleStates::isFinal(sale.state)) {
        *error = tr("Sale %1 is %2; there is nothing left to pay.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state));
        return false;
    }
    SaleContact who;
    contact(saleId, &who);
    if (!sms && !email) {
        *error = tr("Choose SMS, e-mail or both.");
        return false;
    }
    if (sms && who.phone.isEmpty()) {
        *error = tr("Enter the customer's mobile number to send an SMS.");
        return false;
    }
    if (email && who.email.isEmpty()) {
        *error = tr("Enter the customer's e-mail address to send an e-mail.");
        return false;
    }
    QStringList methods;
    if (sms)
        methods.append(u"\"sms\""_s);
    if (email)
        methods.append(u"\"email\""_s);
    Change c;
    c.saleId = saleId;
    c.eventKind = u"state"_s;
    c.detail = u"sending requested: %1"_s.arg(methods.join(u", "_s));
    c.enqueue = {{OutboxJob::Kind::Distribute, u"{\"methods\":[%1]}"_s.arg(methods.join(u","_s))}};
    return apply(c, error);
}

bool SaleService::recordDistributed(qint64 jobId, qint64 saleId, const ReportedSms &smsStatus, bool byEmail)
{
    Change c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(smsStatus);
    c.columns = {{u"sms_status"_s, token.isEmpty() ? QVariant() : QVariant(token)},
                 {u"distributed_by_email"_s, byEmail ? 1 : 0}};
    c.eventKind = u"api"_s;
    c.detail =
        u"payment link sent (sms %1, e-mail %2)"_s.arg(token.isEmpty() ? u"-"_s : token, byEmail ? u"yes"_s : u"no"_s);
    c.job.jobId = jobId;
    return apply(c);
}

bool SaleService::recordDeliveryStatus(qint64 saleId, const ReportedSms &smsStatus, bool byEmail)
{
    Sale sale;
    if (!load(saleId, &sale) || (sale.smsStatus == smsStatus && sale.distributedByEmail == byEmail))
        return true;
    Change c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(smsStatus);
    c.columns = {{u"sms_status"_s, token.isEmpty() ? QVariant() : QVariant(token)},
                 {u"distributed_by_email"_s, byEmail ? 1 : 0}};
    // A link never sent (NOT_CREATED, no e-mail) has no delivery to tell of: the value is kept, the
    // timeline stays quiet.
    const bool changed = SmsDelivery::stage(sale.smsStatus) != SmsDelivery::stage(smsStatus)
        || SmsDelivery::stage(smsStatus) == SmsDelivery::Stage::Unknown || sale.distributedByEmail != byEmail;
    if (changed) {
        c.eventKind = u"status"_s;
        c.detail = u"delivery: sms %1, e-mail %2"_s.arg(token.isEmpty() ? u"-"_s : token, byEmail ? u"yes"_s : u"no"_s);
    }
    return apply(c);
}
