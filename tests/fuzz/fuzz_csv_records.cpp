// A CSV file as every import reads it: CsvFile::decode (size cap, the encoding named: UTF-8,
// Windows-1252, UTF-16 refused) and CsvText::records (quotes, separators, line numbers). And what
// we write reads back as it was (CsvText::cell and join, as the exports write): the input's
// records of two cells or more, and the whole input as one text cell beside another.
#include "fuzzsupport.h"

#include "csv/csvfile.h"
#include "csv/csvtext.h"

#include <cstdio>
#include <cstdlib>

namespace {
void expectSame(const QList<QStringList> &rows, const QList<QStringList> &back)
{
    if (back == rows)
        return;
    for (qsizetype i = 0; i < qMax(back.size(), rows.size()); ++i) {
        const QStringList a = rows.value(i);
        const QStringList b = back.value(i);
        if (a != b)
            std::fprintf(stderr, "row %lld written as [%s] read back as [%s]\n", qlonglong(i), qPrintable(a.join(u'|')),
                         qPrintable(b.join(u'|')));
    }
    std::abort();
}

QList<QStringList> writtenAndRead(const QList<QStringList> &rows)
{
    QList<QStringList> written;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &text : row)
            cells.append(CsvText::cell(text));
        written.append(cells);
    }
    QList<int> lines;
    return CsvText::records(CsvText::join(written), &lines);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::app(); // the messages are translated
    const CsvFile::Read read = CsvFile::decode(Fuzz::bytes(data, size));
    if (!read.ok())
        return 0;
    QList<int> lines;
    const QList<QStringList> records = CsvText::records(read.utf8, &lines);
    if (lines.size() != records.size())
        std::abort();

    QList<QStringList> rows;
    for (const QStringList &record : records) {
        if (record.size() >= 2) // a lone cell has no separator to tell the reader which one it is
            rows.append(record);
    }
    if (!rows.isEmpty())
        expectSame(rows, writtenAndRead(rows));

    // Any text as a cell, e.g. a product's name in the catalog export (a leading byte order mark
    // is the file's, by definition, and is not kept).
    const QString text = QString::fromUtf8(read.utf8);
    if (!text.startsWith(QChar(0xFEFF))) {
        const QList<QStringList> row {{text, QStringLiteral("x")}};
        expectSame(row, writtenAndRead(row));
    }
    Fuzz::use(read.notice);
    return 0;
}
