#include "csvtext.h"

using namespace Qt::StringLiterals;

namespace {
// What makes a spreadsheet take a cell as a formula (OWASP "CSV injection").
bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// A text that cell() writes with a leading apostrophe: one a spreadsheet would run, and one that
// already reads as such a text defused ("'=x", apostrophes before a formula), so that it keeps its
// own apostrophe when read back.
bool needsApostrophe(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return startsLikeFormula(text.mid(i));
}

// The cell as it was before cell() defused it.
QString undefused(const QString &text)
{
    if (text.size() > 1 && text.front() == u'\'' && needsApostrophe(text.mid(1)))
        return text.mid(1);
    return text;
}

// The file's separator: the first record's ';', else a tab, else ','. Only what stands outside
// quotes counts, since a quoted header cell may hold a line break or a separator of its own.
QChar separatorOf(const QString &text)
{
    bool quoted = false;
    bool semicolon = false;
    bool tab = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u';')
            semicolon = true;
        else if (c == u'\t')
            tab = true;
    }
    return semicolon ? u';' : tab ? u'\t' : u',';
}

QList<QStringList> split(const QString &text, QChar separator, QList<int> *lines)
{
    QList<QStringList> out;
    QStringList fields;
    QString field;
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        fields.append(undefused(field));
        field.clear();
        if (!(fields.size() == 1 && fields.first().trimmed().isEmpty())) {
            out.append(fields);
            lines->append(recordLine);
        }
        fields.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            fields.append(undefused(field));
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRecord();
    return out;
}
} // namespace

QString CsvText::cell(const QString &text)
{
    const QString value = needsApostrophe(text) ? u'\'' + text : text;
    if (!value.contains(u';') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QList<QStringList> CsvText::records(const QByteArray &data, QList<int> *lines)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // Excel's UTF-8 mark
    return split(text, separatorOf(text), lines);
}

QByteArray CsvText::join(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows)
        lines.append(row.join(u';'));
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}
