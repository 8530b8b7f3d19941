#include "contactvalidator.h"

#include "csv/textlimits.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool ContactValidator::checkMobile(const QString &input, QString *e164, QString *error)
{
    error->clear();
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = tr("Enter the customer's mobile number, e.g. 070-123 45 67.");
        return false;
    }
    if (!TextLimits::fits(TextLimits::Field::Phone, text, error))
        return false;
    static const QRegularExpression allowed(u"^[+0-9 ()./-]+$"_s);
    if (!allowed.match(text).hasMatch()) {
        *error = tr("A phone number has only digits, spaces, dashes and a leading +.");
        return false;
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util.Parse(text.toStdString(), "SE", &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        *error = parsed == PhoneNumberUtil::TOO_SHORT_NSN || parsed == PhoneNumberUtil::TOO_SHORT_AFTER_IDD
            ? tr("The number is too short. A Swedish mobile number has 10 digits: 07x-xxx xx xx.")
            : parsed == PhoneNumberUtil::TOO_LONG_NSN
            ? tr("The number is too long. A Swedish mobile number has 10 digits: 07x-xxx xx xx.")
            : tr("This is not a phone number. Type it as 070-123 45 67 or +46 70 123 45 67.");
        return false;
    }
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    if (number.country_code() == 46 && national.size() != 9 && !national.empty() && national.front() == '7') {
        // The common slip: a digit too many or too few in a Swedish mobile number.
        *error = tr("A Swedish mobile number has 10 digits (07x-xxx xx xx); this one has %1.").arg(national.size() + 1);
        return false;
    }
    if (!util.IsValidNumber(number)) {
        *error = util.IsPossibleNumber(number)
            ? tr("No such number exists. Check the digits: a Swedish mobile number starts with 07.")
            : tr("The number has the wrong length. A Swedish mobile number has 10 digits: 07x-xxx xx xx.");
        return false;
    }
    const auto type = util.GetNumberType(number);
    if (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE) {
        *error = tr("This is not a mobile number, so it cannot receive an SMS. Swedish mobile numbers start "
                    "with 07.");
        return false;
    }
    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    *e164 = QString::fromStdString(formatted);
    return true;
}

bool ContactValidator::checkEmail(const QString &input, QString *normalised, QString *error)
{
    error->clear();
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = tr("Enter the customer's e-mail address, e.g. name@example.se.");
        return false;
    }
    if (!TextLimits::fits(TextLimits::Field::Email, text, error))
        return false;
    if (text.contains(QRegularExpression(u"\\s"_s))) {
        *error = tr("An e-mail address has no spaces.");
        return false;
    }
    const int at = int(text.indexOf(u'@'));
    if (at <= 0 || at != text.lastIndexOf(u'@')) {
        *error = tr("An e-mail address has one @ with a name before it, e.g. name@example.se.");
        return false;
    }
    const QString domain = text.mid(at + 1);
    static const QRegularExpression domainPattern(
        u"^[A-Za-z0-9\u00C0-\uFFFF](?:[A-Za-z0-9\u00C0-\uFFFF-]*[A-Za-z0-9\u00C0-\uFFFF])?"
        "(?:\\.[A-Za-z0-9\u00C0-\uFFFF](?:[A-Za-z0-9\u00C0-\uFFFF-]*[A-Za-z0-9\u00C0-\uFFFF])?)+$"_s);
    if (!domainPattern.match(domain).hasMatch() || domain.section(u'.', -1).size() < 2) {
        *error = tr("The part after @ must be a domain such as example.se.");
        return false;
    }
    static const QRegularExpression localPattern(u"^[^@()<>\\[\\]\\\\,;:\"]+$"_s);
    const QString local = text.left(at);
    if (!localPattern.match(local).hasMatch() || local.startsWith(u'.') || local.endsWith(u'.')
        || local.contains(u".."_s)) {
        *error = tr("The part before @ has characters an e-mail address cannot have.");
        return false;
    }
    *normalised = local + u'@' + domain.toLower();
    return true;
}

QString ContactValidator::displayPhone(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(e164.toStdString(), "SE", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util.Format(number, number.country_code() == 46 ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                &formatted);
    return QString::fromStdString(formatted);
}
