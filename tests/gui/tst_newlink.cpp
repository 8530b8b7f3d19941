#include "customer/customerscreen.h"
#include "guitill.h"
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
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// A payer's declined payment as the seller meets it: the sale's detail says so in words, and
// "New link" (pressed twice) cancels the link and shows a new QR code. The real main window, the
// demo till's embedded sandbox (whose admin API plays the payer) and SQLite.
class TestNewLink : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error, GuiTill::FastSync), qPrintable(error));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
        QVERIFY2(m_gui.connect(&error), qPrintable(error));
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
        m_gui.till().cart().addAmount(u"Fri summa"_s, Money::fromOre(4500), VatClass::Standard);
        QString error;
        const qint64 id = m_gui.till().sales().commands().commit(m_gui.till().cart(), &error);
        m_gui.till().cart().startNew();
        QVERIFY2(id, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_gui.sale(id).state, SaleState::LinkReady, 15000);
        QCOMPARE(m_gui.payer(m_gui.sale(id).paymentLinkId, action), 200);
        QTest::keyClick(m_gui.window(), Qt::Key_F2);
        m_gui.window()->salesView()->showSale(id);
        SaleDetailView *detail = m_gui.window()->salesView()->detail();
        QTRY_COMPARE_WITH_TIMEOUT(PaymentStatuses::token(m_gui.sale(id).lastPaymentStatus), status, 15000);
        QCOMPARE(m_gui.sale(id).state, SaleState::LinkReady); // the link stays payable
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
        QVERIFY(m_gui.till().sales().commands().cancel(id, &cancelError));
    }

    void declinedPaymentThenNewLinkFromTheSaleDetail()
    {
        CustomerScreen customer(m_gui.till(), m_gui.window()->saleOnScreen());
        customer.show();
        m_gui.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_gui.window()));
        m_gui.till().cart().addAmount(u"Fri summa"_s, Money::fromOre(4500), VatClass::Standard);
        QString error;
        const qint64 id = m_gui.till().sales().commands().commit(m_gui.till().cart(), &error);
        m_gui.till().cart().startNew();
        QVERIFY2(id, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_gui.sale(id).state, SaleState::LinkReady, 15000);
        const Sale before = m_gui.sale(id);

        // The payer's bank says no.
        QCOMPARE(m_gui.payer(before.paymentLinkId, u"decline"_s), 200);

        // The seller opens the sale: the detail says what happened, and offers a new link.
        QTest::keyClick(m_gui.window(), Qt::Key_F2);
        SalesView *sales = m_gui.window()->salesView();
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
        screenshot(m_gui.window(), "sale-declined-en");

        // The payer's screen and the seller's payment view say it too.
        QTest::mouseClick(detail->showQrButton(), Qt::LeftButton);
        PaymentView *payment = m_gui.window()->paymentView();
        QVERIFY(payment->isVisible());
        QVERIFY2(payment->hintLabel()->text().contains(u"declined"_s), qPrintable(payment->hintLabel()->text()));
        QVERIFY(payment->newLinkButton()->isVisible());
        QTRY_COMPARE(customer.headline(), u"Payment declined — try again"_s);

        // New link: the first press (Alt+W) asks, the second acts.
        QTest::keyClick(m_gui.window(), Qt::Key_F2);
        QVERIFY(detail->isVisible());
        QTest::keyClick(m_gui.window(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(newLink->text().contains(u"again"_s)); // a shortcut clicks after a short animation
        QCOMPARE(newLink->shortcut(), QKeySequence(u"Alt+W"_s)); // still the key for the second press
        QCOMPARE(m_gui.sale(id).state, SaleState::LinkReady);
        QTest::mouseClick(newLink, Qt::LeftButton);
        QCOMPARE(m_gui.sale(id).state, SaleState::OrderCreated);
        QVERIFY(!newLink->isEnabled());
        QVERIFY(!detail->paymentProblemLabel()->isVisible());
        QVERIFY(detail->statusLabel()->text().contains(u"Creating payment link"_s));

        // The engine cancels the old link and makes the new one; the QR code shows the new link.
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(id).state == SaleState::LinkReady, 15000);
        const Sale after = m_gui.sale(id);
        QVERIFY(after.paymentLinkId != before.paymentLinkId);
        QVERIFY(after.checkoutUrl != before.checkoutUrl);
        QTRY_VERIFY(detail->showQrButton()->isEnabled());
        QVERIFY(!detail->paymentProblemLabel()->isVisible());
        QTest::mouseClick(detail->showQrButton(), Qt::LeftButton);
        QCOMPARE(payment->qrWidget()->text(), after.checkoutUrl);
        QCOMPARE(m_gui.decodeQr(payment->qrWidget(), u"qr.png"_s), after.checkoutUrl);
        QVERIFY(!payment->newLinkButton()->isVisible());
        QTRY_COMPARE(customer.headline(), u"Scan to pay with Swish or card"_s);
        QCOMPARE(customer.qrWidget()->text(), after.checkoutUrl);

        // And the payer pays the new link.
        QCOMPARE(m_gui.payer(after.paymentLinkId, u"pay"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment->statusLabel()->text(), u"Paid"_s, 15000);
        QCOMPARE(m_gui.payer(before.paymentLinkId, u"pay"_s), 403); // the old link is cancelled
    }
};

QTEST_MAIN(TestNewLink)
#include "tst_newlink.moc"
