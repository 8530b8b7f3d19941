#include "httpclient.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "sell/sellview.h"
#include "till/till.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What the seller is told about the till as a whole, on the demo sandbox: a request that hangs is
// "not connected" within seconds; an earlier sale paid meanwhile is noticed; the sale on the pay
// screen comes back after a restart; closing with actions still waiting asks first.
class TestTillStatus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Till m_till;
    std::unique_ptr<MainWindow> m_window;

    Sale sale(qint64 id)
    {
        Sale s;
        m_till.sales().queries().load(id, &s);
        return s;
    }
    int admin(QByteArrayView verb, const QString &path, const QByteArray &body = {})
    {
        QUrl url = m_till.sandboxUrl();
        url.setPath(path);
        return httpRequest(verb, url, body, {{"Content-Type", "application/json"}}).status;
    }
    qint64 charge()
    {
        m_window->showSell();
        QTest::mouseClick(m_window->sellView()->quickKey(u"Keramikmugg"_s), Qt::LeftButton);
        QTest::mouseClick(m_window->sellView()->chargeButton(), Qt::LeftButton);
        return m_window->paymentView()->saleId();
    }
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_till);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        Till::Options options;
        options.dataDir = m_dir.path();
        QString error;
        QVERIFY2(m_till.open(options, &error), qPrintable(error));
        QSignalSpy ready(&m_till, &Till::apiReady);
        openWindow();
        m_till.connectApi();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
    }

    void aHangingRequestIsNotConnected()
    {
        QCOMPARE(m_window->connectionLabel()->text(), u"Online"_s);
        QCOMPARE(admin("POST", u"/_sandbox/faults"_s,
                       R"({"endpoint":"POST /payments/api/v1/payment_orders","kind":"latency","ms":6000,"count":1})"),
                 200);
        const qint64 id = charge();
        // Told within seconds, long before the request's own timeout (15 s).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().startsWith(u"Not connected"_s),
                                 MainWindow::kHangingMs + 2000);
        QCOMPARE(sale(id).state, SaleState::Committed);
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::LinkReady, 20000);
        QTRY_COMPARE(m_window->connectionLabel()->text(), u"Online"_s);
    }

    void anEarlierSalePaidLaterIsNoticed()
    {
        const qint64 earlier = charge();
        QTRY_VERIFY_WITH_TIMEOUT(sale(earlier).state == SaleState::LinkReady, 15000);
        m_window->showSell(); // the seller goes on with the next customer
        QVERIFY(!m_window->paidNotice()->isVisible());
        QCOMPARE(admin("POST", u"/_sandbox/payment_links/%1/pay"_s.arg(sale(earlier).paymentLinkId)), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->paidNotice()->isVisible(), 20000);
        QVERIFY2(m_window->paidNotice()->text().contains(u"Sale %1 was paid"_s.arg(sale(earlier).number)),
                 qPrintable(m_window->paidNotice()->text()));
        QCOMPARE(m_window->currentScreen(), MainWindow::Sell); // not interrupted
        QTest::mouseClick(m_window->paidNotice(), Qt::LeftButton);
        QCOMPARE(m_window->currentScreen(), MainWindow::Sales);
        QCOMPARE(m_window->salesView()->detail()->saleId(), earlier);
        QVERIFY(!m_window->paidNotice()->isVisible());
    }

    void theSaleOnThePayScreenComesBackAfterARestart()
    {
        // The payment service refuses for now: the sale waits, on the pay screen.
        QCOMPARE(
            admin("POST", u"/_sandbox/faults"_s,
                  R"({"endpoint":"POST /payments/api/v1/payment_orders","kind":"status","status":503,"count":1000})"),
            200);
        const qint64 id = charge();
        QCOMPARE(m_window->currentScreen(), MainWindow::Payment);
        m_window.reset(); // Stallpay closes (the layout is saved) …
        openWindow(); // … and starts again
        QCOMPARE(m_window->currentScreen(), MainWindow::Payment);
        QCOMPARE(m_window->paymentView()->saleId(), id);
    }

    void closingWithActionsWaitingAsksFirst()
    {
        QVERIFY(m_till.sales().queries().pendingActionCount() > 0);
        const auto question = [this]() -> QMessageBox * {
            for (QMessageBox *box : m_window->findChildren<QMessageBox *>(u"closeQuestion"_s)) {
                if (box->isVisible())
                    return box;
            }
            return nullptr;
        };
        QVERIFY(!m_window->close());
        QTRY_VERIFY(question());
        QVERIFY2(question()->text().contains(u"not done yet"_s), qPrintable(question()->text()));
        QAbstractButton *keep = nullptr;
        QAbstractButton *close = nullptr;
        for (QAbstractButton *b : question()->buttons()) {
            if (b->text() == u"&Keep Stallpay open"_s)
                keep = b;
            if (b->text() == u"&Close anyway"_s)
                close = b;
        }
        QVERIFY(keep && close);
        QTest::mouseClick(keep, Qt::LeftButton);
        QTRY_VERIFY(!question());
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->close());
        QTRY_VERIFY(question());
        for (QAbstractButton *b : question()->buttons()) {
            if (b->text() == u"&Close anyway"_s)
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(m_till.sales().queries().pendingActionCount() > 0); // kept for the next start
        QCOMPARE(admin("DELETE", u"/_sandbox/faults"_s), 204);
    }
};

QTEST_MAIN(TestTillStatus)
#include "tst_tillstatus.moc"
