#include "catalog/catalogcsv.h"
#include "contact/buyercheck.h"
#include "contact/contactvalidator.h"
#include "csv/csvfile.h"
#include "csv/textlimits.h"
#include "invoice/invoicecsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The length of every text a seller types or a file brings is capped with a message that says the
// limit and the length (never cut silently); a CSV file is capped in size and read in an encoding
// that is said: UTF-8, else Windows-1252 with a notice; UTF-16 is refused by name.
class TestTextLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "5,000", "32 MiB"
    }

    void theMessageSaysTheLimitAndTheLength()
    {
        QString error;
        QVERIFY(TextLimits::fits(TextLimits::Field::ProductName, QString(80, u'a'), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!TextLimits::fits(TextLimits::Field::ProductName, QString(81, u'a'), &error));
        // No translator is loaded here: the plural stays in its source form, "character(s)".
        QVERIFY2(error.startsWith(u"This is too long: at most 80 character"_s), qPrintable(error));
        QVERIFY2(error.endsWith(u", and this has 81. Shorten it."_s), qPrintable(error));
        QVERIFY(!TextLimits::fits(TextLimits::Field::Email, QString(255, u'a'), &error));
        QVERIFY2(error.contains(u"at most 254 character"_s), qPrintable(error));
    }

    void aProductsFieldsAreCapped()
    {
        const QString huge(10 * 1024 * 1024, u'x');
        CatalogCsvRow row = CatalogCsv::fromFields({{u"name"_s, huge}, {u"price"_s, u"12"_s}});
        QVERIFY(!row.isValid());
        QVERIFY2(row.fieldErrors.value(u"name"_s).contains(u"at most 80 character"_s),
                 qPrintable(row.fieldErrors.value(u"name"_s)));
        QVERIFY(row.errors.constFirst().startsWith(u"name: "_s)); // a file's line says which cell
        QVERIFY(row.fieldErrors.value(u"name"_s).size() < 200); // the text is not quoted back
        row = CatalogCsv::fromFields({{u"name"_s, u"Honung"_s}, {u"price"_s, huge}});
        QVERIFY(row.fieldErrors.value(u"price"_s).contains(u"at most 20 character"_s));
        QVERIFY(row.fieldErrors.value(u"price"_s).size() < 200);
        row = CatalogCsv::fromFields(
            {{u"name"_s, u"Honung"_s}, {u"price"_s, u"12"_s}, {u"category"_s, QString(41, u'k')}});
        QVERIFY(row.fieldErrors.value(u"category"_s).contains(u"at most 40 character"_s));
        row = CatalogCsv::fromFields({{u"name"_s, u"Honung"_s}, {u"price"_s, u"12"_s}, {u"barcode"_s, huge}});
        QVERIFY(row.fieldErrors.value(u"barcode"_s).contains(u"at most 14 character"_s));
        row = CatalogCsv::fromFields({{u"name"_s, QString(80, u'n')}, {u"price"_s, u"12"_s}});
        QVERIFY(row.isValid()); // at the limit: fine
    }

    void aCatalogFileLineWithAHugeCellIsRefused()
    {
        const QByteArray csv = "name;price\nHonung;89\n" + QByteArray(5000, 'x') + ";12\n";
        const QList<CatalogCsvRow> rows = CatalogCsv::parse(csv, {});
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).isValid());
        QVERIFY(!rows.at(1).isValid());
        const QString said = rows.at(1).errors.join(u' ');
        QVERIFY2(said.contains(u"at most 80 character"_s) && said.contains(u"this has 5,000"_s), qPrintable(said));
    }

    void aBuyersAndAPayersFieldsAreCapped()
    {
        InvoiceBuyer in {QString(101, u'n'),
                         u"Storgatan 1"_s,
                         u"123 45"_s,
                         u"Ystad"_s,
                         QString(),
                         QString(),
                         QString(300, u'e') + u"@example.se"_s,
                         QString(31, u'7')};
        InvoiceBuyer out;
        QMap<BuyerCheck::Field, QString> errors;
        QVERIFY(!BuyerCheck::check(in, false, &out, &errors));
        QVERIFY(errors.value(BuyerCheck::Field::Name).contains(u"at most 100 character"_s));
        QVERIFY(errors.value(BuyerCheck::Field::Email).contains(u"at most 254 character"_s));
        QVERIFY(errors.value(BuyerCheck::Field::Phone).contains(u"at most 30 character"_s));
        QVERIFY(!errors.contains(BuyerCheck::Field::City));
        QString e164, error;
        QVERIFY(!ContactValidator::checkMobile(QString(5000, u'7'), &e164, &error));
        QVERIFY2(error.contains(u"at most 30 character"_s), qPrintable(error));
        QVERIFY(!ContactValidator::checkEmail(QString(5000, u'a') + u"@example.se"_s, &e164, &error));
        QVERIFY2(error.contains(u"at most 254 character"_s), qPrintable(error));
    }

    void anInvoiceFilesTextsAreCapped()
    {
        const QByteArray header = "reference,buyer_name,buyer_street,buyer_zip,buyer_city,description,quantity,"
                                  "unit_price,vat_rate,delivery_date\n";
        const QByteArray line = "A1,Astrid Ek,Byvägen 2,234 56,Lund," + QByteArray(201, 'd') + ",1,100,25,2026-11-02\n";
        QString fileError;
        const QList<InvoiceCsvInvoice> invoices = InvoiceCsv::parse(header + line, &fileError);
        QVERIFY2(fileError.isEmpty(), qPrintable(fileError));
        QCOMPARE(invoices.size(), 1);
        QVERIFY(!invoices.first().isValid());
        QVERIFY2(invoices.first().errors.join(u' ').contains(u"description: This is too long: at most 200"_s),
                 qPrintable(invoices.first().errors.join(u' ')));
        const QByteArray quantity =
            "A2,Astrid Ek,Byvägen 2,234 56,Lund,Honung," + QByteArray(3000, '9') + ",100,25,2026-11-02\n";
        const QList<InvoiceCsvInvoice> second = InvoiceCsv::parse(header + quantity, &fileError);
        QVERIFY(second.first().errors.join(u' ').contains(u"quantity: This is too long: at most 20"_s));
        QVERIFY(second.first().errors.join(u' ').size() < 400); // the 3,000 digits are not quoted back
    }

    void aFileOverTheCapIsNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(TextLimits::kCsvFileBytes + 1)); // sparse: no 32 MB written
        file.close();
        const CsvFile::Read read = CsvFile::read(path);
        QVERIFY(!read.ok());
        QVERIFY(read.utf8.isEmpty());
        QVERIFY2(read.error.contains(u"at most 32 MiB can be read"_s), qPrintable(read.error));
        const CsvFile::Read missing = CsvFile::read(dir.filePath(u"none.csv"_s));
        QVERIFY(missing.error.startsWith(u"Cannot read"_s));
    }

    void encodingsAreNamed()
    {
        const QString text = u"namn;pris\nRäksmörgås;45\n"_s;
        // UTF-8, with and without Excel's mark: read as it is, no notice.
        CsvFile::Read read = CsvFile::decode(text.toUtf8());
        QVERIFY(read.ok());
        QVERIFY(read.notice.isEmpty());
        QCOMPARE(read.utf8, text.toUtf8());
        QVERIFY(CsvFile::decode("\xEF\xBB\xBF" + text.toUtf8()).notice.isEmpty());
        // UTF-16 little-endian with its mark, and big-endian without one (found by its NULs).
        QByteArray le("\xFF\xFE", 2);
        le.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        read = CsvFile::decode(le);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(u"UTF-16 (little-endian)"_s), qPrintable(read.error));
        QVERIFY(read.error.contains(u"CSV UTF-8"_s));
        QByteArray be;
        for (const QChar c : text) {
            be.append(char(c.unicode() >> 8));
            be.append(char(c.unicode() & 0xFF));
        }
        read = CsvFile::decode(be);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(u"UTF-16 (big-endian)"_s), qPrintable(read.error));
        // Swedish Excel's "CSV (semicolon separated)": Windows-1252, € at 0x80, read with a notice.
        const QByteArray windows1252("namn;pris\nR\xE4ksm\xF6rg\xE5s \x80;45\n");
        read = CsvFile::decode(windows1252);
        QVERIFY(read.ok());
        QCOMPARE(QString::fromUtf8(read.utf8), u"namn;pris\nRäksmörgås €;45\n"_s);
        QVERIFY2(read.notice.contains(u"Windows-1252"_s), qPrintable(read.notice));
        QVERIFY(read.notice.contains(u"CSV UTF-8"_s));
    }
};

QTEST_GUILESS_MAIN(TestTextLimits)
#include "tst_textlimits.moc"
