#include "customer/customerscreen.h"
#include "httpclient.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "payment/qrwidget.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "screenshot.h"
#include "till/till.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
QString decodeQr(QWidget *qr, const QString &path)
{
    if (!qr->grab().toImage().save(path))
        return u"<cannot save %1>"_s.arg(path);
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, path});
    if (!zbar.waitForFinished(20000))
        return u"<zbarimg did not finish>"_s;
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}
} // namespace

// A payer's declined payment as the seller meets it: the sale's detail says so in words, and
// "New link" (pressed twice) cancels the link and shows a new QR code. The real main window, the
// demo till's embedded sandbox (whose admin API plays the payer) and SQLite.
class TestNewLink : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Till> m_till;
    std::unique_ptr<MainWindow> m_window;

    Sale sale(qint64 id)
    {
        Sale s;
        m_till->sales().queries().load(id, &s);
        return s;
    }
    int payer(const QString &linkId, const char *outcome)
    {
        QUrl url = m_till->sandboxUrl();
        url.setPath(u"/_sandbox/payment_links/%1/%2"_s.arg(linkId, QString::fromLatin1(outcome)));
        return httpRequest("POST", url, "{}", {{"Content-Type", "application/json"}}).status;
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_till = std::make_unique<Till>();
        Till::Options options;
        options.dataDir = m_dir.path();
        options.syncTimings = SyncTimings::fast();
        QString error;
        QVERIFY2(m_till->open(options, &error), qPrintable(error));
        QVERIFY(m_till->isDemo());
        QSignalSpy ready(m_till.get(), &Till::apiReady);
        m_window = std::make_unique<MainWindow>(*m_till);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_till->connectApi();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
    }

    void paymentStatusesOfTheRevisionReachTheSaleInWords_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("timeline");
        QTest::addColumn<QString>("problem"); // empty: no failed attempt
        QTest::newRow("stopped") << u"stop"_s << u"STOPPED"_s << u"stopped"_s << u"stopped; no money"_s;
        QTest::newRow("underfunded") << u"underfund"_s << u"UNDERFUNDED"_s << u"too little paid"_s
                                     << u"paid too little"_s;
        QTest::newRow("overfunded") << u"overfund"_s << u"OVERFUNDED"_s << u"too much paid"_s << u"paid too much"_s;
        QTest::newRow("funded") << u"fund"_s << u"FUNDED"_s << u"money arrived, being checked"_s << QString();
    }

    void paymentStatusesOfTheRevisionReachTheSaleInWords()
    {
        QFETCH(QString, action);
        QFETCH(QString, status);
        QFETCH(QString, timeline);
        QFETCH(QString, problem);
        m_till->cart().addAmount(u"Fri summa"_s, Money::fromOre(4500), VatClass::Standard);
        QString error;
        const qint64 id = m_till->sales().commands().commit(m_till->cart(), &error);
        m_till->cart().startNew();
        QVERIFY2(id, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).state, SaleState::LinkReady, 15000);
        QCOMPARE(payer(sale(id).paymentLinkId, action.toLatin1().constData()), 200);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        m_window->salesView()->showSale(id);
        SaleDetailView *detail = m_window->salesView()->detail();
        QTRY_COMPARE_WITH_TIMEOUT(PaymentStatuses::token(sale(id).lastPaymentStatus), status, 15000);
        QCOMPARE(sale(id).state, SaleState::LinkReady); // the link stays payable
        QTRY_VERIFY([&] {
            for (int i = 0; i < detail->timelineView()->topLevelItemCount(); ++i) {
                if (detail->timelineView()->topLevelItem(i)->text(1).contains(u"A payment attempt: "_s + timeline))
                    return true;
            }
            return false;
        }());
        QCOMPARE(detail->paymentProblemLabel()->isVisible(), !problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(detail->paymentProblemLabel()->text().contains(problem),
                     qPrintable(detail->paymentProblemLabel()->text()));
        QString cancelError;
        QVERIFY(m_till->sales().commands().cancel(id, &cancelError));
    }

    void declinedPaymentThenNewLinkFromTheSaleDetail()
    {
        CustomerScreen customer(*m_till);
        customer.show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_till->cart().addAmount(u"Fri summa"_s, Money::fromOre(4500), VatClass::Standard);
        QString error;
        const qint64 id = m_till->sales().commands().commit(m_till->cart(), &error);
        m_till->cart().startNew();
        QVERIFY2(id, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).state, SaleState::LinkReady, 15000);
        const Sale before = sale(id);

        // The payer's bank says no.
        QCOMPARE(payer(before.paymentLinkId, "decline"), 200);

        // The seller opens the sale: the detail says what happened, and offers a new link.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        SalesView *sales = m_window->salesView();
        QVERIFY(sales->isVisible());
        sales->showSale(id);
        SaleDetailView *detail = sales->detail();
        QTRY_VERIFY_WITH_TIMEOUT(detail->paymentProblemLabel()->isVisible(), 15000);
        QVERIFY2(detail->paymentProblemLabel()->text().contains(u"The payment was declined."_s),
                 qPrintable(detail->paymentProblemLabel()->text()));
        QVERIFY(detail->paymentProblemLabel()->text().contains(u"new link"_s));
        QVERIFY(detail->statusLabel()->text().contains(u"Waiting for payment"_s));
        QPushButton *newLink = detail->newLinkButton();
        QVERIFY(newLink->isEnabled());
        QVERIFY(newLink->toolTip().contains(u"Alt+W"_s));
        QCOMPARE(newLink->shortcut(), QKeySequence(u"Alt+W"_s));
        bool onTimeline = false;
        for (int i = 0; i < detail->timelineView()->topLevelItemCount(); ++i)
            onTimeline = onTimeline
                || detail->timelineView()->topLevelItem(i)->text(1).contains(u"A payment attempt: declined"_s);
        QVERIFY(onTimeline);
        screenshot(m_window.get(), "sale-declined-en");

        // The payer's screen and the seller's payment view say it too.
        QTest::mouseClick(detail->showQrButton(), Qt::LeftButton);
        PaymentView *payment = m_window->paymentView();
        QVERIFY(payment->isVisible());
        QVERIFY2(payment->hintLabel()->text().contains(u"declined"_s), qPrintable(payment->hintLabel()->text()));
        QVERIFY(payment->newLinkButton()->isVisible());
        QTRY_COMPARE(customer.headline(), u"Payment declined — try again"_s);

        // New link: the first press (Alt+W) asks, the second acts.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QVERIFY(detail->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(newLink->text().contains(u"again"_s)); // a shortcut clicks after a short animation
        QCOMPARE(newLink->shortcut(), QKeySequence(u"Alt+W"_s)); // still the key for the second press
        QCOMPARE(sale(id).state, SaleState::LinkReady);
        QTest::mouseClick(newLink, Qt::LeftButton);
        QCOMPARE(sale(id).state, SaleState::OrderCreated);
        QVERIFY(!newLink->isEnabled());
        QVERIFY(!detail->paymentProblemLabel()->isVisible());
        QVERIFY(detail->statusLabel()->text().contains(u"Creating payment link"_s));

        // The engine cancels the old link and makes the new one; the QR code shows the new link.
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::LinkReady, 15000);
        const Sale after = sale(id);
        QVERIFY(after.paymentLinkId != before.paymentLinkId);
        QVERIFY(after.checkoutUrl != before.checkoutUrl);
        QTRY_VERIFY(detail->showQrButton()->isEnabled());
        QVERIFY(!detail->paymentProblemLabel()->isVisible());
        QTest::mouseClick(detail->showQrButton(), Qt::LeftButton);
        QCOMPARE(payment->qrWidget()->text(), after.checkoutUrl);
        QCOMPARE(decodeQr(payment->qrWidget(), m_dir.filePath(u"qr.png"_s)), after.checkoutUrl);
        QVERIFY(!payment->newLinkButton()->isVisible());
        QTRY_COMPARE(customer.headline(), u"Scan to pay with Swish or card"_s);
        QCOMPARE(customer.qrWidget()->text(), after.checkoutUrl);

        // And the payer pays the new link.
        QCOMPARE(payer(after.paymentLinkId, "pay"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment->statusLabel()->text(), u"Paid"_s, 15000);
        QCOMPARE(payer(before.paymentLinkId, "pay"), 403); // the old link is cancelled
    }
};

QTEST_MAIN(TestNewLink)
#include "tst_newlink.moc"
