#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A CSV file as we read one (a catalog, a batch of invoices): at most TextLimits::kCsvFileBytes,
// and in an encoding we can read. UTF-8 (with or without Excel's mark) is read as it is. A file in
// UTF-16 (a byte order mark, or the NUL bytes between ASCII letters that UTF-16 without a mark
// has) is refused by name, with how to save it as UTF-8. A file that is not valid UTF-8 is read as
// Windows-1252, the "CSV (semicolon separated)" of Swedish Excel — åäö, € and the typographic
// quotes — with a notice that says so: a Swedish catalog is almost always that, and refusing it
// would send the seller to a text editor for nothing.
class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)
public:
    struct Read
    {
        QByteArray utf8; // the file's text as UTF-8, for CsvText::records
        QString notice; // not empty when it was read as Windows-1252: say so beside the result
        QString error; // not empty when nothing was read: why, and what to do
        bool ok() const { return error.isEmpty(); }
    };

    static Read read(const QString &path);
    // The same checks on bytes already read (size, encoding).
    static Read decode(const QByteArray &bytes);
};
