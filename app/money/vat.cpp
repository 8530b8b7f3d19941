#include "vat.h"

using namespace Qt::StringLiterals;

const VatTable &VatTable::sweden()
{
    // Food (livsmedel) is temporarily taxed at 6 % from 2026-04-01 to 2027-12-31, 12 % before and
    // after. A sale takes the rate valid on its sale date, so old sales keep their old rate.
    static const VatTable table({
        {VatClass::Standard, 2500, {}, {}},
        {VatClass::Food, 1200, {}, QDate(2026, 3, 31)},
        {VatClass::Food, 600, QDate(2026, 4, 1), QDate(2027, 12, 31)},
        {VatClass::Food, 1200, QDate(2028, 1, 1), {}},
        {VatClass::Reduced12, 1200, {}, {}},
        {VatClass::Reduced6, 600, {}, {}},
        {VatClass::Exempt, 0, {}, {}},
    });
    return table;
}

VatTable::VatTable(QList<VatRate> rates)
    : m_rates(std::move(rates))
{ }

int VatTable::basisPointsFor(VatClass vatClass, const QDate &day) const
{
    for (const VatRate &rate : m_rates) {
        if (rate.vatClass == vatClass && rate.isValidOn(day))
            return rate.basisPoints;
    }
    Q_ASSERT_X(false, "VatTable::basisPointsFor", "the table has a gap");
    return 0;
}

Money vatOfGross(Money gross, int basisPoints)
{
    // vat = gross * r / (1 + r), r = bp / 10000, exactly, then half away from zero.
    const qint64 numerator = gross.ore() * basisPoints;
    const qint64 denominator = 10000 + basisPoints;
    const qint64 magnitude = (2 * (numerator < 0 ? -numerator : numerator) + denominator) / (2 * denominator);
    return Money::fromOre(numerator < 0 ? -magnitude : magnitude);
}

QString basisPointsToPercentText(int basisPoints)
{
    if (basisPoints % 100 == 0)
        return QString::number(basisPoints / 100);
    QString text = u"%1.%2"_s.arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
    while (text.endsWith(u'0'))
        text.chop(1);
    return text;
}

QString vatClassKey(VatClass vatClass)
{
    switch (vatClass) {
    case VatClass::Standard:
        return u"standard"_s;
    case VatClass::Food:
        return u"food"_s;
    case VatClass::Reduced12:
        return u"reduced12"_s;
    case VatClass::Reduced6:
        return u"reduced6"_s;
    case VatClass::Exempt:
        return u"exempt"_s;
    }
    return {};
}

bool vatClassFromKey(const QString &key, VatClass *out)
{
    for (VatClass c : {VatClass::Standard, VatClass::Food, VatClass::Reduced12, VatClass::Reduced6, VatClass::Exempt}) {
        if (vatClassKey(c) == key) {
            *out = c;
            return true;
        }
    }
    return false;
}
