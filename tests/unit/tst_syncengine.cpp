// The sync engine's decisions against a fake payment service (FakeProvider), in milliseconds:
// reconcile after a lost answer, retries and Retry-After, a failed "in flight" mark, the orphan
// sweep. The real-sandbox suites (tests/integration/sync) run the same engine over HTTP.
#include "clock/clock.h"
#include "fakes/fakeprovider.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleevents.h"
#include "sale/saleservice.h"
#include "store/database.h"
#include "sync/backoff.h"
#include "sync/orphansweep.h"
#include "sync/syncengine.h"

#include <QJsonArray>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const auto kTill = u"TILL-A"_s;

SyncTimings quick()
{
    SyncTimings t;
    t.backoffBaseMs = 1;
    t.backoffCapMs = 4;
    t.focusPollMs = 10;
    t.probeMinMs = 5;
    t.probeMaxMs = 20;
    t.transferTimeoutMs = 1000;
    t.listPollByAge = {{std::numeric_limits<qint64>::max(), 50}};
    t.spareOrder = false; // the tests count each sale's orders; the spare order's own tests turn it on
    return t;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<FakeProvider> m_fake;
    std::unique_ptr<SyncEngine> m_engine;
    int m_run = 0;

    void
    startEngine(const Clock &clock = Clock::system(), qint64 settleMs = SyncTimings().settleMs, bool spareOrder = false)
    {
        m_sales = std::make_unique<SaleService>(*m_db, clock, VatTable::sweden());
        SyncTimings timings = quick();
        timings.settleMs = settleMs;
        timings.spareOrder = spareOrder;
        m_engine = std::make_unique<SyncEngine>(*m_sales, *m_fake, clock, timings);
        LinkDefaults defaults;
        defaults.supplier.name = u"Ståndet"_s;
        defaults.methods = {PaymentMethodChoice {u"swish"_s, u"e_commerce"_s, {}}};
        defaults.tillId = kTill;
        m_engine->setLinkDefaults(defaults);
        m_engine->start();
    }
    qint64 sell()
    {
        Cart cart;
        Product p;
        p.id = 1;
        p.name = u"Bulle"_s;
        p.price = Money::fromOre(2500);
        p.vatClass = VatClass::Food;
        cart.addProduct(p);
        QString error;
        const qint64 id = m_sales->commands().commit(cart, &error);
        if (id == 0)
            qWarning("commit failed: %s", qPrintable(error));
        return id;
    }
    Sale sale(qint64 id) const
    {
        Sale s;
        m_sales->queries().load(id, &s);
        return s;
    }
    bool drained() const { return m_sales->queries().pendingActionCount() == 0 && m_engine->runningCount() == 0; }
    QStringList timeline(qint64 id) const
    {
        QStringList details;
        for (const SaleEvent &e : m_sales->queries().timeline(id))
            details.append(e.detail);
        return details;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(u"sync-%1.sqlite"_s.arg(++m_run)), &error), qPrintable(error));
        m_fake = std::make_unique<FakeProvider>();
    }
    void cleanup()
    {
        m_engine.reset();
        m_sales.reset();
        m_fake.reset();
        m_db.reset();
    }

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
        const LinkSnapshot link = m_fake->link(s.paymentLinkId);
        QCOMPARE(link.paymentOrderId, s.paymentOrderId);
        QCOMPARE(link.tag, (LinkTag {kTill, s.number})); // the link says whose it is
        QCOMPARE(m_fake->calls(u"createOrder"_s), 1);
        QCOMPARE(m_fake->calls(u"createLink"_s), 1);
    }

    void lostLinkAnswerAdoptsOnlyTheLinkThatIsProvablyOurs()
    {
        startEngine();
        // Another till's live link, and a live link on our order made for another sale number:
        // neither may be adopted.
        m_fake->addLink(m_fake->addOrder(QDateTime::currentDateTimeUtc()), LinkTag {u"TILL-B"_s, 1});
        m_fake->failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QCOMPARE(s.state, SaleState::LinkReady);
        QCOMPARE(m_fake->calls(u"createLink"_s), 1); // the lost one was found, none sent again
        QVERIFY(m_fake->calls(u"listLinks"_s) >= 1);
        QCOMPARE(m_fake->link(s.paymentLinkId).tag, (LinkTag {kTill, s.number}));
        QCOMPARE(m_fake->link(s.paymentLinkId).paymentOrderId, s.paymentOrderId);
    }

    void lostLinkAnswerIgnoresALinkTaggedForAnotherSale()
    {
        startEngine();
        // Made to happen: the order of our sale already holds a live link that says it is another
        // sale's. After the lost answer the reconcile must adopt ours, not that one.
        m_fake->failNext(u"createLink"_s, FakeProvider::Fault::NotApplied, 1000000); // hold it before the link
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->calls(u"createLink"_s) >= 1, 5000);
        const QString foreign = m_fake->addLink(sale(id).paymentOrderId, LinkTag {kTill, 999}); // listed first
        m_fake->clearFaults();
        m_fake->failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer);
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QCOMPARE(s.state, SaleState::LinkReady);
        QVERIFY(s.paymentLinkId != foreign);
        QCOMPARE(m_fake->link(s.paymentLinkId).tag, (LinkTag {kTill, s.number}));
    }

    void notAppliedIsRetriedWithoutAReconcile()
    {
        startEngine();
        m_fake->failNext(u"createOrder"_s, FakeProvider::Fault::NotApplied, 3);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        QCOMPARE(sale(id).state, SaleState::LinkReady);
        QCOMPARE(m_fake->calls(u"createOrder"_s), 4);
        QCOMPARE(m_fake->orders().size(), 1);
        QCOMPARE(m_fake->calls(u"listOrders"_s), 0); // nothing may have been made: no sweep
    }

    void retryAfterIsAFloorEvenAfterAReconnect()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        startEngine(clock);
        m_fake->failNext(u"createOrder"_s, FakeProvider::Fault::RateLimited, 1, 30);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_sales->queries().openJobs().value(0).attempts == 1 && m_engine->runningCount() == 0,
                                 5000);
        const OutboxJob job = m_sales->queries().openJobs().value(0);
        QVERIFY(job.nextAttemptAt >= clock.nowUtc().addSecs(30));
        m_sales->outcomes().wakeJobs(); // what a reconnect does
        sell(); // and a new job wakes the engine
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->calls(u"createOrder"_s) == 2, 5000); // the new sale's order
        QTest::qWait(20);
        QCOMPARE(m_fake->calls(u"createOrder"_s), 2);
        QCOMPARE(sale(id).state, SaleState::Committed); // still waiting for its Retry-After
        clock.advanceMs(30 * 1000);
        sell();
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::LinkReady, 5000);
    }

    void refusedIsNotRetried()
    {
        startEngine();
        m_fake->failNext(u"createOrder"_s, FakeProvider::Fault::Refused);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(sale(id).state == SaleState::Failed, 5000);
        QTest::qWait(20);
        QCOMPARE(m_fake->calls(u"createOrder"_s), 1);
    }

    void failedInFlightMarkSendsNothingAndResumes()
    {
        startEngine();
        // The real database refuses the mark, as a full disk does: a temporary trigger on this
        // connection aborts every update that would set a job in flight.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER full_disk BEFORE UPDATE OF status ON outbox"
                       " WHEN NEW.status = 'in_flight' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
        QSignalSpy held(m_engine.get(), &SyncEngine::heldChanged);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->isHeld(), 5000);
        QVERIFY2(m_engine->heldReason().contains(u"disk is full"_s), qPrintable(m_engine->heldReason()));
        QTest::qWait(50); // it tries again meanwhile, and still sends nothing
        QCOMPARE(m_fake->calls(u"createOrder"_s), 0);
        QCOMPARE(sale(id).state, SaleState::Committed);
        QCOMPARE(held.size(), 1);
        QVERIFY(q.exec(u"DROP TRIGGER full_disk"_s)); // space is back
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isHeld(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        QCOMPARE(sale(id).state, SaleState::LinkReady);
        QCOMPARE(m_fake->calls(u"createOrder"_s), 1);
        QCOMPARE(held.size(), 2);
        QCOMPARE(held.last().first().toBool(), false);
    }

    void sweepLeavesOrdersItCannotProveOpen()
    {
        startEngine();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Another till's order, made in our window, with no link yet (it is about to make one).
        const QString theirs = m_fake->addOrder(now);
        m_fake->failNext(u"createOrder"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QCOMPARE(s.state, SaleState::LinkReady);
        QCOMPARE(m_fake->calls(u"createOrder"_s), 2); // the lost one and the one the sale uses
        QVERIFY(m_fake->calls(u"listOrders"_s) >= 1); // the sweep ran
        QVERIFY(m_fake->closedOrders().isEmpty());
        QCOMPARE(m_fake->order(theirs).status, OrderStatus::Open);
        // The other till can still sell on its order.
        QCOMPARE(m_fake->orders().size(), 3);
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
        const QString strayOrder = m_fake->addOrder(now);
        const QString stray = m_fake->addLink(strayOrder, LinkTag {kTill, 77});
        const QString otherOrder = m_fake->addOrder(now);
        const QString other = m_fake->addLink(otherOrder, LinkTag {u"TILL-B"_s, 77});
        m_fake->failNext(u"createOrder"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        QCOMPARE(m_fake->cancelledLinks(), QStringList {stray});
        QCOMPARE(m_fake->closedOrders(), QStringList {strayOrder});
        QCOMPARE(m_fake->link(other).status, LinkStatus::Created);
        QCOMPARE(m_fake->order(otherOrder).status, OrderStatus::Open);
        const Sale s = sale(id);
        QCOMPARE(m_fake->link(s.paymentLinkId).status, LinkStatus::Created); // our sale's own link stays
        QCOMPARE(m_fake->order(s.paymentOrderId).status, OrderStatus::Open);
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
        m_fake->failNext(u"createLink"_s, FakeProvider::Fault::TimedOut);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->calls(u"listLinks"_s) >= 3, 5000); // looked again and again
        QCOMPARE(m_fake->calls(u"createLink"_s), 1);
        QCOMPARE(sale(id).state, SaleState::OrderCreated);
        const QString late = m_fake->addLink(sale(id).paymentOrderId, LinkTag {kTill, sale(id).number});
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).paymentLinkId, late, 5000);
        QCOMPARE(m_fake->calls(u"createLink"_s), 1);
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
        m_fake->failNext(u"createLink"_s, FakeProvider::Fault::TimedOut);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->calls(u"listLinks"_s) >= 2, 5000);
        QCOMPARE(m_fake->calls(u"createLink"_s), 1);
        clock.advanceMs(10 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(sale(id).state, SaleState::LinkReady, 5000);
        QCOMPARE(m_fake->calls(u"createLink"_s), 2);
        QCOMPARE(m_fake->links().size(), 1);
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
        LinkSnapshot link = m_fake->link(sale(id).paymentLinkId);
        link.status = LinkStatus::Completed;
        if (otherOrder)
            link.paymentOrderId = m_fake->addOrder(QDateTime::currentDateTimeUtc());
        if (totalOre != 0)
            link.totalOre = totalOre;
        m_fake->setLink(link);
        if (!otherOrder && totalOre == 0) {
            QTRY_COMPARE_WITH_TIMEOUT(sale(id).state, SaleState::Paid, 5000);
            return;
        }
        const int polls = m_fake->calls(u"getLink"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->calls(u"getLink"_s) >= polls + 3, 5000); // read since, and applied
        QCOMPARE(sale(id).state, SaleState::LinkReady);
    }

    void secondLiveLinkIsCancelledByThePoll()
    {
        startEngine();
        // The first link request's answer is lost; the job finds the link it made and adopts it.
        m_fake->failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer);
        const qint64 id = sell();
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 5000);
        const Sale s = sale(id);
        QVERIFY(!s.paymentLinkId.isEmpty());
        // That request applied a second time, late: a second live link of this sale on its order.
        const QString second = m_fake->addLink(s.paymentOrderId, LinkTag {kTill, s.number});
        const QString theirs =
            m_fake->addLink(m_fake->addOrder(QDateTime::currentDateTimeUtc()), LinkTag {u"TILL-B"_s, s.number});
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->link(second).status, LinkStatus::Cancelled, 5000); // one poll cycle
        QCOMPARE(m_fake->link(s.paymentLinkId).status, LinkStatus::Created);
        QCOMPARE(m_fake->link(theirs).status, LinkStatus::Created); // the same number at another till
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
