#include "catalog/catalogcsv.h"
#include "catalog/catalogrepository.h"
#include "store/database.h"
#include "testconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The catalog's CSV: a file with good and bad rows, each bad one with its reason; import into a
// real catalog updates by barcode or name; export reads back as it was.
class TestCatalogCsv : public QObject
{
    Q_OBJECT
private:
    static QByteArray testFile()
    {
        QFile f(QStringLiteral(STALLPAY_TEST_DATA_DIR "/catalog-with-errors.csv"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void parsesGoodRowsAndExplainsBadOnes()
    {
        Product honey;
        honey.id = 1;
        honey.name = u"Honung 500 g"_s;
        honey.barcode = u"7350000000019"_s;
        const QList<CatalogCsvRow> rows = CatalogCsv::parse(testFile(), {honey});
        QCOMPARE(rows.size(), 8);
        // Line 2: an update of the honey, found by its barcode.
        QVERIFY(rows.at(0).isValid());
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(0).updatesId, 1);
        QCOMPARE(rows.at(0).product.price.ore(), 9500);
        QCOMPARE(rows.at(0).product.vatClass, VatClass::Food);
        // Line 3: a quoted name with the separator in it, VAT in Swedish.
        QVERIFY(rows.at(1).isValid());
        QCOMPARE(rows.at(1).product.name, u"Sylt; hallon"_s);
        QCOMPARE(rows.at(1).product.vatClass, VatClass::Food);
        QCOMPARE(rows.at(1).updatesId, 0);
        // The bad ones, each with its reason.
        QCOMPARE(rows.at(2).errors, QStringList {u"The name is missing."_s});
        QVERIFY(rows.at(3).errors.join(u' ').contains(u"\"abc\" is not an amount"_s));
        QVERIFY(rows.at(4).errors.join(u' ').contains(u"VAT \"18\""_s));
        QCOMPARE(rows.at(5).errors.size(), 2); // barcode and colour
        QVERIFY(rows.at(6).errors.join(u' ').contains(u"also on line 3"_s));
        QCOMPARE(rows.at(6).line, 8);
        QVERIFY(rows.at(7).isValid());
        QCOMPARE(rows.at(7).product.color, u"#00aaff"_s);
        QCOMPARE(rows.at(7).product.vatClass, VatClass::Exempt);
    }

    void importsValidRowsAndExportsThemBack()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"c.sqlite"_s), &error), qPrintable(error));
        CatalogRepository catalog(db);
        QVERIFY(catalog.seedDemoCatalog(&error));
        const int before = int(catalog.products().size());
        const QList<CatalogCsvRow> rows = CatalogCsv::parse(testFile(), catalog.products());
        QCOMPARE(CatalogCsv::apply(catalog, rows, &error), 3);
        QCOMPARE(catalog.products().size(), before + 2); // honey updated, jam and card added
        Product honey;
        QVERIFY(catalog.findByBarcode(u"7350000000019"_s, &honey));
        QCOMPARE(honey.price.ore(), 9500);
        QCOMPARE(honey.category, u"Skafferi"_s);

        const QByteArray csv = CatalogCsv::write(catalog.products());
        QVERIFY(csv.startsWith("name;price;vat;barcode;color;category;position\r\n"));
        QVERIFY2(csv.contains("\"Sylt; hallon\";45,00;food;7350000000101;#c0392b;Skafferi;1"), csv.constData());
        const QList<Product> products = catalog.products();
        const QList<CatalogCsvRow> again = CatalogCsv::parse(csv, products);
        QCOMPARE(again.size(), products.size());
        for (int i = 0; i < again.size(); ++i) {
            QVERIFY2(again.at(i).isValid(), qPrintable(again.at(i).errors.join(u' ')));
            const Product &p = products.at(i);
            QCOMPARE(again.at(i).updatesId, p.id);
            QCOMPARE(again.at(i).product.price, p.price);
            QCOMPARE(again.at(i).product.vatClass, p.vatClass);
            QCOMPARE(again.at(i).product.name, p.name);
        }
    }

    void aNameThatLooksLikeAFormulaIsExportedAsText()
    {
        Product trap;
        trap.id = 7;
        trap.name = u"=HYPERLINK(\"https://evil.example\";\"Honung\")"_s;
        trap.price = Money::fromOre(4500);
        trap.vatClass = VatClass::Food;
        trap.category = u"+cmd|' /C calc'!A0"_s;
        const QByteArray csv = CatalogCsv::write({trap});
        QVERIFY2(csv.contains(
                     "\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Honung\"\")\";45,00;food;;;'+cmd|' /C calc'!A0;"),
                 csv.constData());
        const QList<CatalogCsvRow> again = CatalogCsv::parse(csv, {trap});
        QCOMPARE(again.size(), 1);
        QVERIFY2(again.at(0).isValid(), qPrintable(again.at(0).errors.join(u' ')));
        QCOMPARE(again.at(0).updatesId, 7);
        QCOMPARE(again.at(0).product.name, trap.name);
        QCOMPARE(again.at(0).product.category, trap.category);
    }

    void commaSeparatedWithoutHeader()
    {
        const QList<CatalogCsvRow> rows = CatalogCsv::parse("Kaffe,30,12\nBulle,25.5,food\n", {});
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).isValid());
        QCOMPARE(rows.at(0).product.vatClass, VatClass::Reduced12);
        QCOMPARE(rows.at(1).product.price.ore(), 2550);
    }

    void anUpdateChangesOnlyWhatItSays()
    {
        Product honey;
        honey.id = 1;
        honey.name = u"Honung 500 g"_s;
        honey.price = Money::fromOre(8900);
        honey.vatClass = VatClass::Food;
        honey.barcode = u"7350000000019"_s;
        honey.color = u"#f2b705"_s;
        honey.category = u"Skafferi"_s;
        honey.position = 3;
        // Empty cells and an absent column (position) keep; "-" clears; a Swedish header.
        const QList<CatalogCsvRow> rows = CatalogCsv::parse(
            u"namn;pris;moms;streckkod;färg;kategori\nHonung 500 g;95;;;;-\nHonung 500 g;;;;;\n"_s.toUtf8(), {honey});
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(0).isValid(), qPrintable(rows.at(0).errors.join(u' ')));
        const Product &p = rows.at(0).product;
        QCOMPARE(p.id, 1);
        QCOMPARE(p.price.ore(), 9500);
        QCOMPARE(p.vatClass, VatClass::Food);
        QCOMPARE(p.barcode, honey.barcode);
        QCOMPARE(p.color, honey.color);
        QCOMPARE(p.category, QString());
        QCOMPARE(p.position, 3);
        QCOMPARE(rows.at(0).changes.size(), 2); // price, category
        QVERIFY(rows.at(0).changes.at(1).startsWith(u"category cleared"_s));
        QVERIFY(rows.at(1).isValid());
        QCOMPARE(rows.at(1).changes, QStringList());
        QCOMPARE(rows.at(1).product.price.ore(), 8900);
    }

    void aNewProductNeedsItsPriceAndErrorsNameNoKeys()
    {
        const QList<CatalogCsvRow> rows = CatalogCsv::parse("namn;pris;moms\nKaffe;;25\nTe;20;18\n", {});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).errors, QStringList {u"The price is missing."_s});
        QCOMPARE(rows.at(1).errors, QStringList {u"The VAT \"18\" is not one of 25, 12, 6, 0 or food."_s});
    }
};

QTEST_APPLESS_MAIN(TestCatalogCsv)
#include "tst_catalogcsv.moc"
