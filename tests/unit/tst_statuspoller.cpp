// The poller's cost against a fake payment service (FakeProvider counts each call): each open
// link read by itself on an account with thousands of other links, the account's list only where
// it is measured to cost less, and while a lost link request could still be applied.
// tests/integration/sync/tst_sync_polling shows the same on ping-sandbox with 100,000 links.
#include "fakes/enginerig.h"
#include "sync/answercosts.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestStatusPoller : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineRig> m_rig;
    int m_run = 0;

    EngineRig &rig() { return *m_rig; }
    int calls(const char *call) const { return m_rig->fake().calls(QString::fromLatin1(call)); }
    static SyncTimings settlingIn(qint64 settleMs)
    {
        SyncTimings t = EngineRig::quick();
        t.settleMs = settleMs;
        t.spareOrder = false;
        return t;
    }

private slots:
    void init() { m_rig = std::make_unique<EngineRig>(m_dir.filePath(u"poll-%1.sqlite"_s.arg(++m_run))); }
    void cleanup() { m_rig.reset(); }

    // The poll's cost follows this till's open links: on an account with thousands of other links
    // each open link is read by itself, and the account's list only while a lost link request
    // could still be applied (twice the settle window), never after.
    void pollReadsEachOpenLinkNotTheAccountsList()
    {
        for (int i = 0; i < 3000; ++i)
            rig().fake().addLink(rig().fake().addOrder(QDateTime::currentDateTimeUtc()), LinkTag {u"TILL-B"_s, i + 1});
        const qint64 settleMs = 100;
        rig().start(settlingIn(settleMs));
        rig().fake().failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer); // a reconcile lists, once
        QList<qint64> ids;
        for (int i = 0; i < 20; ++i)
            ids.append(rig().sell());
        QTRY_VERIFY_WITH_TIMEOUT(rig().drained(), 5000);
        QTest::qWait(int(2 * settleMs)); // past the window in which the lost request could apply
        QTRY_VERIFY_WITH_TIMEOUT(calls("getLink") > 0, 5000);
        const int lists = calls("listLinks");
        const int reads = calls("getLink");
        QTRY_VERIFY_WITH_TIMEOUT(calls("getLink") >= reads + 3 * 20, 10000); // three cycles
        QCOMPARE(calls("listLinks"), lists);
        // And they are followed: a payment is seen by the read of its own link.
        LinkSnapshot paid = rig().fake().link(rig().sale(ids.at(7)).paymentLinkId);
        paid.status = LinkStatus::Completed;
        rig().fake().setLink(paid);
        QTRY_COMPARE_WITH_TIMEOUT(rig().sale(ids.at(7)).state, SaleState::Paid, 5000);
        QCOMPARE(calls("listLinks"), lists);
    }

    // On a small account one list answer weighs less than reading each open link: there the
    // poller reads the list (once its size is known), and no single links.
    void pollReadsTheListWhereItIsMeasuredCheaper()
    {
        const qint64 settleMs = 100;
        rig().start(settlingIn(settleMs));
        rig().fake().failNext(u"createLink"_s, FakeProvider::Fault::LostAnswer); // a reconcile lists, once
        for (int i = 0; i < 4; ++i)
            rig().sell();
        QTRY_VERIFY_WITH_TIMEOUT(rig().drained(), 5000);
        QTest::qWait(int(2 * settleMs));
        QTRY_VERIFY_WITH_TIMEOUT(calls("listLinks") > 1, 5000);
        const int reads = calls("getLink");
        const int lists = calls("listLinks");
        QTRY_VERIFY_WITH_TIMEOUT(calls("listLinks") >= lists + 3, 5000);
        QCOMPARE(calls("getLink"), reads);
    }

    void listIsReadOnlyWhereItCostsLess_data()
    {
        QTest::addColumn<qint64>("linkBytes");
        QTest::addColumn<qint64>("listBytes");
        QTest::addColumn<int>("openLinks");
        QTest::addColumn<bool>("list");
        QTest::newRow("nothing measured") << qint64(-1) << qint64(-1) << 20 << false;
        QTest::newRow("list not measured") << qint64(1200) << qint64(-1) << 20 << false;
        QTest::newRow("one open link") << qint64(1200) << qint64(1000) << 1 << false;
        QTest::newRow("small account") << qint64(1200) << qint64(30000) << 20 << true;
        QTest::newRow("break-even") << qint64(1300) << qint64(3 * 2000 - 700) << 3 << false;
        QTest::newRow("just cheaper") << qint64(1300) << qint64(3 * 2000 - 701) << 3 << true;
        QTest::newRow("platform tenant") << qint64(1200) << qint64(120'000'000) << 20 << false;
    }
    void listIsReadOnlyWhereItCostsLess()
    {
        QFETCH(qint64, linkBytes);
        QFETCH(qint64, listBytes);
        QFETCH(int, openLinks);
        QFETCH(bool, list);
        AnswerCosts costs;
        if (linkBytes >= 0)
            costs.noteLink(linkBytes);
        if (listBytes >= 0)
            costs.noteList(listBytes);
        QCOMPARE(costs.listIsCheaper(openLinks), list);
    }
};

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"
