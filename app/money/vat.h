#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

// What kind of goods or service a product is, for VAT. The rate itself depends on the date: the
// same loaf of bread is 12 % one year and 6 % the next (SPEC: "food moves from 12 % to 6 %").
enum class VatClass {
    Standard, // 25 %: most goods
    Food, // livsmedel: 12 %, temporarily 6 % from 2026-04-01 to 2027-12-31
    Reduced12, // hotel, restaurant: 12 %
    Reduced6, // books, newspapers, culture, passenger transport: 6 %
    Exempt, // 0 %: outside VAT (reason printed on invoices)
};

// A VAT rate in basis points (2500 = 25 %), valid on the days from..to inclusive (null = open).
struct VatRate
{
    VatClass vatClass = VatClass::Standard;
    int basisPoints = 0;
    QDate validFrom;
    QDate validTo;

    bool isValidOn(const QDate &day) const
    {
        return (validFrom.isNull() || day >= validFrom) && (validTo.isNull() || day <= validTo);
    }
};

// The table of Swedish VAT rates with their validity periods; answers "which rate on this day".
class VatTable
{
public:
    static const VatTable &sweden();

    explicit VatTable(QList<VatRate> rates);
    // The rate of that class on that day. Every class has a rate on every day in a complete table.
    int basisPointsFor(VatClass vatClass, const QDate &day) const;
    const QList<VatRate> &rates() const { return m_rates; }

private:
    QList<VatRate> m_rates;
};

// VAT contained in a gross (VAT-inclusive) amount at a rate, rounded half away from zero to öre.
Money vatOfGross(Money gross, int basisPoints);

// Percent text of a rate in basis points: 2500 → "25", 1250 → "12.5" (for APIs, not for people).
QString basisPointsToPercentText(int basisPoints);

QString vatClassKey(VatClass vatClass); // stable key for storage and CSV ("food")
bool vatClassFromKey(const QString &key, VatClass *out);
