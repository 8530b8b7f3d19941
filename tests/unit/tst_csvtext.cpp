#include "csv/csvtext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// CSV cells as a spreadsheet will read them: quoted where they hold a separator, quote or line
// break, and defused where a spreadsheet would run them as a formula; read back as they were.
class TestCsvText : public QObject
{
    Q_OBJECT
private slots:
    void formulaCellsAreWrittenAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << u"=HYPERLINK(\"https://evil.example\")"_s
                                << u"'=HYPERLINK(\"\"https://evil.example\"\")"_s.prepend(u'"').append(u'"');
        QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("plain text") << u"Honung 500 g"_s << u"Honung 500 g"_s;
        QTest::newRow("formula sign inside") << u"Sylt 1+1"_s << u"Sylt 1+1"_s;
        QTest::newRow("separator") << u"Sylt; hallon"_s << u"\"Sylt; hallon\""_s;
        QTest::newRow("quote") << u"Kaka \"special\""_s << u"\"Kaka \"\"special\"\"\""_s;
        QTest::newRow("empty") << QString() << QString();
        // Found by tests/fuzz (fuzz_csv_records): a text that reads as a defused cell keeps its
        // own apostrophe, else "'-" came back as "-".
        QTest::newRow("apostrophe before a formula sign") << u"'-"_s << u"''-"_s;
        QTest::newRow("apostrophes before a formula") << u"''=1"_s << u"'''=1"_s;
        QTest::newRow("apostrophe before text") << u"'Tis"_s << u"'Tis"_s;
    }
    void formulaCellsAreWrittenAsText()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvText::cell(text), written);
    }

    void whatIsWrittenReadsBackAsItWas()
    {
        const QStringList cells = {u"=HYPERLINK(\"https://evil.example\")"_s,
                                   u"+cmd|' /C calc'!A0"_s,
                                   u"-2+3"_s,
                                   u"@SUM(A1:A9)"_s,
                                   u"Sylt; hallon"_s,
                                   u"två\nrader"_s,
                                   u"'Tis the season"_s,
                                   u"'-"_s,
                                   u"''=1"_s};
        QStringList row;
        for (const QString &cell : cells)
            row.append(CsvText::cell(cell));
        QList<int> lines;
        const QList<QStringList> records = CsvText::records(CsvText::join({{u"a"_s, u"b"_s}, row}), &lines);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1), cells);
        QCOMPARE(lines, (QList<int> {1, 2}));
    }

    void readsTheSeparatorOfTheFirstLineAndDropsTheBom()
    {
        QList<int> lines;
        QCOMPARE(CsvText::records("\xEF\xBB\xBFname,price\nKaffe,30\n\nBulle,25\n", &lines),
                 (QList<QStringList> {{u"name"_s, u"price"_s}, {u"Kaffe"_s, u"30"_s}, {u"Bulle"_s, u"25"_s}}));
        QCOMPARE(lines, (QList<int> {1, 2, 4}));
        lines.clear();
        QCOMPARE(CsvText::records("a\tb\r\n1\t2", &lines), (QList<QStringList> {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}));
    }

    void theSeparatorIsTheFirstRecordsOutsideQuotes()
    {
        // Found by tests/fuzz (fuzz_csv_records): a line break inside the first quoted cell ended
        // the "first line" there, so its ';' was not seen and the file was split at commas.
        QList<int> lines;
        QCOMPARE(CsvText::records("\"two\nlines\";x\r\n", &lines), (QList<QStringList> {{u"two\nlines"_s, u"x"_s}}));
        // A separator inside quotes is a cell's text, not the file's separator.
        lines.clear();
        QCOMPARE(CsvText::records("\"a;b\",c\n1,2\n", &lines),
                 (QList<QStringList> {{u"a;b"_s, u"c"_s}, {u"1"_s, u"2"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestCsvText)
#include "tst_csvtext.moc"
