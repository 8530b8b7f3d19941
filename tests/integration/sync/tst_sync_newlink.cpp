#include "sandboxcheck.h"
#include "syncrig.h"

#include <QTemporaryDir>
#include <QTest>

// A payer's declined (aborted, crashed) payment reaches the seller. Checked on the sandbox's side.
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
        rig().sales().load(id, &s);
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
        for (const SaleEvent &e : rig().sales().timeline(id)) {
            if (e.detail.contains(text))
                return true;
        }
        return false;
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
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).lastPaymentStatus, status, 15000);
        Sale s = sale(id);
        QVERIFY(s.lastPaymentFailed());
        QCOMPARE(s.state, SaleState::LinkReady); // the link stays payable
        QCOMPARE(linksOfOrder(s.paymentOrderId).at(0)[u"status"_s].toString(), u"CREATED"_s);
        QVERIFY(timelineHas(id, status));

        // Polled again and again, nothing new: nothing is written.
        const qsizetype events = rig().sales().timeline(id).size();
        QTest::qWait(1000); // ten focus polls and three list polls of the fast timings
        QCOMPARE(rig().sales().timeline(id).size(), events);

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
        QVERIFY(sale(id).lastPaymentStatus.isEmpty());
        rig().sync().pollSale(id);
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).lastPaymentStatus, u"DECLINED"_s, 15000);
    }
};

QTEST_GUILESS_MAIN(TestSyncNewLink)
#include "tst_sync_newlink.moc"
