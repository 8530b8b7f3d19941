#include "textlimits.h"

#include <QLocale>

int TextLimits::maxLength(Field field)
{
    switch (field) {
    case Field::ProductName:
        return 80;
    case Field::Barcode:
        return 14; // EAN-8 to GTIN-14
    case Field::Category:
        return 40;
    case Field::Colour:
        return 7; // #rrggbb
    case Field::PersonName:
    case Field::Street:
    case Field::City:
        return 100;
    case Field::Zip:
        return 10;
    case Field::Email:
        return 254;
    case Field::Phone:
        return 30;
    case Field::OrgNumber:
    case Field::VatNumber:
        return 20;
    case Field::Reference:
        return 64;
    case Field::Description:
        return 200;
    case Field::Note:
        return 500;
    case Field::Website:
    case Field::FilePath:
        return 1024;
    }
    return 100;
}

QString TextLimits::tooLong(int limit, qsizetype length)
{
    const QLocale locale;
    return tr("This is too long: at most %n character(s), and this has %1. Shorten it.", nullptr, limit)
        .arg(locale.toString(length));
}

bool TextLimits::fits(Field field, const QString &text, QString *error)
{
    const int limit = maxLength(field);
    if (text.size() <= limit)
        return true;
    if (error)
        *error = tooLong(limit, text.size());
    return false;
}

QString TextLimits::fileTooLarge(qint64 bytes)
{
    const QLocale locale;
    return tr("The file is %1; at most %2 can be read. Split it into smaller files.")
        .arg(locale.formattedDataSize(bytes, 1), locale.formattedDataSize(kCsvFileBytes, 0));
}
