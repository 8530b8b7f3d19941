#include "lifecheck.h"

#include "httpclient.h"
#include "sandboxcheck.h"
#include "sandboxprocess.h"
#include "store/database.h"

#include <QDir>
#include <QMap>
#include <QSettings>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LifeCheck {
namespace {

// 1..n, each once; the counter's next value n + 1.
QString series(const QString &name, QList<qint64> numbers, qint64 next)
{
    std::sort(numbers.begin(), numbers.end());
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers.at(i) != i + 1)
            return u"%1 numbers: %2 where %3 belongs (a gap or a repeat)"_s.arg(name).arg(numbers.at(i)).arg(i + 1);
    }
    if (next != numbers.size() + 1)
        return u"%1 counter at %2 after %3 numbers"_s.arg(name).arg(next).arg(numbers.size());
    return {};
}

// The sale's timeline says its link was found paid by the seller's cancel (or cash).
bool foundPaidByItsCancel(Database &db, qint64 number)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COUNT(*) FROM sale_events e JOIN sales s ON s.id = e.sale_id"
              " WHERE s.number = ? AND e.code = 'paid_before_cancel'"_s);
    q.addBindValue(number);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

qint64 counter(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT next_value FROM counters WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString tagTill(const QJsonValue &link)
{
    return link[u"metadata"_s][u"stallpay_till"_s].toString();
}

qint64 tagSale(const QJsonValue &link)
{
    return link[u"metadata"_s][u"stallpay_sale"_s].toString().toLongLong();
}

} // namespace

QHash<qint64, SaleRow> sales(Database &db)
{
    QHash<qint64, SaleRow> rows;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT number, COALESCE(refund_number, 0), state, COALESCE(payment_order_id, ''),"
           " COALESCE(payment_link_id, '') FROM sales"_s);
    while (q.next()) {
        const SaleRow row {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString()};
        rows.insert(row.number, row);
    }
    return rows;
}

QString books(Database &db, const QSet<qint64> &acknowledged)
{
    if (!db.integrityOk())
        return u"integrity_check is not ok"_s;
    const QHash<qint64, SaleRow> rows = sales(db);
    for (qint64 n : acknowledged) {
        if (!rows.contains(n))
            return u"sale %1 was acknowledged and is lost"_s.arg(n);
    }
    QList<qint64> salesSeries;
    for (const SaleRow &row : rows) {
        salesSeries.append(row.number);
        if (row.refundNumber != 0)
            salesSeries.append(row.refundNumber);
    }
    if (QString why = series(u"sale"_s, salesSeries, counter(db, u"sale"_s)); !why.isEmpty())
        return why;
    QList<qint64> invoices;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT number FROM invoices"_s);
    while (q.next())
        invoices.append(q.value(0).toLongLong());
    return series(u"invoice"_s, invoices, counter(db, u"invoice"_s));
}

QString booksAt(const QString &databasePath, const QSet<qint64> &acknowledged)
{
    Database db;
    QString error;
    if (!db.open(databasePath, &error))
        return u"the database does not open: "_s + error;
    return books(db, acknowledged);
}

TillBooks tillAt(const QString &dataDir)
{
    const QDir dir(dataDir);
    return {dir.filePath(u"stallpay.sqlite"_s),
            QSettings(dir.filePath(u"stallpay.ini"_s), QSettings::IniFormat).value(u"till/id"_s).toString()};
}

QString serviceNow(const SandboxProcess &sandbox)
{
    QHash<QString, QString> paidLinkOfSale;
    for (const QJsonValue &l : SandboxCheck::links(sandbox)) {
        if (l[u"status"_s].toString() != u"COMPLETED"_s)
            continue;
        const QString sale = tagTill(l) + u'#' + QString::number(tagSale(l));
        if (paidLinkOfSale.contains(sale))
            return u"sale %1 was paid twice: links %2 and %3"_s.arg(sale, paidLinkOfSale.value(sale),
                                                                    l[u"payment_link_id"_s].toString());
        paidLinkOfSale.insert(sale, l[u"payment_link_id"_s].toString());
    }
    return {};
}

QJsonArray refundsOfOrder(const SandboxProcess &sandbox, const QString &orderId)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(u"/payments/api/v1/payment_orders/"_s + orderId);
    const HttpResult r =
        httpRequest("GET", url, {}, {{"tenant_id", sandbox.tenantId().toUtf8()}, {"x-api-version", "2025-12-09"}});
    QJsonArray refunds;
    for (const QJsonValue &p : r.json()[u"payments"_s].toArray()) {
        for (const QJsonValue &refund : p[u"refunds"_s].toArray())
            refunds.append(refund);
    }
    return refunds;
}

QString endOfLife(const SandboxProcess &sandbox,
                  const QList<TillBooks> &tills,
                  const QStringList &untouched,
                  PaidBeforeCancel *paidBeforeCancel)
{
    PaidBeforeCancel ignored;
    PaidBeforeCancel &lateCancels = paidBeforeCancel ? *paidBeforeCancel : ignored;
    if (QString why = serviceNow(sandbox); !why.isEmpty())
        return why;
    const QJsonArray links = SandboxCheck::links(sandbox);
    QHash<QString, QString> orderStatus;
    for (const QJsonValue &o : SandboxCheck::orders(sandbox))
        orderStatus.insert(o[u"id"_s].toString(), o[u"status"_s].toString());
    QSet<QString> knownOrders;
    for (const TillBooks &each : tills) {
        const QString &till = each.tillId;
        if (till.isEmpty())
            return u"no till id for %1"_s.arg(each.databasePath);
        Database db;
        QString error;
        if (!db.open(each.databasePath, &error))
            return error;
        const QHash<qint64, SaleRow> rows = sales(db);
        // Every link this till made is on the order of the sale it names.
        QHash<qint64, QList<QJsonValue>> linksOfSale;
        for (const QJsonValue &l : links) {
            if (tagTill(l) != till)
                continue;
            const qint64 n = tagSale(l);
            if (!rows.contains(n) || rows.value(n).orderId != l[u"payment_order_id"_s].toString())
                return u"%1's link %2 names sale %3, which is not on that order"_s.arg(
                    till, l[u"payment_link_id"_s].toString(), QString::number(n));
            linksOfSale[n].append(l);
        }
        QSqlQuery spares(db.connection());
        spares.exec(u"SELECT payment_order_id, closed_at IS NOT NULL FROM spare_orders WHERE sale_id IS NULL"_s);
        while (spares.next()) {
            const QString order = spares.value(0).toString();
            knownOrders.insert(order);
            if (SandboxCheck::linksOfOrder(links, order) != 0)
                return u"%1's spare order %2 has links"_s.arg(till, order);
            if (!spares.value(1).toBool() && orderStatus.value(order) != u"OPEN"_s)
                return u"%1's spare order %2 is %3 before it was retired"_s.arg(till, order, orderStatus.value(order));
        }
        for (const SaleRow &sale : rows) {
            knownOrders.insert(sale.orderId);
            int live = 0, paid = 0;
            for (const QJsonValue &l : linksOfSale.value(sale.number)) {
                live += l[u"status"_s].toString() == u"CREATED"_s ? 1 : 0;
                paid += l[u"status"_s].toString() == u"COMPLETED"_s ? 1 : 0;
                if (l[u"status"_s].toString() == u"CREATED"_s && l[u"payment_link_id"_s].toString() != sale.linkId)
                    return u"%1 sale %2: a live link %3 the sale does not know"_s.arg(
                        till, QString::number(sale.number), l[u"payment_link_id"_s].toString());
            }
            const QString where = u"%1 sale %2 (%3, %4 live, %5 paid links)"_s.arg(till)
                                      .arg(sale.number)
                                      .arg(sale.state, QString::number(live), QString::number(paid));
            const qsizetype refunds = refundsOfOrder(sandbox, sale.orderId).size();
            const bool orderOpen = orderStatus.value(sale.orderId) == u"OPEN"_s;
            bool right = false;
            if (sale.state == u"link_ready"_s)
                right = live == 1 && paid == 0 && refunds == 0 && orderOpen;
            else if (sale.state == u"paid"_s)
                right = live == 0 && paid == 1 && refunds == 0 && !orderOpen;
            else if (sale.state == u"refunded"_s)
                right = live == 0 && paid == 1 && refunds == 1 && !orderOpen && sale.refundNumber != 0;
            else if (sale.state == u"cancelled"_s)
                right = live == 0 && paid == 0 && refunds == 0 && !orderOpen;
            if (foundPaidByItsCancel(db, sale.number)) { // see the header
                ++lateCancels.sales;
                lateCancels.leftOpen += orderOpen ? 1 : 0;
            }
            if (!right)
                return where
                    + u" did not end right; refunds on the service: %1, order %2"_s.arg(refunds).arg(
                        orderStatus.value(sale.orderId));
        }
    }
    for (const QString &order : untouched) {
        if (orderStatus.value(order) != u"OPEN"_s)
            return u"another till's order %1 was touched: %2"_s.arg(order, orderStatus.value(order));
        for (const QJsonValue &l : links) {
            if (l[u"payment_order_id"_s].toString() == order && l[u"status"_s].toString() != u"CREATED"_s)
                return u"another till's link %1 was touched: %2"_s.arg(l[u"payment_link_id"_s].toString(),
                                                                       l[u"status"_s].toString());
        }
    }
    for (auto it = orderStatus.cbegin(); it != orderStatus.cend(); ++it) {
        if (knownOrders.contains(it.key()) || untouched.contains(it.key()))
            continue;
        // A create cut off by a kill: nobody can pay it, and nothing proves whose it is.
        if (it.value() != u"OPEN"_s || SandboxCheck::linksOfOrder(links, it.key()) != 0)
            return u"an order no till knows, %1, is %2 with %3 links"_s.arg(it.key(), it.value())
                .arg(SandboxCheck::linksOfOrder(links, it.key()));
    }
    return {};
}

QString endStates(const QString &databasePath)
{
    Database db;
    QString error;
    if (!db.open(databasePath, &error))
        return error;
    QMap<QString, int> counts;
    for (const SaleRow &sale : sales(db))
        ++counts[sale.state];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u", "_s);
}

QString cancelledOnlyWhenAsked(const QString &databasePath, const QSet<qint64> &asked)
{
    Database db;
    QString error;
    if (!db.open(databasePath, &error))
        return error;
    for (const SaleRow &sale : sales(db)) {
        if (sale.state == u"cancelled"_s && !asked.contains(sale.number))
            return u"sale %1 is cancelled, and its seller never asked"_s.arg(sale.number);
    }
    return {};
}

} // namespace LifeCheck
