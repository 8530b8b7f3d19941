// Payment orders made ahead (SpareOrders, SyncEngine::keepSpareOrder) against a fake payment
// service that counts each call: a Charge takes the spare and asks only for its link, a new spare
// follows, an aged one is closed, one left at quit is closed at the next start, and a crash keeps
// the spare known (no orphan). tests/integration/sync/tst_sync_spare shows it on ping-sandbox.
#include "fakes/enginerig.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSpareOrders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineRig> m_rig;
    int m_run = 0;

    EngineRig &rig() { return *m_rig; }
    int calls(const char *call) const { return m_rig->fake().calls(QString::fromLatin1(call)); }
    QList<SpareOrder> spares() { return rig().sales().spareOrders().open(); }
    static SyncTimings withSpare()
    {
        SyncTimings t = EngineRig::quick();
        t.spareOrder = true;
        return t;
    }
private slots:
    void init() { m_rig = std::make_unique<EngineRig>(m_dir.filePath(u"spare-%1.sqlite"_s.arg(++m_run))); }
    void cleanup() { m_rig.reset(); }

    void chargeTakesTheSpareOrderAndAsksOnlyForTheLink()
    {
        rig().start(withSpare());
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000); // made ahead, with no sale yet
        QCOMPARE(calls("createOrder"), 1);
        const SpareOrder spare = spares().first();

        const qint64 id = rig().sell();
        // Committed on the spare order: the only request left is the link.
        QCOMPARE(rig().sale(id).state, SaleState::OrderCreated);
        QCOMPARE(rig().sale(id).paymentOrderId, spare.paymentOrderId);
        QTRY_COMPARE_WITH_TIMEOUT(rig().sale(id).state, SaleState::LinkReady, 5000);
        QCOMPARE(calls("createLink"), 1);
        QCOMPARE(rig().fake().link(rig().sale(id).paymentLinkId).paymentOrderId, spare.paymentOrderId);
        // And the next spare is ready for the next sale.
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000);
        QVERIFY(spares().first().paymentOrderId != spare.paymentOrderId);
        QCOMPARE(calls("createOrder"), 2);
        const QString second = spares().first().paymentOrderId;
        const qint64 next = rig().sell();
        QCOMPARE(rig().sale(next).paymentOrderId, second);
        QTRY_COMPARE_WITH_TIMEOUT(rig().sale(next).state, SaleState::LinkReady, 5000);
        QVERIFY(rig().sale(next).paymentOrderId != spare.paymentOrderId);
        QCOMPARE(calls("createLink"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(calls("createOrder"), 3, 5000); // ahead of the third sale, not for the second
    }

    void anAgedSpareIsClosedAndANewOneMade()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        rig().fake().setNow(clock.nowUtc());
        rig().start(withSpare(), clock);
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000);
        const QString aged = spares().first().paymentOrderId;
        clock.advanceMs((SpareOrders::kMaxAgeSeconds + 1) * 1000);
        // A sale now does not take it (too old to trust): it makes its own order, as without.
        const qint64 id = rig().sell();
        QCOMPARE(rig().sale(id).state, SaleState::Committed);
        QTRY_COMPARE_WITH_TIMEOUT(rig().sale(id).state, SaleState::LinkReady, 5000);
        QVERIFY(rig().sale(id).paymentOrderId != aged);
        QTRY_VERIFY_WITH_TIMEOUT(rig().fake().closedOrders().contains(aged), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000);
        QVERIFY(spares().first().paymentOrderId != aged);
        QCOMPARE(rig().fake().order(aged).status, OrderStatus::Closed);
    }

    void theSpareLeftAtQuitIsClosedAtTheNextStart()
    {
        rig().start(withSpare());
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000);
        const QString left = spares().first().paymentOrderId;
        rig().engine().retireSpareOrders(); // the till quits
        QVERIFY(spares().isEmpty());
        rig().restart(withSpare());
        QTRY_VERIFY_WITH_TIMEOUT(rig().fake().closedOrders().contains(left), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000);
        QCOMPARE(rig().fake().closedOrders(), QStringList {left});
        QCOMPARE(calls("createOrder"), 2);
    }

    // kill -9 after the spare was made and before a Charge: it stays known, the next start makes
    // no second one, the next sale uses it, and no order is left open that nothing will use.
    void aCrashKeepsTheSpareKnownAndLeavesNoOrphan()
    {
        rig().start(withSpare());
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000);
        const QString spare = spares().first().paymentOrderId;
        rig().restart(withSpare()); // no retireSpareOrders: a crash
        QTest::qWait(100);
        QCOMPARE(calls("createOrder"), 1);
        const qint64 id = rig().sell();
        QCOMPARE(rig().sale(id).paymentOrderId, spare);
        QTRY_COMPARE_WITH_TIMEOUT(rig().sale(id).state, SaleState::LinkReady, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(spares().size(), 1, 5000);
        // Open at the service and used by no sale: only the spare kept ready, which the till knows.
        QStringList open;
        for (const OrderSnapshot &o : rig().fake().orders()) {
            if (o.status == OrderStatus::Open && o.id != rig().sale(id).paymentOrderId)
                open.append(o.id);
        }
        QCOMPARE(open, QStringList {spares().first().paymentOrderId});
    }

    // A service that refuses the spare order is not asked again and again: the till sells on,
    // each sale making its own order as without a spare.
    void aRefusedSpareIsNotAskedForAgain()
    {
        rig().fake().failNext(u"createOrder"_s, FakeProvider::Fault::Refused);
        rig().start(withSpare());
        QTRY_COMPARE_WITH_TIMEOUT(calls("createOrder"), 1, 5000);
        QTest::qWait(100);
        QCOMPARE(calls("createOrder"), 1);
        QVERIFY(spares().isEmpty());
        const qint64 id = rig().sell();
        QCOMPARE(rig().sale(id).state, SaleState::Committed);
        QTRY_COMPARE_WITH_TIMEOUT(rig().sale(id).state, SaleState::LinkReady, 5000);
        QCOMPARE(calls("createOrder"), 2);
        QCOMPARE(rig().sales().queries().pendingActionCount(), 0); // the refused job is not the seller's
    }
};

QTEST_GUILESS_MAIN(TestSpareOrders)
#include "tst_spareorders.moc"
