#pragma once

#include <QCoreApplication>
#include <QString>

// How long each text a seller types or a file brings may be, and the message that says so. A
// field over its limit is refused, never cut: the seller sees the limit and how long the text is,
// next to the field (the product editor, the invoice form, Settings) or on the file's line (catalog
// and batch-invoice CSV). The limits leave room for every real name and address; they stop a
// pasted page or a broken file from filling the database, the receipts and the quick keys.
class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(TextLimits)
public:
    enum class Field {
        ProductName, // the quick key, the receipt line, the invoice line
        Barcode,
        Category,
        Colour,
        PersonName, // a payer's or buyer's name, a business name
        Street,
        Zip,
        City,
        Email, // RFC 5321: 254 characters at most
        Phone, // as typed, before it is normalised
        OrgNumber,
        VatNumber,
        Reference, // a batch invoice's own key
        Description, // an invoice line's text
        Note, // the seller's note on a refund, a Swish message
        Website,
        FilePath,
    };

    // The most characters the field may have.
    static int maxLength(Field field);
    // True when `text` fits; else *error says the limit and the length, in the user's language.
    static bool fits(Field field, const QString &text, QString *error);
    static QString tooLong(int limit, qsizetype length);

    // One cell of a CSV file we read, whatever its column.
    static constexpr qsizetype kCsvCellChars = 2000;
    // A CSV file we read: a catalog of 100,000 products is a few MB.
    static constexpr qint64 kCsvFileBytes = 32LL * 1024 * 1024;
    // "The file is 40 MB; at most 32 MB can be read." for a file over kCsvFileBytes.
    static QString fileTooLarge(qint64 bytes);
};
