#include "salewriter.h"

#include "cart.h"
#include "clock/clock.h"
#include "invoicenumbers.h"
#include "money/vat.h"
#include "salequeries.h"
#include "store/database.h"

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

// The sales' own series (sale numbers and return receipts), counted on inside the caller's
// transaction: a change that is not stored consumes none. 0 with *why.
qint64 takeSaleNumber(QSqlQuery &q, QString *why)
{
    if (!q.exec(u"SELECT next_value FROM counters WHERE name = 'sale'"_s)) {
        *why = q.lastError().text();
        return 0;
    }
    if (!q.next()) {
        *why = u"the sale counter is missing"_s;
        return 0;
    }
    const qint64 number = q.value(0).toLongLong();
    if (!q.exec(u"UPDATE counters SET next_value = next_value + 1 WHERE name = 'sale'"_s)) {
        *why = q.lastError().text();
        return 0;
    }
    return number;
}
} // namespace

SaleWriter::SaleWriter(
    Database &db, const Clock &clock, const VatTable &vatTable, const SaleQueries &queries, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_vatTable(vatTable)
    , m_queries(queries)
{ }

qint64 SaleWriter::insertSale(const Cart &cart, const InvoiceRequest *invoice, QString *error)
{
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
    QString why;
    const qint64 number = takeSaleNumber(q, &why);
    if (number == 0)
        return fail(why);

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
    // A payment order made ahead is taken: the sale starts with it, and only its link is asked for.
    const std::optional<SpareOrder> spare = SpareOrders::take(db, saleId, now, &why);
    if (!why.isEmpty())
        return fail(why);
    const SaleLifecycle::Step first =
        SaleLifecycle::start(spare ? SaleLifecycle::Holds::Order : SaleLifecycle::Holds::Nothing);
    q.prepare(u"UPDATE sales SET state = ?, payment_order_id = ? WHERE id = ?"_s);
    q.addBindValue(SaleStates::key(first.to));
    q.addBindValue(spare ? QVariant(spare->paymentOrderId) : QVariant());
    q.addBindValue(saleId);
    if (!q.exec())
        return fail(q.lastError().text());

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
    const EventRecord committed = EventRecord::saleCommitted(number, breakdown.gross().ore());
    if (!committed.insert(q, saleId, iso(now), u"state"_s, SaleStates::key(first.to)))
        return fail(q.lastError().text());
    for (OutboxJob::Kind kind : first.jobs) {
        if (!Outbox::enqueue(db, saleId, kind, now, &why))
            return fail(why);
    }
    if (invoice) {
        Sale sale;
        sale.id = saleId;
        sale.number = number;
        sale.saleDate = saleDate;
        sale.total = breakdown.gross();
        bool replace = false;
        if (!writeInvoice(db, sale, *invoice, now, &replace, &why)) {
            db.rollback();
            *error = why;
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

bool SaleWriter::apply(const SaleChange &c, QString *error)
{
    Sale sale;
    if (!m_queries.load(c.saleId, &sale)) {
        if (error)
            *error = tr("Sale %1 does not exist.").arg(c.saleId);
        return false;
    }
    std::optional<SaleState> to;
    QList<SaleChange::NewJob> jobs;
    if (c.on) {
        const std::optional<SaleLifecycle::Step> step = SaleLifecycle::next(sale, *c.on);
        if (!step && c.refuseIfNoRow) {
            qCWarning(lcSale) << "refused" << SaleLifecycle::triggerKey(*c.on) << "of sale" << sale.number << "in"
                              << SaleStates::key(sale.state);
            if (error) {
                const std::optional<SaleState> aim = SaleLifecycle::aim(*c.on);
                *error = aim ? tr("Sale %1 is %2 and cannot become %3.")
                                   .arg(sale.number)
                                   .arg(SaleStates::displayName(sale.state), SaleStates::displayName(*aim))
                             : tr("Sale %1 is %2; that cannot be done now.")
                                   .arg(sale.number)
                                   .arg(SaleStates::displayName(sale.state));
            }
            return false;
        }
        if (step && step->to != sale.state)
            to = step->to;
        for (OutboxJob::Kind kind : step ? step->jobs : QList<OutboxJob::Kind> {})
            jobs.append({kind, c.jobPayload});
    }
    jobs += c.enqueue;
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_db.connection();
    auto fail = [&](const QString &why, bool rollback = true) {
        if (rollback)
            db.rollback();
        qCWarning(lcSale) << "change of sale" << sale.number << "failed:" << why;
        if (error)
            *error = tr("Cannot save the change to sale %1: %2").arg(sale.number).arg(why);
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError().text(), false);
    QSqlQuery q(db);
    QString why;
    QVariantMap columns = c.columns;
    if (to)
        columns.insert(u"state"_s, SaleStates::key(*to));
    if (to == SaleState::Refunded) {
        // The return receipt's number comes from the sales' series, in this transaction: a change
        // that is not stored consumes none, and a stored one has exactly one.
        const qint64 number = takeSaleNumber(q, &why);
        if (number == 0)
            return fail(why);
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
    if (!q.exec())
        return fail(q.lastError().text());
    if (!c.eventKind.isEmpty()) {
        if (!c.event.insert(q, c.saleId, iso(now), c.eventKind, to ? SaleStates::key(*to) : QVariant()))
            return fail(q.lastError().text());
    }
    if (c.dropOpenJobs) {
        q.prepare(u"UPDATE outbox SET status = 'done', last_error = 'dropped: sale settled locally', updated_at = ?"
                  " WHERE sale_id = ? AND status = 'pending'"
                  " AND kind IN ('create_order', 'create_link', 'replace_link', 'distribute')"_s);
        q.addBindValue(iso(now));
        q.addBindValue(c.saleId);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!c.invoiceColumns.isEmpty()) {
        QStringList sets;
        for (auto it = c.invoiceColumns.cbegin(); it != c.invoiceColumns.cend(); ++it)
            sets.append(it.key() + u" = ?"_s);
        q.prepare(u"UPDATE invoices SET %1 WHERE sale_id = ? AND kind = 'invoice'"_s.arg(sets.join(u", "_s)));
        for (const QVariant &value : c.invoiceColumns)
            q.addBindValue(value);
        q.addBindValue(c.saleId);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    // A refund credits an invoiced sale like a cancel does: its credit note, in this transaction.
    if ((c.creditInvoice || to == SaleState::Refunded)
        && !InvoiceNumbers::creditIfInvoiced(db, c.saleId, now, m_clock.localDate(now), &why))
        return fail(why);
    if (c.document) {
        // A document fetched again (its cached file was lost) replaces its row: one per kind and link.
        const PingDocument &doc = *c.document;
        q.prepare(u"INSERT INTO ping_documents (sale_id, kind, payment_link_id, reference_type, reference, url, file,"
                  " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sale_id, kind, payment_link_id) DO UPDATE"
                  " SET reference_type = excluded.reference_type, reference = excluded.reference, url = excluded.url,"
                  " file = excluded.file, fetched_at = excluded.fetched_at"_s);
        q.addBindValue(c.saleId);
        q.addBindValue(PingDocument::kindKey(doc.kind));
        q.addBindValue(doc.paymentLinkId);
        q.addBindValue(doc.referenceType.isEmpty() ? QVariant() : QVariant(doc.referenceType));
        q.addBindValue(doc.reference.isEmpty() ? QVariant() : QVariant(doc.reference));
        q.addBindValue(doc.url);
        q.addBindValue(doc.file);
        q.addBindValue(iso(now));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (c.job.jobId != 0 && !Outbox::update(db, c.job, now, &why))
        return fail(why);
    for (const SaleChange::NewJob &job : jobs) {
        if (!Outbox::enqueue(db, c.saleId, job.kind, now, &why, job.payload))
            return fail(why);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    emit saleChanged(c.saleId);
    if (to == SaleState::Paid)
        emit salePaid(c.saleId);
    if (c.job.jobId != 0 || !jobs.isEmpty() || c.dropOpenJobs)
        emit outboxChanged();
    return true;
}

bool SaleWriter::markJobInFlight(const OutboxJob &job, const std::optional<QString> &payload, QString *error)
{
    QString why;
    if (Outbox::markInFlight(m_db.connection(), job.id, m_clock.nowUtc(), payload, &why))
        return true;
    qCWarning(lcSale) << "cannot mark job" << job.id << "in flight:" << why;
    if (error)
        *error = why;
    return false;
}

void SaleWriter::wakeJobs()
{
    if (Outbox::wakeAll(m_db.connection()))
        emit outboxChanged();
}

bool SaleWriter::saveContact(qint64 saleId, const SaleContact &c, QString *error)
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

int SaleWriter::purgeContactsBefore(const QDate &cutoff)
{
    // The payer's data of each sale older than the cutoff, in one transaction with a timeline
    // event per sale. A sale with an issued invoice keeps what the invoice prints (the buyer's
    // name, address, organisation and VAT numbers: the invoice is part of the books, kept for
    // seven years) and loses its phone and e-mail; every other sale loses its contact row.
    QSqlDatabase db = m_db.connection();
    const QString now = iso(m_clock.nowUtc());
    QSqlQuery q(db);
    QString why;
    QList<qint64> purged;
    const auto run = [&]() -> bool {
        if (!db.transaction()) {
            why = db.lastError().text();
            return false;
        }
        q.prepare(u"SELECT c.sale_id, EXISTS (SELECT 1 FROM invoices i WHERE i.sale_id = c.sale_id),"
                  " COALESCE(c.phone, '') <> '' OR COALESCE(c.email, '') <> ''"
                  " FROM sale_contacts c JOIN sales s ON s.id = c.sale_id WHERE s.sale_date < ?"_s);
        q.addBindValue(cutoff.toString(Qt::ISODate));
        if (!q.exec()) {
            why = q.lastError().text();
            return false;
        }
        QList<std::pair<qint64, bool>> found; // sale, invoiced
        while (q.next()) {
            const bool invoiced = q.value(1).toBool();
            if (!invoiced || q.value(2).toBool())
                found.append({q.value(0).toLongLong(), invoiced});
        }
        for (const auto &[saleId, invoiced] : found) {
            q.prepare(invoiced ? u"UPDATE sale_contacts SET phone = '', email = '', updated_at = ? WHERE sale_id = ?"_s
                               : u"DELETE FROM sale_contacts WHERE sale_id = ?"_s);
            if (invoiced)
                q.addBindValue(now);
            q.addBindValue(saleId);
            if (!q.exec()) {
                why = q.lastError().text();
                return false;
            }
            if (!EventRecord::personalDataRemoved(invoiced).insert(q, saleId, now, u"privacy"_s, QVariant())) {
                why = q.lastError().text();
                return false;
            }
            purged.append(saleId);
        }
        if (!db.commit()) {
            why = db.lastError().text();
            return false;
        }
        return true;
    };
    if (!run()) {
        db.rollback();
        qCWarning(lcSale) << "cannot purge personal data:" << why;
        return 0;
    }
    if (!purged.isEmpty())
        qCInfo(lcSale) << "personal data removed from" << purged.size() << "sales before" << cutoff;
    for (const qint64 saleId : std::as_const(purged))
        emit saleChanged(saleId);
    return int(purged.size());
}
