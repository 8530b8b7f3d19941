#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// CSV as Swedish spreadsheets write and read it: ';' between cells, quotes around a cell that holds
// a separator, a quote or a line break. A text cell that a spreadsheet would run as a formula
// (it starts with =, +, -, @, a tab or a carriage return: "=HYPERLINK(…)", "+cmd|…") is written
// with a leading apostrophe, which spreadsheets show as text; reading drops that apostrophe again,
// so our own files read back as they were written.
class CsvText
{
public:
    // One text cell, quoted and defused as needed. Numbers we format ourselves ("-12,50") are not
    // text cells and are written as they are.
    static QString cell(const QString &text);
    // A text's records: quotes may hold separators, newlines and doubled quotes; blank lines are
    // skipped. *lines gets each record's 1-based first line. A UTF-8 BOM is dropped, and the
    // separator (';', tab or ',') is the first line's.
    static QList<QStringList> records(const QByteArray &data, QList<int> *lines);
    // Rows joined with ';' and CRLF line ends, as UTF-8.
    static QByteArray join(const QList<QStringList> &rows);
};
