#include "clock/clock.h"
#include "history/dayreport.h"
#include "httpclient.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "ping/pingclient.h"
#include "print/dayreportrenderer.h"
#include "print/stalldetails.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/refunddialog.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "settings/appsettings.h"
#include "summary/daysummaryview.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// A refund as the seller makes it, in Swedish, against the built-in sandbox: a sale paid with
// Swish is refunded from the sale detail (reason, confirmation), its return receipt saved as a PDF
// and read back to the öre, and the day summary shows the return apart from the sales.
class TestRefund : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Till> m_till;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_sale = 0;

    Sale load(qint64 id) const
    {
        Sale sale;
        m_till->sales().queries().load(id, &sale);
        return sale;
    }
    // Swedish writes a minus as U+2212 and a no-break space before "kr"; compare in plain ASCII.
    static QString plain(QString s) { return s.replace(QChar(0xa0), u' ').replace(QChar(0x2212), u'-'); }
    static QString sv(Money m) { return plain(m.format(QLocale())); }
    static QString svPlain(Money m) { return plain(m.formatPlain(QLocale())); }

private slots:
    void initTestCase()
    {
        Language::apply(u"sv"_s);
        m_till = std::make_unique<Till>();
        Till::Options options;
        options.dataDir = m_dir.filePath(u"data"_s);
        QString error;
        QVERIFY2(m_till->open(options, &error), qPrintable(error));
        QSignalSpy ready(m_till.get(), &Till::apiReady);
        m_till->connectApi();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        Cart &cart = m_till->cart();
        cart.addAmount(u"Ullvantar"_s, Money::fromOre(24900), VatClass::Standard);
        cart.addAmount(u"Honung 500 g"_s, Money::fromOre(8950), VatClass::Food);
        cart.setQuantity(1, 3);
        m_sale = m_till->sales().commands().commit(cart, &error);
        cart.startNew();
        QVERIFY2(m_sale, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(load(m_sale).state == SaleState::LinkReady, 15000);
        // The customer pays with Swish (the sandbox's admin API plays the payer).
        QUrl pay = m_till->client().config().paymentsBase;
        pay.setPath(u"/_sandbox/payment_links/%1/pay"_s.arg(load(m_sale).paymentLinkId));
        QCOMPARE(httpRequest("POST", pay, "{}", {{"Content-Type", "application/json"}}).status, 200);
        m_till->sync().pollSale(m_sale);
        QTRY_VERIFY_WITH_TIMEOUT(load(m_sale).state == SaleState::Paid && load(m_sale).orderClosed, 15000);
        QCOMPARE(load(m_sale).paymentMethod, u"swish"_s);

        m_window = std::make_unique<MainWindow>(*m_till);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void refundFromTheSaleDetail()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        SaleDetailView *detail = m_window->salesView()->detail();
        detail->showSale(m_sale);
        QTRY_VERIFY(detail->refundButton()->isVisible());
        QVERIFY(!detail->cancelButton()->isVisible());
        QTest::mouseClick(detail->refundButton(), Qt::LeftButton);
        RefundDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = detail->findChild<RefundDialog *>()) && dialog->isVisible());
        // Nothing happens until the seller confirms.
        QCOMPARE(load(m_sale).state, SaleState::Paid);
        dialog->reasonChoice()->setCurrentIndex(0);
        QCOMPARE(dialog->reason(), u"requested_by_customer"_s);
        dialog->noteField()->setText(u"Fel storlek"_s);
        QVERIFY(plain(dialog->refundButton()->text()).contains(sv(load(m_sale).total)));
        QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(load(m_sale).state, SaleState::Refunded, 15000);
        QTRY_VERIFY(detail->savePdfButton()->text().contains(u"retur"_s));
        QVERIFY(!detail->refundButton()->isVisible());
        bool onTimeline = false;
        for (const SaleEvent &e : m_till->sales().queries().timeline(m_sale))
            onTimeline = onTimeline || e.detail.contains(u"refund"_s);
        QVERIFY(onTimeline);
    }

    void returnReceiptToTheOre()
    {
        SaleDetailView *detail = m_window->salesView()->detail();
        const QString path = m_dir.filePath(u"retur.pdf"_s);
        auto attempts = std::make_shared<int>(0);
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [path, attempts, poll] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (files && !files->isActiveWindow())
                files->activateWindow();
            if (files && files->isActiveWindow()) {
                auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
                name->setFocus();
                name->selectAll();
                QTest::keyClicks(name, path);
                QTest::keyClick(files->windowHandle(), Qt::Key_Return);
                return;
            }
            if (++*attempts < 200)
                QTimer::singleShot(50, *poll);
        };
        QTimer::singleShot(0, *poll);
        QTest::mouseClick(detail->savePdfButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 10000);

        const Sale sale = load(m_sale);
        QVERIFY(sale.refundNumber > sale.number);
        const QString text = plain(PdfReader::layoutText(path)).simplified();
        QVERIFY2(text.contains(u"Retur %1"_s.arg(sale.refundNumber)), qPrintable(text));
        QVERIFY2(text.contains(u"kvitto %1"_s.arg(sale.number)), qPrintable(text));
        QVERIFY2(text.contains(u"-1 × Ullvantar -249,00"_s), qPrintable(text));
        QVERIFY2(text.contains(u"-3 × Honung 500 g -268,50"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Totalt "_s + sv(-sale.total)), qPrintable(text)); // -517,50 kr
        QCOMPARE(sale.total.ore(), 24900 + 3 * 8950);
        const VatBreakdown breakdown = sale.breakdown();
        for (const VatGroup &g : breakdown.groups()) {
            const QString row = u"%1 %2 %3 %4"_s.arg(QLocale().toString(g.basisPoints / 100.0) + u" %"_s,
                                                     svPlain(-g.net()), svPlain(-g.vat), svPlain(-g.gross));
            QVERIFY2(text.contains(row) || text.contains(QString(row).replace(u" %"_s, u"%"_s)), qPrintable(row));
        }
        QVERIFY2(text.contains(u"Återbetalt till Swish"_s), qPrintable(text));
        QVERIFY(text.contains(u"Fel storlek"_s));
    }

    void daySummaryShowsTheReturnApart()
    {
        DaySummaryView *summary = m_window->daySummaryView();
        summary->refresh();
        const Sale sale = load(m_sale);
        QVERIFY(summary->returnsLabel()->isVisibleTo(summary));
        QVERIFY2(plain(summary->returnsLabel()->text()).contains(sv(-sale.total)),
                 qPrintable(summary->returnsLabel()->text()));
        QCOMPARE(summary->returnMethodTable()->rowCount(), 1);
        QCOMPARE(plain(summary->returnMethodTable()->item(0, 2)->text()), sv(-sale.total));
        QCOMPARE(summary->returnVatTable()->rowCount(), int(sale.breakdown().groups().size()));
        // The sale itself still counts among the day's sales.
        QVERIFY(plain(summary->headline()->text()).contains(sv(sale.total)));

        // The printed day report has the returns too, apart and negative, to the öre.
        const DayReport report = DayReports::build(m_till->database(), m_till->clock().today());
        const QString pdf = m_dir.filePath(u"dag.pdf"_s);
        QString error;
        QVERIFY2(DayReportRenderer(report, StallDetails::fromSettings(m_till->settings()),
                                   QDateTime::currentDateTimeUtc(), Paper::a4())
                     .saveAsPdf(pdf, &error),
                 qPrintable(error));
        const QString text = plain(PdfReader::layoutText(pdf)).simplified();
        QVERIFY2(text.contains(u"Returer 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Återbetalt inkl. moms "_s + sv(-sale.total)), qPrintable(text));
        QVERIFY2(text.contains(u"Swish 1 "_s + svPlain(-sale.total)), qPrintable(text));
    }
};

QTEST_MAIN(TestRefund)
#include "tst_refund.moc"
