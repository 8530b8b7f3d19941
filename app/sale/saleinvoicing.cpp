// The invoicing side of a sale's parts: the invoice and credit note of a sale, numbered in one
// gapless series — the seller's actions (SaleCommands), their writes (SaleWriter) and the reads
// (SaleQueries, PayerData::buyer).
#include "clock/clock.h"
#include "invoicenumbers.h"
#include "money/ocr.h"
#include "money/vat.h"
#include "payerdata.h"
#include "salecommands.h"
#include "salelifecycle.h"
#include "salequeries.h"
#include "salewriter.h"
#include "store/database.h"

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

const auto kInvoiceColumns = u"i.id, i.sale_id, i.number, i.kind, i.issued_at, i.invoice_date, i.delivery_date,"
                             " i.due_date, i.terms_days, i.ocr, i.language, i.simplified, i.reference,"
                             " o.number, o.invoice_date, i.reminded_on, i.reminder_due_date"_s;

Invoice invoiceFrom(const QSqlQuery &q)
{
    Invoice inv;
    inv.id = q.value(0).toLongLong();
    inv.saleId = q.value(1).toLongLong();
    inv.number = q.value(2).toLongLong();
    inv.kind = q.value(3).toString() == u"credit_note"_s ? Invoice::Kind::CreditNote : Invoice::Kind::Invoice;
    inv.issuedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    inv.invoiceDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    inv.deliveryDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    inv.dueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    inv.termsDays = q.value(8).toInt();
    inv.ocr = q.value(9).toString();
    inv.language = q.value(10).toString();
    inv.simplified = q.value(11).toBool();
    inv.reference = q.value(12).toString();
    inv.creditsNumber = q.value(13).toLongLong();
    inv.creditsDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    inv.remindedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    inv.reminderDueDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    return inv;
}

bool addEvent(QSqlQuery &q, qint64 saleId, const QDateTime &now, const QString &kind, const EventRecord &event)
{
    return event.insert(q, saleId, iso(now), kind, QVariant());
}
} // namespace

QString Invoice::kindKey(Kind kind)
{
    return kind == Kind::CreditNote ? u"credit_note"_s : u"invoice"_s;
}

namespace InvoiceNumbers {

qint64 take(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT next_value FROM counters WHERE name = 'invoice'"_s) || !q.next()) {
        *error = q.lastError().text();
        return 0;
    }
    const qint64 number = q.value(0).toLongLong();
    if (!q.exec(u"UPDATE counters SET next_value = next_value + 1 WHERE name = 'invoice'"_s)) {
        *error = q.lastError().text();
        return 0;
    }
    return number;
}

QString ocrFor(qint64 number)
{
    return Ocr::make(QString::number(number), true);
}

bool creditIfInvoiced(QSqlDatabase db, qint64 saleId, const QDateTime &nowUtc, const QDate &today, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, number, language, ocr,"
              " EXISTS (SELECT 1 FROM invoices c WHERE c.sale_id = i.sale_id AND c.kind = 'credit_note')"
              " FROM invoices i WHERE sale_id = ? AND kind = 'invoice'"_s);
    q.addBindValue(saleId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next() || q.value(4).toBool())
        return true; // not invoiced, or credited already
    const qint64 invoiceId = q.value(0).toLongLong();
    const qint64 invoiceNumber = q.value(1).toLongLong();
    const QString language = q.value(2).toString();
    const QString ocr = q.value(3).toString();
    const qint64 number = take(db, error);
    if (number == 0)
        return false;
    q.prepare(u"INSERT INTO invoices (sale_id, number, kind, issued_at, invoice_date, delivery_date, ocr, language,"
              " credits_invoice_id) SELECT sale_id, ?, 'credit_note', ?, ?, delivery_date, ?, ?, id"
              " FROM invoices WHERE id = ?"_s);
    q.addBindValue(number);
    q.addBindValue(iso(nowUtc));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(ocr);
    q.addBindValue(language);
    q.addBindValue(invoiceId);
    if (!q.exec() || !addEvent(q, saleId, nowUtc, u"invoice"_s, EventRecord::creditNoteIssued(number, invoiceNumber))) {
        *error = q.lastError().text();
        return false;
    }
    qCInfo(lcSale) << "credit note" << number << "for invoice" << invoiceNumber;
    return true;
}

} // namespace InvoiceNumbers

qint64 SaleCommands::invoice(qint64 saleId, const InvoiceRequest &request, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return 0;
    }
    if (sale.invoiceNumber != 0) {
        *error = tr("Sale %1 is invoiced already (invoice %2).").arg(sale.number).arg(sale.invoiceNumber);
        return 0;
    }
    if (!SaleStates::canInvoice(sale.state)) {
        *error = tr("Sale %1 is %2; only an unpaid sale can be invoiced.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state));
        return 0;
    }
    return m_writer.issueInvoice(sale, request, error);
}

qint64 SaleWriter::issueInvoice(const Sale &sale, const InvoiceRequest &request, QString *error)
{
    const qint64 saleId = sale.id;
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = tr("Cannot save the invoice: %1").arg(db.lastError().text());
        return 0;
    }
    bool replace = false;
    const qint64 invoiceId = writeInvoice(db, sale, request, now, &replace, error);
    if (invoiceId == 0 || !db.commit()) {
        if (invoiceId != 0)
            *error = tr("Cannot save the invoice: %1").arg(db.lastError().text());
        db.rollback();
        return 0;
    }
    emit saleChanged(saleId);
    if (replace)
        emit outboxChanged();
    return invoiceId;
}

qint64 SaleWriter::writeInvoice(QSqlDatabase db,
                                const Sale &sale,
                                const InvoiceRequest &request,
                                const QDateTime &now,
                                bool *replaceLink,
                                QString *error)
{
    if (request.termsDays < 0 || request.termsDays > 365) {
        *error = tr("Enter payment terms of 0 to 365 days.");
        return 0;
    }
    if (request.simplified && sale.total >= Money::fromKronor(4000)) {
        *error = tr("A simplified invoice is only allowed under 4,000 kr incl. VAT; this sale is %1.")
                     .arg(sale.total.format(QLocale()));
        return 0;
    }
    const qint64 saleId = sale.id;
    const QDate today = m_clock.localDate(now);
    const QDate delivery = request.deliveryDate.isValid() ? request.deliveryDate : sale.saleDate;
    const QDate due = today.addDays(request.termsDays);
    QSqlQuery q(db);
    auto fail = [&](const QString &why) {
        qCWarning(lcSale) << "invoice of sale" << sale.number << "failed:" << why;
        *error = tr("Cannot save the invoice: %1").arg(why);
        return qint64(0);
    };
    // VAT by the rate valid on the delivery date: a line sold under a class is re-rated when the
    // delivery falls where that class has another rate. The gross stays what the buyer pays.
    bool rerated = false;
    if (delivery != sale.saleDate) {
        q.prepare(u"SELECT id, vat_class, vat_bp FROM sale_lines WHERE sale_id = ? AND vat_class IS NOT NULL"_s);
        q.addBindValue(saleId);
        if (!q.exec())
            return fail(q.lastError().text());
        QList<std::pair<qint64, int>> changes;
        while (q.next()) {
            VatClass vatClass;
            if (!vatClassFromKey(q.value(1).toString(), &vatClass))
                continue;
            const int bp = m_vatTable.basisPointsFor(vatClass, delivery);
            if (bp != q.value(2).toInt())
                changes.append({q.value(0).toLongLong(), bp});
        }
        for (const auto &[lineId, bp] : changes) {
            q.prepare(u"UPDATE sale_lines SET vat_bp = ? WHERE id = ?"_s);
            q.addBindValue(bp);
            q.addBindValue(lineId);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        rerated = !changes.isEmpty();
    }
    if (rerated) {
        q.prepare(u"SELECT unit_price_ore, quantity, vat_bp FROM sale_lines WHERE sale_id = ?"_s);
        q.addBindValue(saleId);
        if (!q.exec())
            return fail(q.lastError().text());
        VatBreakdown b;
        while (q.next())
            b.add(q.value(2).toInt(), Money::fromOre(q.value(0).toLongLong() * q.value(1).toLongLong()));
        q.prepare(u"UPDATE sales SET vat_ore = ? WHERE id = ?"_s);
        q.addBindValue(b.vat().ore());
        q.addBindValue(saleId);
        if (!q.exec())
            return fail(q.lastError().text());
    }

    QString why;
    const qint64 number = InvoiceNumbers::take(db, &why);
    if (number == 0)
        return fail(why);
    q.prepare(
        u"INSERT INTO invoices (sale_id, number, kind, issued_at, invoice_date, delivery_date, due_date,"
        " terms_days, ocr, language, simplified, reference) VALUES (?, ?, 'invoice', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(saleId);
    q.addBindValue(number);
    q.addBindValue(iso(now));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(delivery.toString(Qt::ISODate));
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(request.termsDays);
    q.addBindValue(InvoiceNumbers::ocrFor(number));
    q.addBindValue(request.language == u"en"_s ? u"en"_s : u"sv"_s);
    q.addBindValue(request.simplified ? 1 : 0);
    q.addBindValue(request.reference.isEmpty() ? QVariant() : QVariant(request.reference));
    if (!q.exec())
        return fail(q.lastError().text());
    const qint64 invoiceId = q.lastInsertId().toLongLong();

    const InvoiceBuyer &b = request.buyer;
    q.prepare(u"INSERT INTO sale_contacts (sale_id, name, phone, email, street, zip, city, org_number, vat_number,"
              " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sale_id) DO UPDATE SET"
              " name = excluded.name, phone = excluded.phone, email = excluded.email, street = excluded.street,"
              " zip = excluded.zip, city = excluded.city, org_number = excluded.org_number,"
              " vat_number = excluded.vat_number, updated_at = excluded.updated_at"_s);
    q.addBindValue(saleId);
    for (const QString &value : {b.name, b.phone, b.email, b.street, b.zip, b.city, b.orgNumber, b.vatNumber})
        q.addBindValue(value.isNull() ? u""_s : value);
    q.addBindValue(iso(now));
    q.addBindValue(iso(now));
    if (!q.exec())
        return fail(q.lastError().text());

    // A link already made is due on its own day: it is replaced by one due with the invoice
    // (SaleLifecycle: LinkReady → OrderCreated with a replace_link job).
    const std::optional<SaleLifecycle::Step> step =
        SaleLifecycle::next(sale.state, SaleTrigger::Invoice, SaleLifecycle::holds(sale));
    if (!step)
        return fail(SaleStates::displayName(sale.state));
    *replaceLink = step->jobs.contains(OutboxJob::Kind::ReplaceLink);
    if (step->to != sale.state) {
        q.prepare(u"UPDATE sales SET state = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(SaleStates::key(step->to));
        q.addBindValue(iso(now));
        q.addBindValue(saleId);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    const EventRecord issued =
        EventRecord::invoiceIssued(number, due.toString(Qt::ISODate), *replaceLink ? sale.paymentLinkId : QString());
    if (!addEvent(q, saleId, now, u"invoice"_s, issued))
        return fail(q.lastError().text());
    for (OutboxJob::Kind kind : step->jobs) {
        if (!Outbox::enqueue(db, saleId, kind, now, &why))
            return fail(why);
    }
    qCInfo(lcSale) << "invoice" << number << "for sale" << sale.number;
    return invoiceId;
}

bool SaleQueries::loadInvoice(qint64 invoiceId, Invoice *out) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM invoices i LEFT JOIN invoices o ON o.id = i.credits_invoice_id WHERE i.id = ?"_s.arg(
        kInvoiceColumns));
    q.addBindValue(invoiceId);
    if (!q.exec() || !q.next())
        return false;
    *out = invoiceFrom(q);
    return true;
}

QList<Invoice> SaleQueries::invoices(qint64 saleId) const
{
    QList<Invoice> list;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM invoices i LEFT JOIN invoices o ON o.id = i.credits_invoice_id WHERE i.sale_id = ?"
              " ORDER BY i.number"_s.arg(kInvoiceColumns));
    q.addBindValue(saleId);
    q.exec();
    while (q.next())
        list.append(invoiceFrom(q));
    return list;
}

qint64 SaleQueries::saleIdForReference(const QString &reference) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT sale_id FROM invoices WHERE reference = ?"_s);
    q.addBindValue(reference);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool PayerData::buyer(qint64 saleId, InvoiceBuyer *out) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, street, zip, city, org_number, vat_number, email, phone FROM sale_contacts"
              " WHERE sale_id = ?"_s);
    q.addBindValue(saleId);
    if (!q.exec() || !q.next())
        return false;
    *out = InvoiceBuyer {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
    return true;
}

bool SaleCommands::remind(qint64 saleId, int days, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale) || sale.invoiceNumber == 0) {
        *error = tr("Sale %1 has no invoice to remind of.").arg(sale.number);
        return false;
    }
    const QDate today = m_clock.localDate(m_clock.nowUtc());
    const QList<Invoice> all = m_queries.invoices(saleId);
    const Invoice &invoice = all.constFirst();
    if (sale.credited || !SaleStates::canRemind(sale.state) || !invoice.dueDate.isValid() || invoice.dueDate >= today) {
        *error = tr("Invoice %1 is not overdue: only an unpaid invoice past its due date gets a reminder.")
                     .arg(invoice.number);
        return false;
    }
    if (sale.state == SaleState::Expired && !sale.orderClosed && !sale.paymentOrderId.isEmpty()) {
        *error = tr("The expired payment link's order is still being closed; make the reminder in a moment.");
        return false;
    }
    const QDate due = today.addDays(qBound(1, days, 60));
    SaleChange c;
    c.saleId = saleId;
    c.eventKind = u"invoice"_s;
    c.event = EventRecord::reminderIssued(invoice.number, due.toString(Qt::ISODate),
                                          sale.state == SaleState::Expired || sale.state == SaleState::LinkReady);
    c.invoiceColumns = {{u"reminded_on"_s, today.toString(Qt::ISODate)},
                        {u"reminder_due_date"_s, due.toString(Qt::ISODate)}};
    // An expired link's order is dead: a new order and link, due with the reminder; a ready link is
    // due with the invoice, so it expires now: replaced by one due with the reminder (SaleLifecycle).
    c.on = SaleTrigger::Remind;
    c.refuseIfNoRow = true;
    if (sale.state == SaleState::Expired) {
        c.columns = {{u"payment_order_id"_s, QVariant()},
                     {u"payment_link_id"_s, QVariant()},
                     {u"checkout_url"_s, QVariant()},
                     {u"link_status"_s, QVariant()},
                     {u"order_closed"_s, 0},
                     {u"last_payment_id"_s, QVariant()},
                     {u"last_payment_status"_s, QVariant()}};
    }
    return m_writer.apply(c, error);
}

bool SaleCommands::recordReceiptIssued(qint64 saleId, const QString &how, bool returnReceipt)
{
    SaleChange c;
    c.saleId = saleId;
    c.eventKind = u"receipt"_s;
    c.event = EventRecord::receiptIssued(how == u"printed"_s ? u"printed"_s : u"pdf"_s, returnReceipt);
    return m_writer.apply(c);
}

bool SaleQueries::receiptIssued(qint64 saleId, bool returnReceipt) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM sale_events WHERE sale_id = ? AND code = 'receipt_issued'"
              " AND coalesce(json_extract(args, '$.return'), 0) = ?"
              " LIMIT 1"_s);
    q.addBindValue(saleId);
    q.addBindValue(returnReceipt ? 1 : 0);
    return q.exec() && q.next();
}

bool SaleCommands::recordInvoiceSent(qint64 saleId, const EventRecord &event)
{
    SaleChange c;
    c.saleId = saleId;
    c.eventKind = u"invoice"_s;
    c.event = event;
    return m_writer.apply(c);
}
