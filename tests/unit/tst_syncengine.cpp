// The sync engine's decisions against a fake payment service (FakeProvider), in milliseconds:
// reconcile after a lost answer, retries and Retry-After, a failed "in flight" mark, the orphan
// sweep. The real-sandbox suites (tests/integration/sync) run the same engine over HTTP.
#include "fakes/enginerig.h"
#include "sale/saleevents.h"
#include "sync/backoff.h"
#include "sync/orphansweep.h"

#include <QJsonArray>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kTill = QString::fromLatin1(EngineRig::kTill);
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineRig> m_rig;
    int m_run = 0;

    // The tests count each sale's orders: no spare order made ahead (tst_spareorders has those).
    void startEngine(const Clock &clock = Clock::system(), qint64 settleMs = SyncTimings().settleMs)
    {
        SyncTimings timings = EngineRig::quick();
        timings.settleMs = settleMs;
        timings.spareOrder = false;
        m_rig->start(timings, clock);
    }
    qint64 sell() { return m_rig->sell(); }
    Sale sale(qint64 id) const { return m_rig->sale(id); }
    bool drained() const { return m_rig->drained(); }
    QStringList timeline(qint64 id) const
    {
        QStringList details;
        for (const SaleEvent &e : m_rig->sales().queries().timeline(id))
            details.append(e.detail);
        return details;
    }

private slots:
    void init() { m_rig = std::make_unique<EngineRig>(m_dir.filePath(u"sync-%1.sqlite"_s.arg(++m_run))); }
    void cleanup() { m_rig.reset(); }

    void backoffStaysWithinItsBounds()
    {
        const Backoff backoff(1000, 60000);
        QRandomGenerator random(42);
        for (int attempt = 0; attempt < 40; ++attempt) {
            const qint64 ceiling = qMin<qint64>(60000, 1000LL << qMin(attempt, 30));
            QCOMPARE(backoff.ceilingMs(attempt), ceiling);
            qint64 largest = 0;
            for (int i = 0; i < 200; ++i) {
                const qint64 d = backoff.delayMs(attempt, -1, random);
                QVERIFY(d >= 0 && d <= ceiling);
                largest = qMax(largest, d);
                QVERIFY(backoff.delayMs(attempt, 90, random) >= 90000); // Retry-After is a floor
            }
            QVERIFY(largest > ceiling / 2); // full jitter spreads over the whole range
        }
    }

    void aSaleBecomesPayableWithATaggedLink()
    {
        startEngine();
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QCOMPARE(s.state, SaleState::LinkReady);
        const LinkSnapshot link = m_rig->fake().link(s.paymentLinkId);
        QCOMPARE(link.paymentOrderId, s.paymentOrderId);
        QCOMPARE(link.tag, (LinkTag {kTill, s.number})); // the link says whose it is
        QCOMPARE(m_rig->fake().calls(u"createOrder"_s), 1);
        QCOMPARE(m_rig->fake().calls(u"createLink"_s), 1);
    }

    void lostLinkAnswerAdoptsOnlyTheLinkThatIsProvablyOurs()
    {
        startEngine();
        // Another till's live link, and a live link on our order made for another sale number:
        // neither may be adopted.
        m_rig->fake().addLink(m_rig->fake().addOrder(QDateTime::currentDateTimeUtc()), LinkTag {u"TILL-B"_s, 1});
        m_rig->fake().failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QCOMPARE(s.state, SaleState::LinkReady);
        QCOMPARE(m_rig->fake().calls(u"createLink"_s), 1); // the lost one was found, none sent again
        QVERIFY(m_rig->fake().calls(u"listLinks"_s) >= 1);
        QCOMPARE(m_rig->fake().link(s.paymentLinkId).tag, (LinkTag {kTill, s.number}));
        QCOMPARE(m_rig->fake().link(s.paymentLinkId).paymentOrderId, s.paymentOrderId);
    }

    void lostLinkAnswerIgnoresALinkTaggedForAnotherSale()
    {
        startEngine();
        // Made to happen: the order of our sale already holds a live link that says it is another
        // sale's. After the lost answer the reconcile must adopt ours, not that one.
        m_rig->fake().failNext(u"createLink"_s, FakeProvider::Fault::NotApplied, 1000000); // hold it before the link
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_rig->fake().calls(u"createLink"_s) >= 1, 5000);
        const QString foreign = m_rig->fake().addLink(sale(id).paymentOrderId, LinkTag {kTill, 999}); // listed first
        m_rig->fake().clearFaults();
        m_rig->fake().failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer);
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QCOMPARE(s.state, SaleState::LinkReady);
        QVERIFY(s.paymentLinkId != foreign);
        QCOMPARE(m_rig->fake().link(s.paymentLinkId).tag, (LinkTag {kTill, s.number}));
    }

    void notAppliedIsRetriedWithoutAReconcile()
    {
        startEngine();
        m_rig->fake().failNext(u"createOrder"_s, FakeProvider::Fault::NotApplied, 3);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        QCOMPARE(sale(id).state, SaleState::LinkReady);
        QCOMPARE(m_rig->fake().calls(u"createOrder"_s), 4);
        QCOMPARE(m_rig->fake().orders().size(), 1);
        QCOMPARE(m_rig->fake().calls(u"listOrders"_s), 0); // nothing may have been made: no sweep
    }

    void retryAfterIsAFloorEvenAfterAReconnect()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        startEngine(clock);
        m_rig->fake().failNext(u"createOrder"_s, FakeProvider::Fault::RateLimited, 1, 30);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_rig->sales().queries().openJobs().value(0).attempts == 1 && m_rig->engine().runningCount() == 0, 5000);
        const OutboxJob job = m_rig->sales().queries().openJobs().value(0);
        QVERIFY(job.nextAttemptAt >= clock.nowUtc().addSecs(30));
        m_rig->sales().outcomes().wakeJobs(); // what a reconnect does
        sell(); // and a new job wakes the engine
        QTRY_VERIFY_WITH_TIMEOUT(m_rig->fake().calls(u"createOrder"_s) == 2, 5000); // the new sale's order
        QTest::qWait(20);
        QCOMPARE(m_rig->fake().calls(u"createOrder"_s), 2);
        QCOMPARE(sale(id).state, SaleState::Committed); // still waiting for its Retry-After
        clock.advanceMs(30 * 1000);
        sell();
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::LinkReady, 5000);
    }

    void refusedIsNotRetried()
    {
        startEngine();
        m_rig->fake().failNext(u"createOrder"_s, FakeProvider::Fault::Refused);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::Failed, 5000);
        QTest::qWait(20);
        QCOMPARE(m_rig->fake().calls(u"createOrder"_s), 1);
    }

    void failedInFlightMarkSendsNothingAndResumes()
    {
        startEngine();
        // The real database refuses the mark, as a full disk does: a temporary trigger on this
        // connection aborts every update that would set a job in flight.
        QSqlQuery q(m_rig->database().connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER full_disk BEFORE UPDATE OF status ON outbox"
                       " WHEN NEW.status = 'in_flight' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
        QSignalSpy held(&m_rig->engine(), &SyncEngine::heldChanged);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_rig->engine().isHeld(), 5000);
        QVERIFY2(m_rig->engine().heldReason().contains(u"disk is full"_s), qPrintable(m_rig->engine().heldReason()));
        QTest::qWait(50); // it tries again meanwhile, and still sends nothing
        QCOMPARE(m_rig->fake().calls(u"createOrder"_s), 0);
        QCOMPARE(sale(id).state, SaleState::Committed);
        QCOMPARE(held.size(), 1);
        QVERIFY(q.exec(u"DROP TRIGGER full_disk"_s)); // space is back
        QTRY_VERIFY_WITH_TIMEOUT(!m_rig->engine().isHeld(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        QCOMPARE(sale(id).state, SaleState::LinkReady);
        QCOMPARE(m_rig->fake().calls(u"createOrder"_s), 1);
        QCOMPARE(held.size(), 2);
        QCOMPARE(held.last().first().toBool(), false);
    }

    void sweepLeavesOrdersItCannotProveOpen()
    {
        startEngine();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Another till's order, made in our window, with no link yet (it is about to make one).
        const QString theirs = m_rig->fake().addOrder(now);
        m_rig->fake().failNext(u"createOrder"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QCOMPARE(s.state, SaleState::LinkReady);
        QCOMPARE(m_rig->fake().calls(u"createOrder"_s), 2); // the lost one and the one the sale uses
        QVERIFY(m_rig->fake().calls(u"listOrders"_s) >= 1); // the sweep ran
        QVERIFY(m_rig->fake().closedOrders().isEmpty());
        QCOMPARE(m_rig->fake().order(theirs).status, OrderStatus::Open);
        // The other till can still sell on its order.
        QCOMPARE(m_rig->fake().orders().size(), 3);
        const QStringList events = timeline(id);
        const auto sweep = std::find_if(events.cbegin(), events.cend(),
                                        [](const QString &d) { return d.startsWith(u"sweep closed []"_s); });
        QVERIFY2(sweep != events.cend(), qPrintable(events.join(u'\n')));
        QVERIFY(sweep->contains(theirs)); // left open, and said so
    }

    void sweepCancelsOurStrayLinkAndClosesItsOrder()
    {
        startEngine();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A link of this till that no sale knows (its answer came too late, the sale went on with
        // another): ours by its tag, so it and its order go. Another till's link stays.
        const QString strayOrder = m_rig->fake().addOrder(now);
        const QString stray = m_rig->fake().addLink(strayOrder, LinkTag {kTill, 77});
        const QString otherOrder = m_rig->fake().addOrder(now);
        const QString other = m_rig->fake().addLink(otherOrder, LinkTag {u"TILL-B"_s, 77});
        m_rig->fake().failNext(u"createOrder"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        QCOMPARE(m_rig->fake().cancelledLinks(), QStringList {stray});
        QCOMPARE(m_rig->fake().closedOrders(), QStringList {strayOrder});
        QCOMPARE(m_rig->fake().link(other).status, LinkStatus::Created);
        QCOMPARE(m_rig->fake().order(otherOrder).status, OrderStatus::Open);
        const Sale s = sale(id);
        QCOMPARE(m_rig->fake().link(s.paymentLinkId).status, LinkStatus::Created); // our sale's own link stays
        QCOMPARE(m_rig->fake().order(s.paymentOrderId).status, OrderStatus::Open);
    }

    // A link request of unknown outcome that the service has not applied yet (a slow server): in
    // the settle window the engine only looks again; the link applied late is adopted, and no
    // second one is made.
    void unknownLinkRequestIsLookedUpUntilItSettles()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        QTimer ticking; // the clock moves as the test runs, but the window is far longer
        QObject::connect(&ticking, &QTimer::timeout, [&clock] { clock.advanceMs(5); });
        ticking.start(5);
        startEngine(clock, 10 * 60 * 1000);
        m_rig->fake().failNext(u"createLink"_s, FakeProvider::Fault::TimedOut);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_rig->fake().calls(u"listLinks"_s) >= 3, 5000); // looked again and again
        QCOMPARE(m_rig->fake().calls(u"createLink"_s), 1);
        QCOMPARE(sale(id).state, SaleState::OrderCreated);
        const QString late = m_rig->fake().addLink(sale(id).paymentOrderId, LinkTag {kTill, sale(id).number});
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).paymentLinkId, late, 5000);
        QCOMPARE(m_rig->fake().calls(u"createLink"_s), 1);
        QCOMPARE(sale(id).state, SaleState::LinkReady);
    }

    // Once the window has passed with no link, the request was not applied: a new one is made.
    void unknownLinkRequestIsMadeAgainAfterTheSettleWindow()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        QTimer ticking;
        QObject::connect(&ticking, &QTimer::timeout, [&clock] { clock.advanceMs(5); });
        ticking.start(5);
        startEngine(clock, 10 * 60 * 1000);
        m_rig->fake().failNext(u"createLink"_s, FakeProvider::Fault::TimedOut);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_rig->fake().calls(u"listLinks"_s) >= 2, 5000);
        QCOMPARE(m_rig->fake().calls(u"createLink"_s), 1);
        clock.advanceMs(10 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).state, SaleState::LinkReady, 5000);
        QCOMPARE(m_rig->fake().calls(u"createLink"_s), 2);
        QCOMPARE(m_rig->fake().links().size(), 1);
    }

    // After many failures the backoff is minutes long; a link request of unknown outcome is still
    // looked for at the end of its settle window, so the sale gets its link then, not a backoff later.
    void unknownLinkRequestIsLookedAtWhenItsWindowEndsNotABackoffLater()
    {
        SyncTimings timings = EngineRig::quick();
        timings.spareOrder = false;
        timings.settleMs = 300;
        timings.backoffBaseMs = 10 * 60 * 1000; // every retry drawn from [0, 10 min]
        timings.backoffCapMs = 10 * 60 * 1000;
        m_rig->start(timings, Clock::system());
        m_rig->fake().failNext(u"createLink"_s, FakeProvider::Fault::TimedOut);
        const qint64 id = sell();
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).state, SaleState::LinkReady, 5000);
        QCOMPARE(m_rig->fake().calls(u"createLink"_s), 2);
        QCOMPARE(m_rig->fake().links().size(), 1);
    }

    // A status counts only for the link as the sale made it: an answer that puts the sale's link on
    // another order, or for another total, does not make it paid.
    void statusOfALinkForAnotherOrderOrTotalIsNotTaken_data()
    {
        QTest::addColumn<bool>("otherOrder");
        QTest::addColumn<qint64>("totalOre");
        QTest::newRow("another total") << false << qint64(1);
        QTest::newRow("another order") << true << qint64(0);
        QTest::newRow("as made") << false << qint64(0);
    }
    void statusOfALinkForAnotherOrderOrTotalIsNotTaken()
    {
        QFETCH(bool, otherOrder);
        QFETCH(qint64, totalOre);
        startEngine();
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        LinkSnapshot link = m_rig->fake().link(sale(id).paymentLinkId);
        link.status = LinkStatus::Completed;
        if (otherOrder)
            link.paymentOrderId = m_rig->fake().addOrder(QDateTime::currentDateTimeUtc());
        if (totalOre != 0)
            link.totalOre = totalOre;
        m_rig->fake().setLink(link);
        if (!otherOrder && totalOre == 0) {
            QTRY_COMPARE_WITH_TIMEOUT(sale(id).state, SaleState::Paid, 5000);
            return;
        }
        const int polls = m_rig->fake().calls(u"getLink"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig->fake().calls(u"getLink"_s) >= polls + 3, 5000); // read since, and applied
        QCOMPARE(sale(id).state, SaleState::LinkReady);
    }

    void secondLiveLinkIsCancelledByThePoll()
    {
        startEngine();
        // The first link request's answer is lost; the job finds the link it made and adopts it.
        m_rig->fake().failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QVERIFY(!s.paymentLinkId.isEmpty());
        // That request applied a second time, late: a second live link of this sale on its order.
        const QString second = m_rig->fake().addLink(s.paymentOrderId, LinkTag {kTill, s.number});
        const QString theirs = m_rig->fake().addLink(m_rig->fake().addOrder(QDateTime::currentDateTimeUtc()),
                                                     LinkTag {u"TILL-B"_s, s.number});
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->fake().link(second).status, LinkStatus::Cancelled, 5000); // one poll cycle
        QCOMPARE(m_rig->fake().link(s.paymentLinkId).status, LinkStatus::Created);
        QCOMPARE(m_rig->fake().link(theirs).status, LinkStatus::Created); // the same number at another till
        QCOMPARE(sale(id).paymentLinkId, s.paymentLinkId);
    }

    void sweepPlanAsATable()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc();
        auto order = [&](const char *id, OrderStatus status) {
            return OrderSnapshot {QString::fromLatin1(id), status, t, {}};
        };
        auto link = [](const char *id, const char *orderId, LinkStatus status, const LinkTag &tag) {
            LinkSnapshot l;
            l.id = QString::fromLatin1(id);
            l.paymentOrderId = QString::fromLatin1(orderId);
            l.status = status;
            l.tag = tag;
            return l;
        };
        const LinkTag ours {kTill, 5};
        const LinkTag theirs {u"TILL-B"_s, 5};
        const QList<OrderSnapshot> window {
            order("o-known", OrderStatus::Open), // a sale of ours uses it
            order("o-lost", OrderStatus::Open), // no link: cannot be proved ours
            order("o-theirs", OrderStatus::Open), // another till's link on it
            order("o-stray", OrderStatus::Open), // a link of ours no sale knows
            order("o-closed", OrderStatus::Closed), // done already
            order("o-untagged", OrderStatus::Open), // a link without a tag (older app, other client)
        };
        const QList<LinkSnapshot> links {
            link("l-known", "o-known", LinkStatus::Created, ours),
            link("l-theirs", "o-theirs", LinkStatus::Created, theirs),
            link("l-stray", "o-stray", LinkStatus::Created, ours),
            link("l-closed", "o-closed", LinkStatus::Cancelled, ours),
            link("l-untagged", "o-untagged", LinkStatus::Created, {}),
            link("l-far", "o-far", LinkStatus::Cancelled, ours), // ours, outside the window, unknown
        };
        const SweepPlan plan = OrphanSweep::plan(kTill, window, links, {u"o-known"_s}, {u"l-known"_s});
        QCOMPARE(plan.linksToCancel, QStringList {u"l-stray"_s});
        QCOMPARE(plan.ordersToClose, QStringList {u"o-stray"_s}); // o-far: outside the windows, not listed
        QCOMPARE(plan.ordersLeftOpen, QStringList {u"o-lost"_s});
        // Without a till id nothing is provably ours.
        const SweepPlan blind = OrphanSweep::plan({}, window, links, {u"o-known"_s}, {u"l-known"_s});
        QVERIFY(blind.linksToCancel.isEmpty() && blind.ordersToClose.isEmpty());
        QCOMPARE(blind.ordersLeftOpen, QStringList {u"o-lost"_s});
        QCOMPARE(SweepPlan {}.event().key(), u"no_orphans"_s);
        // The timeline says it in words, with counts; the IDs stay in the record, for support.
        QCOMPARE(plan.event().args.value(u"left_open"_s).toArray().first().toString(), u"o-lost"_s);
        const QString said = SaleEvents::describe(plan.event());
        QVERIFY2(!said.contains(u"o-"_s) && !said.contains(u"l-"_s), qPrintable(said));
        QVERIFY2(said.contains(u"costs nothing"_s), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
