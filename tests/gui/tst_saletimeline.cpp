#include "guitill.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "sale/cart.h"
#include "sale/saleevents.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The timeline of real sales on the demo sandbox — a refused attempt, a link, an SMS, payment,
// a cancellation, cash — reads as sentences in the seller's language, not as the technical record.
class TestSaleTimeline : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;
    QList<qint64> m_sales;

    qint64 sell(Money amount)
    {
        m_gui.till().cart().addAmount(u"Honung"_s, amount, VatClass::Food);
        QString error;
        const qint64 id = m_gui.till().sales().commands().commit(m_gui.till().cart(), &error);
        m_gui.till().cart().clear();
        if (id == 0)
            qWarning() << error;
        return id;
    }
    SaleState stateOf(qint64 id) const { return m_gui.sale(id).state; }
    SaleDetailView &detail() const { return *m_gui.window()->salesView()->detail(); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error, GuiTill::FastSync), qPrintable(error));
        // The first order is answered 503 once: the timeline shows an attempt and its retry.
        QCOMPARE(m_gui.admin(
                     "POST", u"/_sandbox/faults"_s,
                     R"({"endpoint":"POST /payments/api/v1/payment_orders","kind":"status","status":503,"count":1})"),
                 200);
        QVERIFY2(m_gui.connect(&error), qPrintable(error));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));

        const qint64 paid = sell(Money::fromKronor(89));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(paid), SaleState::LinkReady, 15000);
        SaleContact contact;
        contact.phone = u"+46701234567"_s;
        QString error2;
        QVERIFY(m_gui.till().sales().payer().saveContact(paid, contact, &error2));
        QVERIFY2(m_gui.till().sales().commands().requestDistribution(paid, true, false, &error2), qPrintable(error2));
        Sale sale;
        // The sandbox delivers an SMS a few seconds after it was sent, as a gateway does: pay once the
        // till has seen it delivered.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.till().sales().queries().load(paid, &sale) && sale.smsStatus == SmsStatus::Delivered, 15000);
        QCOMPARE(m_gui.payer(sale.paymentLinkId, u"pay"_s), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.till().sales().queries().load(paid, &sale) && sale.orderClosed, 15000);

        const qint64 cancelled = sell(Money::fromKronor(35));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(cancelled), SaleState::LinkReady, 15000);
        QVERIFY(m_gui.till().sales().commands().cancel(cancelled, &error2));
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.till().sales().queries().load(cancelled, &sale) && sale.orderClosed, 15000);

        const qint64 cash = sell(Money::fromKronor(55));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(cash), SaleState::LinkReady, 15000);
        QVERIFY(m_gui.till().sales().commands().markPaidInCash(cash, &error2));
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.till().sales().queries().load(cash, &sale) && sale.orderClosed, 15000);
        // Declined, then a new link.
        const qint64 renewed = sell(Money::fromKronor(120));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(renewed), SaleState::LinkReady, 15000);
        QVERIFY(m_gui.till().sales().queries().load(renewed, &sale));
        const QString oldLink = sale.paymentLinkId;
        QCOMPARE(m_gui.payer(oldLink, u"decline"_s), 200);
        m_gui.till().sync().pollSale(renewed);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.till().sales().queries().load(renewed, &sale) && sale.lastPaymentFailed(),
                                 15000);
        QVERIFY2(m_gui.till().sales().commands().requestNewLink(renewed, &error2), qPrintable(error2));
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.till().sales().queries().load(renewed, &sale)
                                     && sale.state == SaleState::LinkReady && sale.paymentLinkId != oldLink,
                                 15000);
        // Paid by card: the card method of the settings, whichever provider carries it.
        const qint64 card = sell(Money::fromKronor(42));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(card), SaleState::LinkReady, 15000);
        QVERIFY(m_gui.till().sales().queries().load(card, &sale));
        QString cardProvider;
        for (const PaymentMethodChoice &m : m_gui.till().settings().paymentMethods()) {
            if (m.method == u"card"_s)
                cardProvider = m.provider;
        }
        QVERIFY(!cardProvider.isEmpty());
        QCOMPARE(m_gui.payer(sale.paymentLinkId, u"pay"_s, u"{\"provider\":\"%1\"}"_s.arg(cardProvider).toUtf8()), 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.till().sales().queries().load(card, &sale) && sale.orderClosed, 15000);
        m_sales = {paid, cancelled, cash, renewed, card};
    }

    void aCardPaymentIsCalledCard()
    {
        Sale sale;
        QVERIFY(m_gui.till().sales().queries().load(m_sales.at(4), &sale));
        QCOMPARE(sale.state, SaleState::Paid);
        QCOMPARE(sale.paymentMethod, u"card"_s);
        QVERIFY(!sale.paymentProvider.isEmpty());
        SaleDetailView &view = detail();
        view.showSale(sale.id);
        QVERIFY2(view.factsLabel()->text().contains(u"Paid by card (through %1)"_s.arg(sale.paymentProvider)),
                 qPrintable(view.factsLabel()->text()));
        // The Swish sale is Swish.
        QVERIFY(m_gui.till().sales().queries().load(m_sales.at(0), &sale));
        QCOMPARE(sale.paymentMethod, u"swish"_s);
    }

    void aNeverSentSaleShowsNoSmsStatus()
    {
        SaleDetailView &view = detail();
        for (qint64 id : m_sales.mid(1)) { // all but the first were never sent
            view.showSale(id);
            QVERIFY2(!view.factsLabel()->text().contains(u"SMS"_s), qPrintable(view.factsLabel()->text()));
            for (const SaleEvent &e : m_gui.till().sales().queries().timeline(id))
                QVERIFY2(e.event.code != EventRecord::Code::Delivery, qPrintable(e.detail));
        }
        view.showSale(m_sales.first()); // sent, and delivered before it was paid
        QVERIFY2(view.factsLabel()->text().contains(u"SMS delivered"_s), qPrintable(view.factsLabel()->text()));
    }

    void everyEventIsASentence()
    {
        int events = 0;
        bool sawAttempt = false;
        for (qint64 id : m_sales) {
            for (const SaleEvent &e : m_gui.till().sales().queries().timeline(id)) {
                ++events;
                Language::apply(u"en"_s);
                // Every producer writes a known code: none is a note of text (what an unmapped old row is).
                QVERIFY2(e.event.code != EventRecord::Code::LegacyText, qPrintable(u"no code: "_s + e.detail));
                const QString english = SaleEvents::describe(e.event);
                QVERIFY2(english != e.detail, qPrintable(u"not described: "_s + e.detail));
                sawAttempt = sawAttempt || english.contains(u"attempt 1"_s);
                Language::apply(u"sv"_s);
                const QString swedish = SaleEvents::describe(e.event);
                QVERIFY2(swedish != english, qPrintable(u"not in Swedish: "_s + english));
            }
        }
        QVERIFY(events >= 15);
        QVERIFY(sawAttempt);
    }

    void theDetailScreenShowsThemInSwedish()
    {
        Language::apply(u"sv"_s);
        m_gui.window()->retranslate(); // as the settings do: every screen built again in Swedish
        SaleDetailView &view = detail();
        view.showSale(m_sales.first());
        auto *timeline = view.findChild<QTreeWidget *>();
        QVERIFY(timeline);
        QVERIFY(timeline->topLevelItemCount() >= 6);
        const QList<SaleEvent> events = m_gui.till().sales().queries().timeline(m_sales.first());
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            const QString shown = timeline->topLevelItem(i)->text(1);
            for (const SaleEvent &e : events)
                QVERIFY2(!shown.contains(e.detail), qPrintable(shown));
        }
        // It starts with the sale, not "waiting for network" (the network was there all along).
        QCOMPARE(timeline->topLevelItem(0)->text(1), u"Köp 1 slogs in: "_s + Money::fromKronor(89).format(QLocale()));
        // No internal IDs: the order's and link's stay in the record, not in what the seller reads.
        Sale sale;
        QVERIFY(m_gui.till().sales().queries().load(m_sales.first(), &sale));
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            const QString shown = timeline->topLevelItem(i)->text(1);
            QVERIFY2(!shown.contains(sale.paymentOrderId) && !shown.contains(sale.paymentLinkId), qPrintable(shown));
        }
        Language::apply(u"en"_s);
        m_gui.window()->retranslate();
    }
};

QTEST_MAIN(TestSaleTimeline)
#include "tst_saletimeline.moc"
