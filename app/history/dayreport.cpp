#include "dayreport.h"

#include "money/vat.h"
#include "sale/salestate.h"
#include "store/database.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// A refunded sale was still a sale on its day; its return counts on the day of the refund.
const QString kPaidStates = u"('paid', 'paid_cash', 'refunding', 'refunded')"_s;
const QString kOpenStates = u"('committed', 'order_created', 'link_ready')"_s;

} // namespace

Money DayReport::vatTotal() const
{
    Money sum;
    for (const VatGroup &g : vat)
        sum += g.vat;
    return sum;
}

// Each sale's VAT per rate, as its receipt shows it, added up per rate; highest rate first.
static QList<VatGroup> vatPerRate(QSqlQuery &q)
{
    QMap<int, VatGroup> groups;
    if (q.exec()) {
        while (q.next()) {
            const int bp = q.value(0).toInt();
            const Money gross = Money::fromOre(q.value(1).toLongLong());
            VatGroup &g = groups[bp];
            g.basisPoints = bp;
            g.gross += gross;
            g.vat += vatOfGross(gross, bp);
        }
    }
    QList<VatGroup> list;
    for (const VatGroup &g : std::as_const(groups))
        list.prepend(g);
    return list;
}

static void addReturns(const Database &db, const QString &date, DayReport &r)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COALESCE(payment_method, ''), COUNT(*), SUM(total_ore) FROM sales"
              " WHERE refund_date = ? AND state = 'refunded' GROUP BY 1 ORDER BY 3 DESC"_s);
    q.addBindValue(date);
    if (q.exec()) {
        while (q.next()) {
            const MethodTotal m {q.value(0).toString(), q.value(1).toLongLong(),
                                 Money::fromOre(q.value(2).toLongLong())};
            r.returnMethods.append(m);
            r.returnCount += m.count;
            r.returnGross += m.gross;
        }
    }
    q.prepare(u"SELECT l.vat_bp, SUM(l.unit_price_ore * l.quantity) FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
              " WHERE s.refund_date = ? AND s.state = 'refunded' GROUP BY l.sale_id, l.vat_bp"_s);
    q.addBindValue(date);
    r.returnVat = vatPerRate(q);
}

DayReport DayReports::build(const Database &db, const QDate &day)
{
    DayReport r;
    r.day = day;
    const QString date = day.toString(Qt::ISODate);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COALESCE(payment_method, ''), COUNT(*), SUM(total_ore) FROM sales"
              " WHERE sale_date = ? AND state IN %1 GROUP BY 1 ORDER BY 3 DESC"_s.arg(kPaidStates));
    q.addBindValue(date);
    if (q.exec()) {
        while (q.next()) {
            const MethodTotal m {q.value(0).toString(), q.value(1).toLongLong(),
                                 Money::fromOre(q.value(2).toLongLong())};
            r.methods.append(m);
            r.paidCount += m.count;
            r.gross += m.gross;
        }
    }
    // Each sale's VAT per rate, as its receipt shows it, then added up per rate.
    q.prepare(u"SELECT l.vat_bp, SUM(l.unit_price_ore * l.quantity) FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
              " WHERE s.sale_date = ? AND s.state IN %1 GROUP BY l.sale_id, l.vat_bp"_s.arg(kPaidStates));
    q.addBindValue(date);
    r.vat = vatPerRate(q);
    addReturns(db, date, r);
    q.prepare(u"SELECT state IN %1, COUNT(*), COALESCE(SUM(total_ore), 0) FROM sales WHERE sale_date = ?"
              " AND state NOT IN %2 GROUP BY 1"_s.arg(kOpenStates, kPaidStates));
    q.addBindValue(date);
    if (q.exec()) {
        while (q.next()) {
            if (q.value(0).toBool()) {
                r.openCount = q.value(1).toLongLong();
                r.openAmount = Money::fromOre(q.value(2).toLongLong());
            } else {
                r.cancelledCount = q.value(1).toLongLong();
            }
        }
    }
    return r;
}
