#include "buyercheck.h"

#include "contactvalidator.h"
#include "csv/textlimits.h"
#include "orgnumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool BuyerCheck::check(const InvoiceBuyer &in, bool simplified, InvoiceBuyer *out, QMap<Field, QString> *errors)
{
    // Each field's length first: one over its limit is said so, and not checked (or quoted) further.
    using Limit = TextLimits::Field;
    const struct
    {
        Field field;
        Limit limit;
        QString text;
    } lengths[] = {
        {Field::Name, Limit::PersonName, in.name},
        {Field::Street, Limit::Street, in.street},
        {Field::Zip, Limit::Zip, in.zip},
        {Field::City, Limit::City, in.city},
        {Field::OrgNumber, Limit::OrgNumber, in.orgNumber},
        {Field::VatNumber, Limit::VatNumber, in.vatNumber},
        {Field::Email, Limit::Email, in.email},
        {Field::Phone, Limit::Phone, in.phone},
    };
    for (const auto &l : lengths) {
        QString tooLong;
        if (!TextLimits::fits(l.limit, l.text.trimmed(), &tooLong))
            errors->insert(l.field, tooLong);
    }
    if (!errors->isEmpty())
        return false;
    InvoiceBuyer b;
    b.name = in.name.trimmed();
    b.street = in.street.trimmed();
    b.city = in.city.trimmed();
    const auto require = [&](Field field, const QString &value, const QString &message) {
        if (!simplified && value.isEmpty())
            errors->insert(field, message);
    };
    require(Field::Name, b.name, tr("Enter the buyer's name: the law wants it on the invoice."));
    require(Field::Street, b.street, tr("Enter the buyer's street address."));
    require(Field::City, b.city, tr("Enter the buyer's town."));
    const QString zip = in.zip.trimmed();
    static const QRegularExpression swedishZip(u"^(\\d{3})\\s?(\\d{2})$"_s);
    if (const QRegularExpressionMatch m = swedishZip.match(zip); m.hasMatch())
        b.zip = m.captured(1) + u' ' + m.captured(2);
    else if (!zip.isEmpty())
        errors->insert(Field::Zip, tr("A Swedish postcode has five digits, e.g. 123 45."));
    else
        require(Field::Zip, zip, tr("Enter the buyer's postcode, e.g. 123 45."));
    QString why;
    if (!in.orgNumber.trimmed().isEmpty() && !OrgNumber::check(in.orgNumber, &b.orgNumber, &why))
        errors->insert(Field::OrgNumber, why);
    if (!in.vatNumber.trimmed().isEmpty() && !OrgNumber::checkVatNumber(in.vatNumber, &b.vatNumber, &why))
        errors->insert(Field::VatNumber, why);
    if (!in.email.trimmed().isEmpty() && !ContactValidator::checkEmail(in.email, &b.email, &why))
        errors->insert(Field::Email, why);
    if (!in.phone.trimmed().isEmpty() && !ContactValidator::checkMobile(in.phone, &b.phone, &why))
        errors->insert(Field::Phone, why);
    if (!errors->isEmpty())
        return false;
    *out = b;
    return true;
}

QString BuyerCheck::columnName(Field field)
{
    switch (field) {
    case Field::Name:
        return u"buyer_name"_s;
    case Field::Street:
        return u"buyer_street"_s;
    case Field::Zip:
        return u"buyer_zip"_s;
    case Field::City:
        return u"buyer_city"_s;
    case Field::OrgNumber:
        return u"buyer_org_number"_s;
    case Field::VatNumber:
        return u"buyer_vat_number"_s;
    case Field::Email:
        return u"buyer_email"_s;
    case Field::Phone:
        return u"buyer_phone"_s;
    }
    return {};
}
