#include "sandboxcheck.h"
#include "syncrig.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>

// A payer's declined (aborted, crashed) payment reaches the seller, and a new link for the sale
// replaces the old one exactly once: through lost answers, a restart, and a payer who pays the old
// link just before it is cancelled. Checked on the sandbox's side.
class TestSyncNewLink : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncRig> m_rig;

    SyncRig &rig() { return *m_rig; }
    Sale sale(qint64 id)
    {
        Sale s;
        rig().sales().queries().load(id, &s);
        return s;
    }
    int adminStatus(const QString &path) { return SandboxCheck::admin(m_sandbox, "POST", path).status; }
    // A sale with its link, whose payer has just failed to pay with `outcome` (decline, abort, crash).
    qint64 saleWithFailedPayment(const QString &outcome = u"decline"_s)
    {
        const qint64 id = rig().sell();
        if (!rig().waitForState({id}, SaleState::LinkReady))
            return 0;
        const int status = adminStatus(u"/payment_links/%1/%2"_s.arg(sale(id).paymentLinkId, outcome));
        return status == 200 ? id : 0;
    }
    QJsonArray linksOfOrder(const QString &orderId)
    {
        QJsonArray result;
        for (const QJsonValue &l : SandboxCheck::links(m_sandbox)) {
            if (l[u"payment_order_id"_s].toString() == orderId)
                result.append(l);
        }
        return result;
    }
    static QJsonValue linkWithId(const QJsonArray &links, const QString &id)
    {
        for (const QJsonValue &l : links) {
            if (l[u"payment_link_id"_s].toString() == id)
                return l;
        }
        return {};
    }
    static int countWithStatus(const QJsonArray &links, const QString &status)
    {
        int n = 0;
        for (const QJsonValue &l : links)
            n += l[u"status"_s].toString() == status ? 1 : 0;
        return n;
    }
    QString orderStatus(const QString &orderId)
    {
        for (const QJsonValue &o : SandboxCheck::orders(m_sandbox)) {
            if (o[u"id"_s].toString() == orderId)
                return o[u"status"_s].toString();
        }
        return {};
    }
    bool timelineHas(qint64 id, const QString &text)
    {
        for (const SaleEvent &e : rig().sales().queries().timeline(id)) {
            if (e.detail.contains(text))
                return true;
        }
        return false;
    }
    // Until the sale shows a link other than oldLinkId, ready to pay, and every job is done.
    bool waitForNewLink(qint64 id, const QString &oldLinkId)
    {
        QDeadlineTimer deadline(30000);
        while (!(sale(id).state == SaleState::LinkReady && sale(id).paymentLinkId != oldLinkId)) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(20);
        }
        return rig().drain();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"11"_s}, &error), qPrintable(error));
    }

    void init()
    {
        QCOMPARE(SandboxCheck::admin(m_sandbox, "POST", u"/reset"_s).status / 100, 2);
        m_dir = std::make_unique<QTemporaryDir>();
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox);
        QVERIFY(rig().isOpen());
    }

    void cleanup()
    {
        m_rig.reset();
        SandboxCheck::admin(m_sandbox, "DELETE", u"/faults"_s);
    }

    void failedPaymentIsShownOnTheSale_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("status");
        QTest::newRow("declined") << u"decline"_s << u"DECLINED"_s;
        QTest::newRow("aborted") << u"abort"_s << u"ABORTED"_s;
        QTest::newRow("crashed") << u"crash"_s << u"CRASHED"_s;
    }

    void failedPaymentIsShownOnTheSale()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, status);
        const qint64 id = saleWithFailedPayment(outcome);
        QVERIFY(id);
        // On screen at the till: polled every (fast) second, the payment order read for the attempt.
        rig().sync().setFocusSale(id);
        QTRY_COMPARE_WITH_TIMEOUT(PaymentStatuses::token(sale(id).lastPaymentStatus), status, 15000);
        Sale s = sale(id);
        QVERIFY(s.lastPaymentFailed());
        QCOMPARE(s.state, SaleState::LinkReady); // the link stays payable
        QCOMPARE(linksOfOrder(s.paymentOrderId).at(0)[u"status"_s].toString(), u"CREATED"_s);
        QVERIFY(timelineHas(id, status));

        // Polled again and again, nothing new: nothing is written.
        const qsizetype events = rig().sales().queries().timeline(id).size();
        QTest::qWait(1000); // ten focus polls and three list polls of the fast timings
        QCOMPARE(rig().sales().queries().timeline(id).size(), events);

        // The payer tries again and pays: paid, as ever, and the order closed.
        QCOMPARE(adminStatus(u"/payment_links/%1/pay"_s.arg(s.paymentLinkId)), 200);
        QVERIFY(rig().waitForState({id}, SaleState::Paid, 15000));
        QVERIFY(rig().drain());
        QVERIFY(sale(id).orderClosed);
        QCOMPARE(orderStatus(s.paymentOrderId), u"CLOSED"_s);
    }

    void aSaleOpenedInItsDetailLearnsOfTheDeclineAtOnce()
    {
        // List polls an hour apart: only the look at the opened sale can bring the news.
        SyncTimings slow = SyncTimings::fast();
        slow.listPollByAge = {{std::numeric_limits<qint64>::max(), 60 * 60 * 1000}};
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox, slow);
        const qint64 id = saleWithFailedPayment();
        QVERIFY(id);
        QVERIFY(sale(id).lastPaymentStatus.isNone());
        rig().sync().pollSale(id);
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).lastPaymentStatus.value, PaymentStatus::Declined, 15000);
    }

    void newLinkReplacesTheDeclinedOne()
    {
        const qint64 id = saleWithFailedPayment();
        QVERIFY(id);
        rig().sync().setFocusSale(id);
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).lastPaymentFailed(), 15000);
        const Sale before = sale(id);

        QString error;
        QVERIFY2(rig().sales().commands().requestNewLink(id, &error), qPrintable(error));
        QCOMPARE(sale(id).state, SaleState::OrderCreated); // waiting for the new link
        QVERIFY(waitForNewLink(id, before.paymentLinkId));
        const Sale after = sale(id);
        QCOMPARE(after.paymentOrderId, before.paymentOrderId); // the same order, still open
        QVERIFY(after.checkoutUrl != before.checkoutUrl);
        QVERIFY(!after.lastPaymentFailed()); // nobody has tried the new link yet
        QVERIFY(!after.orderClosed);
        const QJsonArray links = linksOfOrder(after.paymentOrderId);
        QCOMPARE(links.size(), 2);
        QCOMPARE(linkWithId(links, before.paymentLinkId)[u"status"_s].toString(), u"CANCELLED"_s);
        QCOMPARE(linkWithId(links, after.paymentLinkId)[u"status"_s].toString(), u"CREATED"_s);
        QCOMPARE(linkWithId(links, after.paymentLinkId)[u"checkout_url"_s].toString(), after.checkoutUrl);
        QCOMPARE(orderStatus(after.paymentOrderId), u"OPEN"_s);
        QVERIFY(timelineHas(id, u"new payment link requested"_s));

        // The payer pays the new link: paid, and the order closed.
        QCOMPARE(adminStatus(u"/payment_links/%1/pay"_s.arg(after.paymentLinkId)), 200);
        QVERIFY(rig().waitForState({id}, SaleState::Paid, 15000));
        QVERIFY(rig().drain());
        QCOMPARE(orderStatus(after.paymentOrderId), u"CLOSED"_s);
        QCOMPARE(SandboxCheck::links(m_sandbox).size(), 2);
    }

    void lostAnswersAndARestartStillLeaveOneLiveLink()
    {
        const qint64 id = saleWithFailedPayment();
        QVERIFY(id);
        const Sale before = sale(id);
        // The answers to the cancel and to the new link's creation are lost, and the link list cannot
        // be read to find out what happened; the till stops, not knowing whether the new link exists.
        QVERIFY(SandboxCheck::addFault(m_sandbox,
                                       {{u"endpoint"_s, u"PUT /payment_links/api/v1/payment_links/*/cancel"_s},
                                        {u"kind"_s, u"drop_after_apply"_s},
                                        {u"count"_s, 1}}));
        QVERIFY(SandboxCheck::addFault(m_sandbox,
                                       {{u"endpoint"_s, u"POST /payment_links/api/v1/payment_links"_s},
                                        {u"kind"_s, u"drop_after_apply"_s},
                                        {u"count"_s, 1}}));
        QVERIFY(SandboxCheck::addFault(m_sandbox,
                                       {{u"endpoint"_s, u"GET /payment_links/api/v1/payment_links"_s},
                                        {u"kind"_s, u"status"_s},
                                        {u"status"_s, 503}}));
        QString error;
        QVERIFY2(rig().sales().commands().requestNewLink(id, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(timelineHas(id, u"create_link attempt 2 (outcome unknown)"_s), 15000);
        QVERIFY(timelineHas(id, u"replace_link attempt 1 (outcome unknown)"_s));
        // Made, and unheard of (read from the admin state: the link list answers 503 now).
        const QJsonArray stored =
            SandboxCheck::admin(m_sandbox, "GET", u"/state"_s).json()[u"payment_links"_s].toArray();
        int live = 0;
        for (const QJsonValue &l : stored) {
            live +=
                l[u"payment_order_id"_s].toString() == before.paymentOrderId && l[u"status"_s] == u"CREATED"_s ? 1 : 0;
        }
        QCOMPARE(live, 1);
        QCOMPARE(sale(id).state, SaleState::OrderCreated);

        // Restart; the service answers again.
        m_rig.reset();
        SandboxCheck::admin(m_sandbox, "DELETE", u"/faults"_s);
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox);
        QVERIFY(waitForNewLink(id, before.paymentLinkId));

        const Sale after = sale(id);
        const QJsonArray links = linksOfOrder(before.paymentOrderId);
        QCOMPARE(links.size(), 2); // the old one and one new one: the lost creation was adopted
        QCOMPARE(countWithStatus(links, u"CREATED"_s), 1);
        QCOMPARE(linkWithId(links, before.paymentLinkId)[u"status"_s].toString(), u"CANCELLED"_s);
        QCOMPARE(linkWithId(links, after.paymentLinkId)[u"status"_s].toString(), u"CREATED"_s);
        QVERIFY(after.checkoutUrl != before.checkoutUrl);
        QCOMPARE(orderStatus(before.paymentOrderId), u"OPEN"_s);
    }

    void oldLinkPaidBeforeItsCancelMakesThePaidAndNoNewLink()
    {
        // No polls to notice the payment first: only the cancel finds out.
        SyncTimings slow = SyncTimings::fast();
        slow.listPollByAge = {{std::numeric_limits<qint64>::max(), 60 * 60 * 1000}};
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox, slow);
        const qint64 id = saleWithFailedPayment();
        QVERIFY(id);
        const Sale before = sale(id);
        // The payer's retry goes through just as the seller asks for a new link.
        QCOMPARE(adminStatus(u"/payment_links/%1/pay"_s.arg(before.paymentLinkId)), 200);
        QString error;
        QVERIFY2(rig().sales().commands().requestNewLink(id, &error), qPrintable(error));
        QVERIFY(rig().waitForState({id}, SaleState::Paid, 15000));
        QVERIFY(rig().drain());
        QVERIFY(timelineHas(id, u"paid before it could be cancelled"_s));
        QCOMPARE(sale(id).paymentLinkId, before.paymentLinkId);
        QCOMPARE(linksOfOrder(before.paymentOrderId).size(), 1); // no new link
        QCOMPARE(orderStatus(before.paymentOrderId), u"CLOSED"_s);
        QVERIFY(sale(id).orderClosed);
    }
};

QTEST_GUILESS_MAIN(TestSyncNewLink)
#include "tst_sync_newlink.moc"
