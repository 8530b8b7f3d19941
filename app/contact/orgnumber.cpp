#include "orgnumber.h"

#include "money/ocr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool OrgNumber::check(const QString &input, QString *normalised, QString *error)
{
    QString digits = input;
    digits.remove(QRegularExpression(u"[\\s-]"_s));
    if (digits.size() == 12 && (digits.startsWith(u"16"_s) || digits.startsWith(u"19"_s) || digits.startsWith(u"20"_s)))
        digits = digits.mid(2); // a century in front (sole traders' personal numbers)
    static const QRegularExpression tenDigits(u"^\\d{10}$"_s);
    if (!tenDigits.match(digits).hasMatch()) {
        *error = tr("An organisation number has 10 digits, e.g. 556677-8899.");
        return false;
    }
    if (!Ocr::isValid(digits)) {
        *error = tr("The last digit does not match: check the organisation number for a typing mistake.");
        return false;
    }
    *normalised = digits.left(6) + u'-' + digits.mid(6);
    error->clear();
    return true;
}

bool OrgNumber::checkVatNumber(const QString &input, QString *normalised, QString *error)
{
    QString text = input.toUpper();
    text.remove(QRegularExpression(u"[\\s-]"_s));
    static const QRegularExpression pattern(u"^SE(\\d{10})01$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        *error = tr("A Swedish VAT number is SE, the 10 digits of the organisation number and 01, e.g. "
                    "SE556677889901.");
        return false;
    }
    QString org;
    if (!check(m.captured(1), &org, error)) {
        *error = tr("The organisation number in it is wrong: %1").arg(*error);
        return false;
    }
    *normalised = text;
    error->clear();
    return true;
}
