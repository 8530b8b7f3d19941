#include "guitill.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "sell/sellview.h"
#include "till/till.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// What the seller is told about the till as a whole, on the demo sandbox: a request that hangs is
// "not connected" within seconds; an earlier sale paid meanwhile is noticed; the sale on the pay
// screen comes back after a restart; closing with actions still waiting asks first.
class TestTillStatus : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;

    qint64 charge()
    {
        m_gui.window()->showSell();
        QTest::mouseClick(m_gui.window()->sellView()->quickKey(u"Keramikmugg"_s), Qt::LeftButton);
        QTest::mouseClick(m_gui.window()->sellView()->chargeButton(), Qt::LeftButton);
        return m_gui.window()->paymentView()->saleId();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.start(u"en"_s, &error), qPrintable(error));
    }

    void aHangingRequestIsNotConnected()
    {
        QCOMPARE(m_gui.window()->connectionLabel()->text(), u"Online"_s);
        QCOMPARE(m_gui.admin(
                     "POST", u"/_sandbox/faults"_s,
                     R"({"endpoint":"POST /payment_links/api/v1/payment_links","kind":"latency","ms":6000,"count":1})"),
                 200);
        const qint64 id = charge();
        // Told within seconds, long before the request's own timeout (15 s).
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.window()->connectionLabel()->text().startsWith(u"Not connected"_s),
                                 MainWindow::kHangingMs + 2000);
        QVERIFY(m_gui.sale(id).paymentLinkId.isEmpty()); // its link request hangs
        QVERIFY(m_gui.sale(id).state != SaleState::LinkReady);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(id).state == SaleState::LinkReady, 20000);
        QTRY_COMPARE(m_gui.window()->connectionLabel()->text(), u"Online"_s);
    }

    void anEarlierSalePaidLaterIsNoticed()
    {
        const qint64 earlier = charge();
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(earlier).state == SaleState::LinkReady, 15000);
        m_gui.window()->showSell(); // the seller goes on with the next customer
        QVERIFY(!m_gui.window()->paidNotice()->isVisible());
        QCOMPARE(m_gui.admin("POST", u"/_sandbox/payment_links/%1/pay"_s.arg(m_gui.sale(earlier).paymentLinkId)), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.window()->paidNotice()->isVisible(), 20000);
        QVERIFY2(m_gui.window()->paidNotice()->text().contains(u"Sale %1 was paid"_s.arg(m_gui.sale(earlier).number)),
                 qPrintable(m_gui.window()->paidNotice()->text()));
        QCOMPARE(m_gui.window()->currentScreen(), MainWindow::Sell); // not interrupted
        QTest::mouseClick(m_gui.window()->paidNotice(), Qt::LeftButton);
        QCOMPARE(m_gui.window()->currentScreen(), MainWindow::Sales);
        QCOMPARE(m_gui.window()->salesView()->detail()->saleId(), earlier);
        QVERIFY(!m_gui.window()->paidNotice()->isVisible());
    }

    void theSaleOnThePayScreenComesBackAfterARestart()
    {
        // The payment service refuses for now: the sale waits, on the pay screen.
        QCOMPARE(
            m_gui.admin(
                "POST", u"/_sandbox/faults"_s,
                R"({"endpoint":"POST /payments/api/v1/payment_orders","kind":"status","status":503,"count":1000})"),
            200);
        // And its link (a sale on the payment order made ahead asks only for that).
        QCOMPARE(
            m_gui.admin(
                "POST", u"/_sandbox/faults"_s,
                R"({"endpoint":"POST /payment_links/api/v1/payment_links","kind":"status","status":503,"count":1000})"),
            200);
        const qint64 id = charge();
        QCOMPARE(m_gui.window()->currentScreen(), MainWindow::Payment);
        m_gui.closeWindow(); // Stallpay closes (the layout is saved) …
        QString error;
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error)); // … and starts again
        QCOMPARE(m_gui.window()->currentScreen(), MainWindow::Payment);
        QCOMPARE(m_gui.window()->paymentView()->saleId(), id);
    }

    void closingWithActionsWaitingAsksFirst()
    {
        QVERIFY(m_gui.till().sales().queries().pendingActionCount() > 0);
        AnsweringDialogs &dialogs = m_gui.dialogs();
        QVERIFY(!m_gui.window()->close());
        QTRY_COMPARE(dialogs.waitingQuestions(), 1);
        const Dialogs::Question question = dialogs.questionsAsked().constLast();
        QCOMPARE(question.objectName, u"closeQuestion"_s);
        QVERIFY2(question.text.contains(u"not done yet"_s), qPrintable(question.text));
        QCOMPARE(question.no, u"&Keep Stallpay open"_s);
        QCOMPARE(question.yes, u"&Close anyway"_s);
        dialogs.answer(false); // keep it open
        QTRY_COMPARE(dialogs.waitingQuestions(), 0);
        QVERIFY(m_gui.window()->isVisible());
        QVERIFY(!m_gui.window()->close());
        QTRY_COMPARE(dialogs.waitingQuestions(), 1);
        dialogs.answer(true); // close anyway
        QTRY_VERIFY(!m_gui.window()->isVisible());
        QVERIFY(m_gui.till().sales().queries().pendingActionCount() > 0); // kept for the next start
        QCOMPARE(m_gui.admin("DELETE", u"/_sandbox/faults"_s), 204);
    }
};

QTEST_MAIN(TestTillStatus)
#include "tst_tillstatus.moc"
