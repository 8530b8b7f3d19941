#include "salehistory.h"

#include "store/database.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHistory, "stallpay.history")

namespace {
const auto kRowColumns = u"s.id, s.number, s.created_at, s.total_ore, s.state, s.payment_method,"
                         " COALESCE(NULLIF(c.name, ''), NULLIF(c.email, ''), c.phone)"_s;

SaleRow rowFrom(const QSqlQuery &q)
{
    SaleRow r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toLongLong();
    r.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    r.total = Money::fromOre(q.value(3).toLongLong());
    r.statusKey = q.value(4).toString();
    SaleStates::fromKey(r.statusKey, &r.state);
    r.paymentMethod = q.value(5).toString();
    r.customer = q.value(6).toString();
    return r;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

bool exec(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (q.exec())
        return true;
    qCWarning(lcHistory) << "query failed:" << q.lastQuery() << q.lastError().text();
    return false;
}
} // namespace

SaleHistory::SaleHistory(const Database &db)
    : m_db(db)
{ }

QString SaleHistory::whereClause(const SaleFilter &filter, QVariantList *binds)
{
    QStringList terms;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // Each kind of match is an index lookup of its own; their union is the set of matching ids.
        QStringList matches;
        bool isNumber = false;
        const qint64 number = text.toLongLong(&isNumber);
        if (isNumber && number > 0) {
            matches.append(u"SELECT id FROM sales WHERE number = ?"_s);
            binds->append(number);
        }
        Money amount;
        if (Money::parse(text, &amount) && amount > Money()) {
            matches.append(u"SELECT id FROM sales WHERE total_ore = ?"_s);
            binds->append(amount.ore());
        }
        const QString like = likePattern(text);
        matches.append(u"SELECT sale_id FROM sale_contacts WHERE name LIKE ? ESCAPE '\\'"
                       " OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\'"_s);
        // A phone number is stored as +4670…; the seller types 070…
        QString phone = text;
        phone.remove(QRegularExpression(u"[\\s-]"_s));
        if (phone.startsWith(u'0') && phone.size() > 3)
            phone = u"+46"_s + phone.mid(1);
        binds->append(like);
        binds->append(like);
        binds->append(likePattern(phone));
        matches.append(u"SELECT sale_id FROM sale_lines WHERE product_id IN"
                       " (SELECT id FROM products WHERE name LIKE ? ESCAPE '\\')"_s);
        binds->append(like);
        terms.append(u"s.id IN (%1)"_s.arg(matches.join(u" UNION ALL "_s)));
    }
    if (filter.state) {
        terms.append(u"s.state = ?"_s);
        binds->append(SaleStates::key(*filter.state));
    }
    if (filter.from.isValid()) {
        terms.append(u"s.sale_date >= ?"_s);
        binds->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        terms.append(u"s.sale_date <= ?"_s);
        binds->append(filter.to.toString(Qt::ISODate));
    }
    if (filter.overdueOn.isValid()) {
        // The reminder list: invoices past their due date that nobody paid or credited.
        terms.append(u"s.id IN (SELECT sale_id FROM invoices WHERE kind = 'invoice' AND due_date < ?)"
                     " AND s.state NOT IN ('paid', 'paid_cash', 'cancelled')"
                     " AND s.id NOT IN (SELECT sale_id FROM invoices WHERE kind = 'credit_note')"_s);
        binds->append(filter.overdueOn.toString(Qt::ISODate));
    }
    if (!filter.paymentMethod.isEmpty()) {
        terms.append(u"s.payment_method = ?"_s);
        binds->append(filter.paymentMethod);
    }
    return terms.isEmpty() ? u"1"_s : terms.join(u" AND "_s);
}

QList<SaleRow>
SaleHistory::page(const SaleFilter &filter, SaleSortKey key, Qt::SortOrder order, const SaleRow *after, int limit) const
{
    QVariantList binds;
    QString where = whereClause(filter, &binds);
    const QString column = key == SaleSortKey::Amount ? u"s.total_ore"_s
        : key == SaleSortKey::Status                  ? u"s.state"_s
                                                      : QString();
    const QString direction = order == Qt::DescendingOrder ? u"DESC"_s : u"ASC"_s;
    const QString compare = order == Qt::DescendingOrder ? u"<"_s : u">"_s;
    if (after) {
        // Keyset paging: continue strictly after the last row shown, in the same order.
        if (column.isEmpty()) {
            where += u" AND s.id %1 ?"_s.arg(compare);
            binds.append(after->id);
        } else {
            where += u" AND (%1, s.id) %2 (?, ?)"_s.arg(column, compare);
            binds.append(key == SaleSortKey::Amount ? QVariant(after->total.ore()) : QVariant(after->statusKey));
            binds.append(after->id);
        }
    }
    const QString orderBy = column.isEmpty() ? u"s.id %1"_s.arg(direction) : u"%1 %2, s.id %2"_s.arg(column, direction);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM sales s LEFT JOIN sale_contacts c ON c.sale_id = s.id WHERE %2 ORDER BY %3 LIMIT %4"_s
                  .arg(kRowColumns, where, orderBy)
                  .arg(limit));
    QList<SaleRow> rows;
    if (!exec(q, binds))
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

bool SaleHistory::row(const SaleFilter &filter, qint64 saleId, SaleRow *out) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    binds.append(saleId);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM sales s LEFT JOIN sale_contacts c ON c.sale_id = s.id WHERE %2 AND s.id = ?"_s.arg(
        kRowColumns, where));
    if (!exec(q, binds) || !q.next())
        return false;
    *out = rowFrom(q);
    return true;
}

SaleTotals SaleHistory::totals(const SaleFilter &filter) const
{
    return totals(m_db.connection(), filter);
}

SaleTotals SaleHistory::totals(const QSqlDatabase &db, const SaleFilter &filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(db);
    // One scan, grouped by outcome: paid (takings), open, and the rest (nothing was sold).
    q.prepare(u"SELECT CASE WHEN s.state IN ('paid', 'paid_cash') THEN 0"
              " WHEN s.state IN ('committed', 'order_created', 'link_ready') THEN 1 ELSE 2 END,"
              " COUNT(*), COALESCE(SUM(s.total_ore), 0) FROM sales s WHERE %1 GROUP BY 1"_s.arg(where));
    SaleTotals t;
    if (!exec(q, binds))
        return t;
    while (q.next()) {
        const qint64 count = q.value(1).toLongLong();
        const Money amount = Money::fromOre(q.value(2).toLongLong());
        t.count += count;
        switch (q.value(0).toInt()) {
        case 0:
            t.soldCount = count;
            t.sold = amount;
            break;
        case 1:
            t.openCount = count;
            t.open = amount;
            break;
        default:
            t.notSoldCount = count;
            t.notSold = amount;
            break;
        }
    }
    return t;
}
