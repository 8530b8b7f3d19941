#include "ocr.h"

namespace Ocr {

int luhnCheckDigit(const QString &digits)
{
    int sum = 0;
    bool doubleIt = true; // the rightmost digit of the payload is doubled, the check digit follows it
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

static bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isValid(const QString &reference, bool withLengthDigit)
{
    if (!allDigits(reference) || reference.size() < 2 || reference.size() > 25)
        return false;
    const QString payload = reference.left(reference.size() - 1);
    if (luhnCheckDigit(payload) != reference.back().digitValue())
        return false;
    if (withLengthDigit)
        return reference.size() >= 3 && payload.back().digitValue() == reference.size() % 10;
    return true;
}

QString make(const QString &baseDigits, bool withLengthDigit)
{
    QString payload = baseDigits;
    if (withLengthDigit)
        payload += QString::number((baseDigits.size() + 2) % 10);
    return payload + QString::number(luhnCheckDigit(payload));
}

} // namespace Ocr
