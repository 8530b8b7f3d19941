#include "customer/customerscreen.h"
#include "httpclient.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "payment/cashchange.h"
#include "payment/paidpanel.h"
#include "payment/paymentview.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "screenshot.h"
#include "sell/sellview.h"
#include "till/till.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The moment a sale is paid, on the demo sandbox: the pay screen turns into a big "Paid" with
// the amount and the method, Print receipt and New sale beside it, the customer screen in step;
// cash and cancel ask first as in Sales, and cash shows the change.
class TestPaidView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Till m_till;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CustomerScreen> m_customer;

    PaymentView *pay() const { return m_window->paymentView(); }
    qint64 charge(const QString &product)
    {
        m_window->showSell();
        QTest::mouseClick(m_window->sellView()->quickKey(product), Qt::LeftButton);
        QTest::mouseClick(m_window->sellView()->chargeButton(), Qt::LeftButton);
        return pay()->saleId();
    }
    Sale sale(qint64 id)
    {
        Sale s;
        m_till.sales().queries().load(id, &s);
        return s;
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        Till::Options options;
        options.dataDir = m_dir.path();
        options.syncTimings = SyncTimings::fast();
        QString error;
        QVERIFY2(m_till.open(options, &error), qPrintable(error));
        QSignalSpy ready(&m_till, &Till::apiReady);
        m_window = std::make_unique<MainWindow>(m_till);
        m_customer = std::make_unique<CustomerScreen>(m_till);
        m_window->show();
        m_customer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_till.connectApi();
        QTRY_COMPARE(ready.count(), 1);
    }

    void paidShowsAmountMethodAndTheNextSteps()
    {
        const qint64 id = charge(u"Keramikmugg"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::LinkReady, 15000);
        QVERIFY(!pay()->paidPanel()->isVisible());
        QVERIFY(!pay()->printButton()->isVisible());
        QUrl url = m_till.sandboxUrl();
        url.setPath(u"/_sandbox/payment_links/%1/pay"_s.arg(sale(id).paymentLinkId));
        QCOMPARE(httpRequest("POST", url, R"({"provider":"swish"})", {{"Content-Type", "application/json"}}).status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(pay()->paidPanel()->isVisible(), 15000);
        QCOMPARE(pay()->paidPanel()->headlineLabel()->text(), u"Paid"_s);
        QCOMPARE(pay()->paidPanel()->checkLabel()->text(), u"✔"_s);
        QCOMPARE(pay()->paidPanel()->amountLabel()->text(), sale(id).total.format(QLocale()));
        QTRY_COMPARE_WITH_TIMEOUT(pay()->paidPanel()->methodLabel()->text(), u"Paid with Swish"_s, 15000);
        QVERIFY(pay()->printButton()->isVisible());
        QVERIFY(pay()->newSaleButton()->isVisible());
        QVERIFY(!pay()->cashButton()->isVisible()); // nothing left to settle
        // The big check is big: a quarter of the QR's room at least.
        QVERIFY2(pay()->paidPanel()->checkLabel()->height() >= 80,
                 qPrintable(QString::number(pay()->paidPanel()->checkLabel()->height())));
        // The payer sees the same.
        QCOMPARE(m_customer->mode(), CustomerScreen::Mode::Paid);
        QTRY_COMPARE(m_customer->paidPanel()->methodLabel()->text(), u"Paid with Swish"_s);
        QCOMPARE(m_customer->paidPanel()->amountLabel()->text(), sale(id).total.format(QLocale()));
        screenshot(m_window.get(), "payment-paid-en");
        screenshot(m_customer.get(), "customer-paid-en");
        // New sale goes back to selling.
        QTest::mouseClick(pay()->newSaleButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->sellView()->isVisible());
    }

    void cashAsksFirstAndTellsTheChange()
    {
        const qint64 id = charge(u"Keramikmugg"_s); // 180 kr
        QTRY_VERIFY(pay()->cashButton()->isEnabled());
        QTest::mouseClick(pay()->cashButton(), Qt::LeftButton);
        QVERIFY(!SaleStates::isFinal(sale(id).state)); // asked, not done
        QVERIFY2(pay()->cashButton()->text().contains(u"again"_s), qPrintable(pay()->cashButton()->text()));
        QVERIFY(pay()->cashChange()->isVisible());
        QTest::keyClicks(pay()->cashChange()->givenField(), u"200"_s);
        QCOMPARE(pay()->cashChange()->changeLabel()->text(),
                 u"Change: %1"_s.arg(Money::fromKronor(20).format(QLocale())));
        pay()->cashChange()->givenField()->clear();
        QTest::keyClicks(pay()->cashChange()->givenField(), u"150"_s);
        QCOMPARE(pay()->cashChange()->changeLabel()->text(),
                 u"%1 short"_s.arg(Money::fromKronor(30).format(QLocale())));
        QTest::mouseClick(pay()->cashButton(), Qt::LeftButton);
        QTRY_COMPARE(sale(id).state, SaleState::PaidCash);
        QTRY_VERIFY(pay()->paidPanel()->isVisible());
        QCOMPARE(pay()->paidPanel()->methodLabel()->text(), u"Paid in cash"_s);
        QVERIFY(!pay()->cashChange()->isVisible());
    }

    void cancelAsksFirst()
    {
        const qint64 id = charge(u"Keramikmugg"_s);
        QTRY_VERIFY(pay()->cancelButton()->isEnabled());
        QTest::mouseClick(pay()->cancelButton(), Qt::LeftButton);
        QVERIFY(!SaleStates::isFinal(sale(id).state));
        QVERIFY2(pay()->cancelButton()->text().contains(u"again"_s), qPrintable(pay()->cancelButton()->text()));
        QVERIFY(!pay()->cashChange()->isVisible());
        QTest::mouseClick(pay()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(sale(id).state, SaleState::Cancelled);
        QVERIFY(!pay()->paidPanel()->isVisible());
    }

    void editReopensTheItemsInTheCart()
    {
        QVERIFY(m_till.cart().isEmpty());
        const qint64 id = charge(u"Keramikmugg"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::LinkReady, 15000);
        const Sale before = sale(id);
        QTest::mouseClick(pay()->editButton(), Qt::LeftButton);
        QCOMPARE(sale(id).state, SaleState::LinkReady); // asked first
        QVERIFY(pay()->editButton()->text().contains(u"again"_s));
        QTest::mouseClick(pay()->editButton(), Qt::LeftButton);
        // One action: the sale is cancelled, its items are in the cart, the seller at the cart.
        QTRY_VERIFY(m_window->sellView()->isVisible());
        QCOMPARE(sale(id).state, SaleState::Cancelled);
        QCOMPARE(m_till.cart().lines().size(), before.lines.size());
        QCOMPARE(m_till.cart().lines().at(0).description, before.lines.at(0).description);
        QCOMPARE(m_till.cart().total(), before.total);
        bool told = false;
        for (const SaleEvent &e : m_till.sales().queries().timeline(id))
            told = told || e.detail == u"reopened in the cart for editing"_s;
        QVERIFY(told);
        // The link is cancelled at the payment service through the outbox.
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).orderClosed, 15000);
        // Charged again, it is a new sale with a new number.
        QTest::mouseClick(m_window->sellView()->chargeButton(), Qt::LeftButton);
        QVERIFY(pay()->saleId() != id);
        QCOMPARE(sale(pay()->saleId()).number, before.number + 1);
    }
};

QTEST_MAIN(TestPaidView)
#include "tst_paidview.moc"
