#include "catalog/catalogrepository.h"
#include "catalog/catalogview.h"
#include "catalog/colourchoice.h"
#include "catalog/csvimportdialog.h"
#include "guitill.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "sell/sellview.h"
#include "testconfig.h"
#include "till/till.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The catalog as a seller keeps it: a new product typed with mistakes, then right; an edit; a
// delete; a CSV file with bad rows imported through its preview; and an export.
class TestCatalogView : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;

    CatalogView *view() const { return m_gui.window()->catalogView(); }
    bool hasProduct(const QString &name) const
    {
        const QList<Product> products = m_gui.till().catalog().products();
        return std::any_of(products.cbegin(), products.cend(), [&](const Product &p) { return p.name == name; });
    }
    void type(const QString &column, const QString &text)
    {
        QLineEdit *edit = view()->field(column);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static constexpr int kLongLines = 200000;
    QString writeLongCatalog(const QString &name) const
    {
        const QString path = m_gui.path(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray csv = "namn;pris;moms;kategori\n";
        for (int i = 1; i <= kLongLines; ++i)
            csv += "Vara " + QByteArray::number(i) + ";" + QByteArray::number(10 + i % 90) + ",50;25;Lager\n";
        file.write(csv);
        return path;
    }
    CsvImportDialog *importOf(const QString &name) const
    {
        for (CsvImportDialog *d : view()->findChildren<CsvImportDialog *>()) {
            if (d->isVisible() && d->windowTitle().endsWith(name))
                return d;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error), qPrintable(error));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
        QTest::keyClick(m_gui.window(), Qt::Key_F3);
        QVERIFY(view()->isVisible());
        QCOMPARE(view()->list()->rowCount(), 8);
    }

    void addAProductWithMistakesThenRight()
    {
        QTest::keyClick(m_gui.window(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), view()->field(u"name"_s));
        QTest::keyClicks(view()->field(u"name"_s), u"Lingonsylt"_s);
        type(u"price"_s, u"fyrtio"_s);
        type(u"barcode"_s, u"7350000000019"_s); // the honey's
        view()->vatChoice()->setCurrentIndex(view()->vatChoice()->findData(int(VatClass::Food)));
        QTest::keyClick(m_gui.window(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(view()->errorOf(u"price"_s)->isVisible());
        QVERIFY(view()->errorOf(u"price"_s)->text().contains(u"\"fyrtio\""_s));
        QVERIFY(view()->errorOf(u"barcode"_s)->text().contains(u"Honung 500 g already has this barcode"_s));
        QCOMPARE(view()->field(u"price"_s)->text(), u"fyrtio"_s); // kept
        QCOMPARE(QApplication::focusWidget(), view()->field(u"price"_s));
        QVERIFY(!hasProduct(u"Lingonsylt"_s));

        QTest::keyClicks(view()->field(u"price"_s), u"42,50"_s); // replaces the selected text
        QVERIFY(!view()->errorOf(u"price"_s)->isVisible());
        type(u"barcode"_s, u"7350000000200"_s);
        // A preset fills the colour field; typing still works.
        QTest::mouseClick(view()->colourChoice()->presetButtons().at(3), Qt::LeftButton);
        QCOMPARE(view()->field(u"color"_s)->text(), ColourChoice::presets().at(3));
        QTest::mouseClick(view()->colourChoice()->noneButton(), Qt::LeftButton);
        QCOMPARE(view()->field(u"color"_s)->text(), QString());
        type(u"color"_s, u"#b71c1c"_s);
        QTest::mouseClick(view()->saveButton(), Qt::LeftButton);
        QVERIFY2(hasProduct(u"Lingonsylt"_s), qPrintable(view()->messageLabel()->text()));
        Product jam;
        QVERIFY(m_gui.till().catalog().findByBarcode(u"7350000000200"_s, &jam));
        QCOMPARE(jam.price.ore(), 4250);
        QCOMPARE(jam.vatClass, VatClass::Food);
        QCOMPARE(view()->list()->rowCount(), 9);
        QVERIFY(m_gui.window()->sellView()->quickKey(u"Lingonsylt"_s)); // on the till at once
        screenshot(m_gui.window(), "catalog-en");
    }

    void editAndDelete()
    {
        QTableWidget *list = view()->list();
        list->setFocus();
        list->setCurrentCell(0, 0);
        QCOMPARE(view()->field(u"name"_s)->text(), u"Honung 500 g"_s);
        type(u"price"_s, u"99"_s);
        QTest::keyClick(m_gui.window(), Qt::Key_S, Qt::ControlModifier);
        Product honey;
        QTRY_VERIFY(m_gui.till().catalog().findByBarcode(u"7350000000019"_s, &honey) && honey.price.ore() == 9900);

        // Ten million is asked about once; the second Save keeps it.
        type(u"price"_s, u"10000000"_s);
        QTest::mouseClick(view()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(view()->errorOf(u"price"_s)->isVisible());
        QVERIFY2(view()->errorOf(u"price"_s)->text().contains(u"press Save again"_s),
                 qPrintable(view()->errorOf(u"price"_s)->text()));
        QVERIFY(m_gui.till().catalog().findByBarcode(u"7350000000019"_s, &honey) && honey.price.ore() == 9900);
        QTest::mouseClick(view()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(m_gui.till().catalog().findByBarcode(u"7350000000019"_s, &honey)
                    && honey.price == Money::fromKronor(10000000));
        type(u"price"_s, u"99"_s);
        QTest::mouseClick(view()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(m_gui.till().catalog().findByBarcode(u"7350000000019"_s, &honey) && honey.price.ore() == 9900);

        list->setCurrentCell(7, 0); // Pant
        QCOMPARE(view()->field(u"name"_s)->text(), u"Pant"_s);
        QTest::mouseClick(view()->deleteButton(), Qt::LeftButton);
        QVERIFY(hasProduct(u"Pant"_s)); // asks first
        QTest::mouseClick(view()->deleteButton(), Qt::LeftButton);
        QVERIFY(!hasProduct(u"Pant"_s));
        QVERIFY(!m_gui.window()->sellView()->quickKey(u"Pant"_s));
    }

    void importWithBadRowsThroughThePreview()
    {
        const int before = int(m_gui.till().catalog().products().size());
        view()->importFile(QStringLiteral(STALLPAY_TEST_DATA_DIR "/catalog-with-errors.csv"));
        CsvImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view()->findChild<CsvImportDialog *>()));
        QTRY_COMPARE(dialog->previewRows(), 8); // read on a worker thread
        QCOMPARE(dialog->previewText(2, 0), u"4"_s); // line numbers of the file
        QCOMPARE(dialog->previewText(2, 6), u"The name is missing."_s);
        QVERIFY(dialog->previewText(3, 6).contains(u"\"abc\""_s));
        QVERIFY2(dialog->previewText(0, 6).startsWith(u"Changes: price"_s), qPrintable(dialog->previewText(0, 6)));
        QVERIFY2(dialog->summary()->text().contains(u"5 lines with errors"_s), qPrintable(dialog->summary()->text()));
        QCOMPARE(dialog->importButton()->text(), u"&Import 3 products"_s);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QCOMPARE(int(m_gui.till().catalog().products().size()), before + 2);
        QVERIFY(hasProduct(u"Sylt; hallon"_s));
        QVERIFY(view()->messageLabel()->text().contains(u"Imported 3 products"_s));
    }

    void exportsTheCatalog()
    {
        QString error;
        const QString path = m_gui.path(u"export.csv"_s);
        QVERIFY2(view()->exportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("name;price;vat;barcode;color;category;position"));
        QVERIFY(csv.contains("Lingonsylt;42,50;food;7350000000200;#b71c1c;;"));
        QCOMPARE(csv.count('\n'), int(m_gui.till().catalog().products().size()) + 1);
    }

    void importWithEmptyCellsKeepsBarcodes()
    {
        // A Swedish header; empty cells keep what the product has, a "-" clears it.
        Product honey;
        QVERIFY(m_gui.till().catalog().findByBarcode(u"7350000000019"_s, &honey));
        QVERIFY(!honey.color.isEmpty());
        const QString path = m_gui.path(u"update.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"namn;pris;moms;streckkod;färg;kategori\nLingonsylt;45;;;;\nHonung 500 g;;;;-;\n"_s.toUtf8());
        file.close();
        view()->importFile(path);
        CsvImportDialog *dialog = nullptr;
        const auto importOf = [this](const QString &name) -> CsvImportDialog * {
            for (CsvImportDialog *d : view()->findChildren<CsvImportDialog *>()) {
                if (d->isVisible() && d->windowTitle().endsWith(name))
                    return d;
            }
            return nullptr;
        };
        QTRY_VERIFY((dialog = importOf(u"update.csv"_s)));
        QTRY_COMPARE(dialog->previewRows(), 2);
        const QLocale locale;
        QCOMPARE(
            dialog->previewText(0, 6),
            u"Changes: price %1 → %2"_s.arg(Money::fromOre(4250).format(locale), Money::fromOre(4500).format(locale)));
        QCOMPARE(dialog->previewText(1, 6), u"Changes: colour cleared (was %1)"_s.arg(honey.color));
        QCOMPARE(dialog->importButton()->text(), u"&Import 2 products"_s);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        Product jam;
        QVERIFY(m_gui.till().catalog().findByBarcode(u"7350000000200"_s, &jam));
        QCOMPARE(jam.name, u"Lingonsylt"_s);
        QCOMPARE(jam.price.ore(), 4500);
        QCOMPARE(jam.color, u"#b71c1c"_s);
        QCOMPARE(jam.vatClass, VatClass::Food);
        QVERIFY(m_gui.till().catalog().findByBarcode(u"7350000000019"_s, &honey)); // the barcode kept
        QCOMPARE(honey.color, QString());
        QCOMPARE(honey.price.ore(), 9500);
    }

    void aPastedTenMegabyteNameIsRefused()
    {
        const QList<Product> before = m_gui.till().catalog().products();
        m_gui.window()->activateWindow(); // back from the import dialogs
        QVERIFY(QTest::qWaitForWindowActive(m_gui.window()));
        QTest::keyClick(m_gui.window(), Qt::Key_N, Qt::ControlModifier);
        QLineEdit *name = view()->field(u"name"_s);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QApplication::clipboard()->setText(QString(10 * 1024 * 1024, u'x'));
        QTest::keySequence(name, QKeySequence::Paste);
        QVERIFY(name->text().size() > 80); // the paste is in the field: nothing is cut off unsaid
        type(u"price"_s, u"12"_s);
        QTest::mouseClick(view()->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(view()->errorOf(u"name"_s)->isVisible());
        const QString said = view()->errorOf(u"name"_s)->text();
        QVERIFY2(said.contains(u"at most 80 characters"_s), qPrintable(said));
        QVERIFY2(said.contains(QLocale().toString(name->text().size())), qPrintable(said));
        QCOMPARE(QApplication::focusWidget(), name);
        const QList<Product> after = m_gui.till().catalog().products();
        QCOMPARE(after.size(), before.size());
        for (const Product &p : after)
            QVERIFY(p.name.size() <= 80);
    }

    void aFileOf200000LinesIsReadWhileTheTillTurns()
    {
        const QString path = writeLongCatalog(u"long.csv"_s);
        const int before = int(m_gui.till().catalog().products().size());
        int ticksWhileReading = 0;
        QList<int> progressSeen;
        QTimer ticking;
        ticking.setInterval(10);
        CsvImportDialog *dialog = nullptr;
        connect(&ticking, &QTimer::timeout, this, [&] {
            if (!dialog)
                dialog = importOf(u"long.csv"_s);
            if (dialog && dialog->isReading()) {
                ++ticksWhileReading;
                if (progressSeen.isEmpty() || progressSeen.constLast() != dialog->progressBar()->value())
                    progressSeen.append(dialog->progressBar()->value());
            }
        });
        ticking.start();
        view()->importFile(path);
        QTRY_VERIFY((dialog = importOf(u"long.csv"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading() && dialog->previewRows() == kLongLines, 300000);
        // The event loop went on turning while the worker read: timers ran and the bar moved.
        QVERIFY2(ticksWhileReading >= 2, qPrintable(QString::number(ticksWhileReading)));
        QVERIFY2(progressSeen.size() >= 2, qPrintable(QString::number(progressSeen.size())));
        QCOMPARE(dialog->linesChecked(), kLongLines + 1); // with the header
        QCOMPARE(dialog->previewText(kLongLines - 1, 1), u"Vara %1"_s.arg(kLongLines));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!importOf(u"long.csv"_s));
        QCOMPARE(int(m_gui.till().catalog().products().size()), before);
    }

    void cancelStopsTheReadingAndChangesNothing()
    {
        const QString path = writeLongCatalog(u"cancelled.csv"_s);
        const QList<Product> before = m_gui.till().catalog().products();
        view()->importFile(path);
        CsvImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = importOf(u"cancelled.csv"_s)));
        QPointer<CsvImportDialog> alive(dialog);
        const auto checked = dialog->checkedCounter();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->linesChecked() > 0, 60000); // the worker is under way
        QVERIFY(dialog->isReading());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!alive); // closed; it waited for its worker to stop
        QVERIFY2(checked->load() < kLongLines, qPrintable(QString::number(checked->load()))); // stopped early
        QCOMPARE(m_gui.till().catalog().products().size(), before.size());
        QCOMPARE(m_gui.till().catalog().products().constLast().name, before.constLast().name);
    }

    void anUnreadableEncodingIsNamed()
    {
        const QString path = m_gui.path(u"utf16.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray utf16("\xFF\xFE", 2);
        const QString text = u"namn;pris\nRäksmörgås;45\n"_s;
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        file.write(utf16);
        file.close();
        view()->importFile(path);
        CsvImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = importOf(u"utf16.csv"_s)));
        QTRY_VERIFY(!dialog->isReading());
        QVERIFY2(dialog->summary()->text().contains(u"UTF-16"_s), qPrintable(dialog->summary()->text()));
        QVERIFY2(dialog->summary()->text().contains(u"CSV UTF-8"_s), qPrintable(dialog->summary()->text()));
        QCOMPARE(dialog->previewRows(), 0);
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->reject();
    }
};

QTEST_MAIN(TestCatalogView)
#include "tst_catalogview.moc"
