#include "daycsv.h"

#include "csv/csvtext.h"
#include "money/money.h"
#include "money/vat.h"
#include "sale/paymentmethods.h"
#include "sale/salestate.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString plain(Money m)
{
    // Decimal comma and no thousands separator: what Swedish spreadsheets read as a number.
    const QString sign = m.isNegative() ? u"-"_s : QString();
    const qint64 ore = m.isNegative() ? -m.ore() : m.ore();
    return u"%1%2,%3"_s.arg(sign).arg(ore / 100).arg(ore % 100, 2, 10, QChar(u'0'));
}

QString stateName(const QString &key)
{
    SaleState state;
    return SaleStates::fromKey(key, &state) ? SaleStates::displayName(state) : key;
}

QDateTime localTime(const QVariant &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODateWithMs).toLocalTime();
}
} // namespace

QByteArray DayCsv::sales(const Database &db, const QDate &day)
{
    QList<QStringList> rows {{tr("Number"), tr("Date"), tr("Time"), tr("Status"), tr("Payment method"),
                              tr("VAT rate (%)"), tr("Paid (gross)"), tr("VAT"), tr("Net"), tr("Unpaid (gross)")}};
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT s.number, s.created_at, s.state, COALESCE(s.payment_method, ''), l.vat_bp,"
              " SUM(l.unit_price_ore * l.quantity) FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
              " WHERE s.sale_date = ? GROUP BY s.id, l.vat_bp ORDER BY s.number, l.vat_bp DESC"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return CsvText::join(rows);
    while (q.next()) {
        const QDateTime at = localTime(q.value(1));
        const QString state = q.value(2).toString();
        // A refunded sale was sold on its day; its return counts on the day of the refund (below).
        const bool paid =
            state == u"paid"_s || state == u"paid_cash"_s || state == u"refunding"_s || state == u"refunded"_s;
        const int bp = q.value(4).toInt();
        const Money gross = Money::fromOre(q.value(5).toLongLong());
        const Money vat = vatOfGross(gross, bp);
        rows.append({q.value(0).toString(), at.date().toString(Qt::ISODate), at.time().toString(u"HH:mm:ss"_s),
                     CsvText::cell(stateName(state)), CsvText::cell(PaymentMethods::displayName(q.value(3).toString())),
                     basisPointsToPercentText(bp), paid ? plain(gross) : QString(), paid ? plain(vat) : QString(),
                     paid ? plain(gross - vat) : QString(), paid ? QString() : plain(gross)});
    }
    // Returns refunded on the day: the return receipt's number, negative amounts in the paid columns,
    // so the paid column sums to the day's takings.
    q.prepare(u"SELECT s.refund_number, s.refunded_at, COALESCE(s.payment_method, ''), l.vat_bp,"
              " SUM(l.unit_price_ore * l.quantity) FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
              " WHERE s.refund_date = ? AND s.state = 'refunded' GROUP BY s.id, l.vat_bp"
              " ORDER BY s.refund_number, l.vat_bp DESC"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return CsvText::join(rows);
    while (q.next()) {
        const QDateTime at = localTime(q.value(1));
        const int bp = q.value(3).toInt();
        const Money gross = Money::fromOre(q.value(4).toLongLong());
        const Money vat = vatOfGross(gross, bp);
        rows.append({q.value(0).toString(), at.date().toString(Qt::ISODate), at.time().toString(u"HH:mm:ss"_s),
                     CsvText::cell(tr("Return")), CsvText::cell(PaymentMethods::displayName(q.value(2).toString())),
                     basisPointsToPercentText(bp), plain(-gross), plain(-vat), plain(vat - gross), QString()});
    }
    return CsvText::join(rows);
}

QByteArray DayCsv::lines(const Database &db, const QDate &day)
{
    QList<QStringList> rows {{tr("Number"), tr("Date"), tr("Time"), tr("Product"), tr("Quantity"), tr("Unit price"),
                              tr("VAT rate (%)"), tr("Amount")}};
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT s.number, s.created_at, l.description, l.quantity, l.unit_price_ore, l.vat_bp"
              " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
              " WHERE s.sale_date = ? AND s.state IN ('paid', 'paid_cash', 'refunding', 'refunded')"
              " ORDER BY s.number, l.position"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return CsvText::join(rows);
    while (q.next()) {
        const QDateTime at = localTime(q.value(1));
        const int quantity = q.value(3).toInt();
        const Money unit = Money::fromOre(q.value(4).toLongLong());
        rows.append({q.value(0).toString(), at.date().toString(Qt::ISODate), at.time().toString(u"HH:mm:ss"_s),
                     CsvText::cell(q.value(2).toString()), QString::number(quantity), plain(unit),
                     basisPointsToPercentText(q.value(5).toInt()), plain(unit * quantity)});
    }
    return CsvText::join(rows);
}
