#include "customer/customerscreen.h"
#include "guitill.h"
#include "mainwindow.h"
#include "payment/cashchange.h"
#include "payment/paidpanel.h"
#include "payment/paymentview.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/saleshistorymodel.h"
#include "sales/salesview.h"
#include "screenshot.h"
#include "sell/sellview.h"
#include "till/till.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The moment a sale is paid, on the demo sandbox: the pay screen turns into a big "Paid" with
// the amount and the method, Print receipt and New sale beside it, the customer screen in step;
// cash and cancel ask first as in Sales, and cash shows the change.
class TestPaidView : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;
    std::unique_ptr<CustomerScreen> m_customer;

    PaymentView *pay() const { return m_gui.window()->paymentView(); }
    qint64 charge(const QString &product)
    {
        m_gui.window()->showSell();
        QTest::mouseClick(m_gui.window()->sellView()->quickKey(product), Qt::LeftButton);
        QTest::mouseClick(m_gui.window()->sellView()->chargeButton(), Qt::LeftButton);
        return pay()->saleId();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error, GuiTill::FastSync), qPrintable(error));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
        // The payer's screen follows the window's sale for payment; the seller's window stays active.
        m_customer = std::make_unique<CustomerScreen>(m_gui.till(), m_gui.window()->saleOnScreen());
        m_customer->show();
        m_gui.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_gui.window()));
        QVERIFY2(m_gui.connect(&error), qPrintable(error));
    }

    void paidShowsAmountMethodAndTheNextSteps()
    {
        const qint64 id = charge(u"Keramikmugg"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(id).state == SaleState::LinkReady, 15000);
        QVERIFY(!pay()->paidPanel()->isVisible());
        QVERIFY(!pay()->printButton()->isVisible());
        QCOMPARE(m_gui.payer(m_gui.sale(id).paymentLinkId, u"pay"_s, R"({"provider":"swish"})"), 200);
        QTRY_VERIFY_WITH_TIMEOUT(pay()->paidPanel()->isVisible(), 15000);
        QCOMPARE(pay()->paidPanel()->headlineLabel()->text(), u"Paid"_s);
        QCOMPARE(pay()->paidPanel()->checkLabel()->text(), u"✔"_s);
        QCOMPARE(pay()->paidPanel()->amountLabel()->text(), m_gui.sale(id).total.format(QLocale()));
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
        QCOMPARE(m_customer->paidPanel()->amountLabel()->text(), m_gui.sale(id).total.format(QLocale()));
        screenshot(m_gui.window(), "payment-paid-en");
        screenshot(m_customer.get(), "customer-paid-en");
        // New sale goes back to selling.
        QTest::mouseClick(pay()->newSaleButton(), Qt::LeftButton);
        QTRY_VERIFY(m_gui.window()->sellView()->isVisible());
    }

    // One sale on screen: the pay screen's sale is the one Sales shows in its detail, with the
    // same actions (a press asks on whichever screen it is made); selling again leaves none.
    void theSaleOnScreenIsOneFromPayScreenToSales()
    {
        const qint64 id = charge(u"Keramikmugg"_s);
        QCOMPARE(pay()->saleId(), id);
        QTest::keyClick(m_gui.window(), Qt::Key_F2);
        SalesView *sales = m_gui.window()->salesView();
        SaleDetailView *detail = sales->detail();
        QTRY_VERIFY(detail->isVisible());
        QCOMPARE(detail->saleId(), id);
        QCOMPARE(sales->model()->saleIdAt(sales->table()->currentIndex().row()), id);
        QVERIFY(detail->titleLabel()->text().contains(QString::number(m_gui.sale(id).number)));
        QTRY_VERIFY_WITH_TIMEOUT(detail->showQrButton()->isEnabled(), 15000); // the link is there
        QTest::mouseClick(detail->cashButton(), Qt::LeftButton); // asks
        QVERIFY(detail->cashButton()->text().contains(u"again"_s));
        QTest::mouseClick(detail->showQrButton(), Qt::LeftButton);
        QVERIFY(pay()->isVisible());
        QCOMPARE(pay()->saleId(), id);
        QVERIFY(!detail->cashButton()->text().contains(u"again"_s)); // nothing stays armed elsewhere
        QTest::mouseClick(pay()->cashButton(), Qt::LeftButton); // asks here too: one press is not enough
        QVERIFY(!SaleStates::isFinal(m_gui.sale(id).state));
        QTest::mouseClick(pay()->cashButton(), Qt::LeftButton);
        QTRY_COMPARE(m_gui.sale(id).state, SaleState::PaidCash);
        QTRY_VERIFY(detail->statusLabel()->text().contains(SaleStates::displayName(SaleState::PaidCash)));
        QTest::mouseClick(pay()->newSaleButton(), Qt::LeftButton);
        QTRY_VERIFY(m_gui.window()->sellView()->isVisible());
        QCOMPARE(detail->saleId(), 0);
        QCOMPARE(detail->titleLabel()->text(), u"Choose a sale in the list to see it here."_s);
    }

    void cashAsksFirstAndTellsTheChange()
    {
        const qint64 id = charge(u"Keramikmugg"_s); // 180 kr
        QTRY_VERIFY(pay()->cashButton()->isEnabled());
        QTest::mouseClick(pay()->cashButton(), Qt::LeftButton);
        QVERIFY(!SaleStates::isFinal(m_gui.sale(id).state)); // asked, not done
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
        QTRY_COMPARE(m_gui.sale(id).state, SaleState::PaidCash);
        QTRY_VERIFY(pay()->paidPanel()->isVisible());
        QCOMPARE(pay()->paidPanel()->methodLabel()->text(), u"Paid in cash"_s);
        QVERIFY(!pay()->cashChange()->isVisible());
    }

    void cancelAsksFirst()
    {
        const qint64 id = charge(u"Keramikmugg"_s);
        QTRY_VERIFY(pay()->cancelButton()->isEnabled());
        QTest::mouseClick(pay()->cancelButton(), Qt::LeftButton);
        QVERIFY(!SaleStates::isFinal(m_gui.sale(id).state));
        QVERIFY2(pay()->cancelButton()->text().contains(u"again"_s), qPrintable(pay()->cancelButton()->text()));
        QVERIFY(!pay()->cashChange()->isVisible());
        QTest::mouseClick(pay()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(m_gui.sale(id).state, SaleState::Cancelled);
        QVERIFY(!pay()->paidPanel()->isVisible());
    }

    void editReopensTheItemsInTheCart()
    {
        QVERIFY(m_gui.till().cart().isEmpty());
        const qint64 id = charge(u"Keramikmugg"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(id).state == SaleState::LinkReady, 15000);
        const Sale before = m_gui.sale(id);
        QTest::mouseClick(pay()->editButton(), Qt::LeftButton);
        QCOMPARE(m_gui.sale(id).state, SaleState::LinkReady); // asked first
        QVERIFY(pay()->editButton()->text().contains(u"again"_s));
        QTest::mouseClick(pay()->editButton(), Qt::LeftButton);
        // One action: the sale is cancelled, its items are in the cart, the seller at the cart.
        QTRY_VERIFY(m_gui.window()->sellView()->isVisible());
        QCOMPARE(m_gui.sale(id).state, SaleState::Cancelled);
        QCOMPARE(m_gui.till().cart().lines().size(), before.lines.size());
        QCOMPARE(m_gui.till().cart().lines().at(0).description, before.lines.at(0).description);
        QCOMPARE(m_gui.till().cart().total(), before.total);
        bool told = false;
        for (const SaleEvent &e : m_gui.till().sales().queries().timeline(id))
            told = told || e.detail == u"reopened in the cart for editing"_s;
        QVERIFY(told);
        // The link is cancelled at the payment service through the outbox.
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(id).orderClosed, 15000);
        // Charged again, it is a new sale with a new number.
        QTest::mouseClick(m_gui.window()->sellView()->chargeButton(), Qt::LeftButton);
        QVERIFY(pay()->saleId() != id);
        QCOMPARE(m_gui.sale(pay()->saleId()).number, before.number + 1);
    }
};

QTEST_MAIN(TestPaidView)
#include "tst_paidview.moc"
