#include "clock/clock.h"
#include "guitill.h"
#include "history/dayreport.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "pdfreader.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "screenshot.h"
#include "settings/appsettings.h"
#include "summary/daysummaryview.h"
#include "till/till.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// Printing as the seller does it, in Swedish: a receipt saved as PDF from the sale detail (paid,
// and unpaid with its QR), a printer that is not there, and the day report saved and printed
// through the print dialog (driven as a person would: choose, accept).
class TestPrinting : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;
    qint64 m_paid = 0;
    qint64 m_unpaid = 0;

    // The file dialog chooses `path`; *suggested gets the file name the screen offered.
    void saveThroughDialog(QPushButton *button, const QString &path, QString *suggested)
    {
        const qsizetype asked = m_gui.dialogs().filesAsked().size();
        m_gui.dialogs().chooseFile(path);
        QTest::mouseClick(button, Qt::LeftButton);
        const auto &files = m_gui.dialogs().filesAsked();
        *suggested = files.size() > asked ? QFileInfo(files.last().suggested).fileName() : QString();
    }
    // A closed dialog hands activation back to the window only when a window manager does.
    bool activateMainWindow()
    {
        m_gui.window()->activateWindow();
        return QTest::qWaitForWindowActive(m_gui.window());
    }
    static QString sv(Money m) { return m.format(QLocale()).replace(QChar(0xa0), u' '); }
    static QString svPlain(Money m) { return m.formatPlain(QLocale()).replace(QChar(0xa0), u' '); }
    static QString squeeze(const QString &s) { return s.simplified(); }
    // With STALLPAY_SCREENSHOT_DIR set, the PDF's first page goes there as NAME.png (docs/screenshots).
    static void pdfScreenshot(const QString &pdf, const char *name)
    {
        const QString dir = qEnvironmentVariable("STALLPAY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            PdfReader::renderPng(pdf, QDir(dir).filePath(QString::fromLatin1(name) + u".png"_s), 150);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"sv"_s, &error), qPrintable(error));
        AppSettings &settings = m_gui.till().settings();
        LinkSupplier supplier;
        supplier.name = u"Bigårdens honung"_s;
        supplier.organizationNumber = u"556677-8899"_s;
        supplier.zip = u"271 39"_s;
        supplier.city = u"Ystad"_s;
        settings.setSupplier(supplier);
        settings.setVatNumber(u"SE556677889901"_s);
        settings.setSupplierStreet(u"Storgatan 1"_s);
        settings.sync();
        QVERIFY2(m_gui.connect(&error), qPrintable(error));

        Cart &cart = m_gui.till().cart();
        cart.addAmount(u"Ullvantar"_s, Money::fromOre(24900), VatClass::Standard);
        cart.addAmount(u"Honung 500 g"_s, Money::fromOre(8900), VatClass::Food);
        cart.setQuantity(1, 3);
        cart.addAmount(u"Bulle"_s, Money::fromOre(1000), VatClass::Food);
        m_paid = m_gui.till().sales().commands().commit(cart, &error);
        cart.startNew();
        QVERIFY2(m_paid, qPrintable(error));
        QVERIFY(m_gui.till().sales().commands().markPaidInCash(m_paid, &error));
        cart.addAmount(u"Keramikmugg"_s, Money::fromOre(18000), VatClass::Standard);
        m_unpaid = m_gui.till().sales().commands().commit(cart, &error);
        cart.startNew();
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(m_unpaid).state == SaleState::LinkReady, 15000);
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
    }

    void receiptSavedAsPdfFromTheSaleDetail()
    {
        QTest::keyClick(m_gui.window(), Qt::Key_F2);
        SaleDetailView *detail = m_gui.window()->salesView()->detail();
        detail->showSale(m_paid);
        QTRY_VERIFY(detail->savePdfButton()->isVisible());
        QCOMPARE(detail->savePdfButton()->text(), u"Spara kvitto som P&DF…"_s);

        const QString path = m_gui.path(u"kvitton/kvitto-ett.pdf"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QString suggested;
        saveThroughDialog(detail->savePdfButton(), path, &suggested);
        QCOMPARE(suggested, u"Kvitto %1.pdf"_s.arg(m_gui.sale(m_paid).number));
        QTRY_VERIFY(QFileInfo::exists(path));
        QCOMPARE(detail->printStatusLabel()->text(), u"Sparade %1."_s.arg(QDir::toNativeSeparators(path)));

        const Sale sale = m_gui.sale(m_paid);
        const QString text = squeeze(PdfReader::layoutText(path));
        QVERIFY2(text.contains(u"Kvitto %1"_s.arg(sale.number)), qPrintable(text));
        QVERIFY(text.contains(u"Org.nr 556677-8899"_s));
        QVERIFY(text.contains(u"Momsreg.nr SE556677889901"_s));
        QVERIFY(text.contains(u"1 × Ullvantar 249,00"_s));
        QVERIFY(text.contains(u"3 × Honung 500 g 267,00"_s));
        QVERIFY(text.contains(u"à 89,00"_s));
        QVERIFY(text.contains(u"Totalt "_s + sv(sale.total)));
        const VatBreakdown breakdown = sale.breakdown();
        for (const VatGroup &g : breakdown.groups()) {
            const QString row = u"%1 %2 %3 %4"_s.arg(QLocale().toString(g.basisPoints / 100.0) + u" %"_s,
                                                     svPlain(g.net()), svPlain(g.vat), svPlain(g.gross));
            QVERIFY2(text.contains(row) || text.contains(QString(row).replace(u" %"_s, u"%"_s)), qPrintable(row));
        }
        QVERIFY(text.contains(u"Betalt kontant"_s));
        QVERIFY(text.contains(u"Tack för ditt köp!"_s));
        // The 80 mm roll of the default settings.
        QVERIFY(qAbs(PdfReader::pages(path).first().width - 80 * PdfReader::pointsPerMm) < 0.5);
        pdfScreenshot(path, "receipt-sv");
        screenshot(m_gui.window(), "sale-detail-printed-sv");
    }

    void unpaidReceiptCarriesTheLinkAsQr()
    {
        m_gui.till().settings().setReceiptPaperWidthMm(58);
        SaleDetailView *detail = m_gui.window()->salesView()->detail();
        detail->showSale(m_unpaid);
        QTRY_VERIFY(detail->savePdfButton()->isVisible());
        const QString path = m_gui.path(u"kvitton/obetalt.pdf"_s);
        QString suggested;
        saveThroughDialog(detail->savePdfButton(), path, &suggested);
        QTRY_VERIFY(QFileInfo::exists(path));
        const Sale sale = m_gui.sale(m_unpaid);
        QCOMPARE(suggested, u"Kvitto %1.pdf"_s.arg(sale.number));
        QVERIFY(qAbs(PdfReader::pages(path).first().width - 58 * PdfReader::pointsPerMm) < 0.5);
        QVERIFY(squeeze(PdfReader::layoutText(path)).contains(u"Inte betalt än"_s));
        const QString png = m_gui.path(u"obetalt.png"_s);
        QCOMPARE(PdfReader::renderPng(path, png, 300), QString());
        QCOMPARE(PdfReader::decodeQr(png), sale.checkoutUrl);
        pdfScreenshot(path, "receipt-unpaid-58mm-sv");
        m_gui.till().settings().setReceiptPaperWidthMm(80);
    }

    void aPrinterThatIsNotThereIsSaidInWords()
    {
        QVERIFY(activateMainWindow());
        m_gui.till().settings().setReceiptPrinter(u"Kassa TM-T20"_s);
        SaleDetailView *detail = m_gui.window()->salesView()->detail();
        detail->showSale(m_paid);
        QTRY_VERIFY(detail->printButton()->isVisible());
        QTest::keyClick(m_gui.window(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY2(detail->printStatusLabel()->text().startsWith(u"Skrivaren Kassa TM-T20 är inte tillgänglig"_s),
                 qPrintable(detail->printStatusLabel()->text()));
        QVERIFY(detail->printStatusLabel()->styleSheet().contains(u"#c62828"_s));
        m_gui.till().settings().setReceiptPrinter(QString());
    }

    void dayReportSavedAsPdf()
    {
        QVERIFY(activateMainWindow());
        QTest::keyClick(m_gui.window(), Qt::Key_F4);
        DaySummaryView *view = m_gui.window()->daySummaryView();
        QTRY_VERIFY(view->isVisible());
        const QDate day = view->dayField()->date();
        const QString path = m_gui.path(u"rapporter/dag.pdf"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QString suggested;
        saveThroughDialog(view->savePdfButton(), path, &suggested);
        QCOMPARE(suggested, u"Dagsrapport %1.pdf"_s.arg(day.toString(Qt::ISODate)));
        QTRY_VERIFY(QFileInfo::exists(path));
        QCOMPARE(view->messageLabel()->text(), u"Sparade %1."_s.arg(QDir::toNativeSeparators(path)));
        // The next save starts in the folder of this one.
        QCOMPARE(m_gui.till().settings().uiState(u"pdf_folder"_s).toString(), QFileInfo(path).absolutePath());

        const DayReport report = DayReports::build(m_gui.till().database(), day);
        const QString text = squeeze(PdfReader::layoutText(path));
        QVERIFY2(text.contains(u"Dagsrapport"_s), qPrintable(text));
        QVERIFY(text.contains(u"Betalda köp 1"_s));
        QVERIFY(text.contains(u"Försäljning inkl. moms "_s + sv(report.gross)));
        QVERIFY(text.contains(u"varav moms "_s + sv(report.vatTotal())));
        QVERIFY(text.contains(u"Kontant 1 "_s + svPlain(report.gross)));
        QVERIFY(text.contains(u"Öppna köp, ännu obetalda 1"_s));
        QVERIFY(text.contains(u"Obetalt belopp "_s + sv(m_gui.sale(m_unpaid).total)));
        QCOMPARE(report.vat.size(), 2);
        for (const VatGroup &g : report.vat)
            QVERIFY(text.contains(svPlain(g.net()) + u' ' + svPlain(g.vat) + u' ' + svPlain(g.gross)));
        QVERIFY(qAbs(PdfReader::pages(path).first().height - 297 * PdfReader::pointsPerMm) < 0.5);
        pdfScreenshot(path, "day-report-sv");
        screenshot(m_gui.window(), "day-summary-printed-sv");
    }

    void dayReportPrintedThroughThePrintDialog()
    {
        QVERIFY(activateMainWindow());
        // "Ask each time": the print dialog; with no printer installed it prints to a PDF file.
        QVERIFY(m_gui.till().settings().documentPrinter().isEmpty());
        DaySummaryView *view = m_gui.window()->daySummaryView();
        const QString path = m_gui.path(u"rapporter/utskrift.pdf"_s);
        QString dialogSeen;
        whenDialogOpens<QPrintDialog>([path, &dialogSeen](QPrintDialog *dialog) {
            dialogSeen = dialog->objectName();
            auto *printers = dialog->findChild<QComboBox *>(u"printers"_s);
            auto *file = dialog->findChild<QLineEdit *>(u"filename"_s);
            if (!printers || !file) {
                dialog->reject();
                return;
            }
            printers->setCurrentIndex(printers->count() - 1); // "Print to File (PDF)" comes last
            file->setText(path);
            dialog->accept();
        });
        QTest::keyClick(m_gui.window(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(dialogSeen, u"printDialog"_s);
        QTRY_VERIFY(QFileInfo::exists(path));
        QCOMPARE(view->messageLabel()->text(), u"Sparade %1."_s.arg(QDir::toNativeSeparators(path)));
        const QString text = squeeze(PdfReader::layoutText(path));
        QVERIFY2(text.contains(u"Dagsrapport"_s), qPrintable(text));
        QVERIFY(text.contains(u"Betalda köp 1"_s));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
