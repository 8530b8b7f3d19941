#include "lifecheck.h"
#include "sandboxcheck.h"
#include "testconfig.h"
#include "tillprocess.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <memory>

// Two real tills (tilldriver --life) on one account, both selling through outages (every request
// answered 503 for a second or two), lost answers and kill -9s. Each link carries its till's id
// (metadata stallpay_till): at the end every link is on an order of the till it names, no till
// closed or cancelled the other's, every order neither knows is still open without a link, and
// each till's sales ended right (LifeCheck::endOfLife). STALLPAY_TWO_TILL_KILLS: kills in all
// (default 30).
class TestSyncTwoTills : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // STALLPAY_KEEP=1 keeps the tills' folders (databases, driver logs) to read a failure.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("STALLPAY_KEEP"));
        qInfo("data folders in %s", qPrintable(m_dir.path()));
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"17"_s}, &error), qPrintable(error));
        QVERIFY(
            SandboxCheck::addFault(m_sandbox, {{u"kind"_s, u"latency"_s}, {u"ms"_s, 800}, {u"probability"_s, 0.4}}));
        QVERIFY(SandboxCheck::addFault(m_sandbox, {{u"kind"_s, u"drop_after_apply"_s}, {u"probability"_s, 0.08}}));
        QVERIFY(SandboxCheck::addFault(m_sandbox,
                                       {{u"kind"_s, u"late_apply"_s}, {u"ms"_s, 1500}, {u"probability"_s, 0.04}}));
    }

    void twoTillsThroughOutagesAndKillsTouchOnlyTheirOwn()
    {
        const int kills = qEnvironmentVariableIsSet("STALLPAY_TWO_TILL_KILLS")
            ? qEnvironmentVariableIntValue("STALLPAY_TWO_TILL_KILLS")
            : 30;
        QRandomGenerator random(TillProcess::seedFromEnvironment());
        QElapsedTimer clock;
        clock.start();
        std::array<std::unique_ptr<TillProcess>, 2> tills {
            std::make_unique<TillProcess>(m_dir.filePath(u"a"_s), m_sandbox.baseUrl()),
            std::make_unique<TillProcess>(m_dir.filePath(u"b"_s), m_sandbox.baseUrl())};
        QString error;
        for (auto &till : tills)
            QVERIFY2(till->start(120, &error), qPrintable(error));
        int outages = 0;
        for (int i = 0; i < kills; ++i) {
            TillProcess &victim = *tills.at(random.bounded(2));
            if (i % 3 == 0) {
                // An outage for both: the service answers 503 to everything for a second or two.
                const QString id =
                    SandboxCheck::admin(m_sandbox, "POST", u"/faults"_s, R"({"kind":"status","status":503})")
                        .json()[u"id"_s]
                        .toVariant()
                        .toString();
                QTest::qWait(int(random.bounded(1000, 2500)));
                SandboxCheck::admin(m_sandbox, "DELETE", u"/faults/"_s + id);
                ++outages;
            }
            victim.waitForJobInFlight(10000);
            QTest::qWait(int(random.bounded(0, 600)));
            victim.kill();
            const QString books = LifeCheck::booksAt(victim.databasePath(), victim.acknowledged());
            QVERIFY2(books.isEmpty(), qPrintable(u"after kill %1: %2"_s.arg(i + 1).arg(books)));
            QVERIFY2(victim.start(120, &error), qPrintable(error));
        }
        for (auto &till : tills)
            till->kill();
        const int enough = std::max(1, kills / 3);
        QVERIFY2(tills.at(0)->acknowledged().size() >= enough && tills.at(1)->acknowledged().size() >= enough,
                 "both tills must sell");
        const qint64 sellingMs = clock.elapsed();

        SandboxCheck::admin(m_sandbox, "DELETE", u"/faults"_s);
        for (auto &till : tills)
            till->startDrain(20000);
        for (auto &till : tills)
            QVERIFY2(till->finishDrain(&error), qPrintable(error));
        for (auto &till : tills) {
            const QString books = LifeCheck::booksAt(till->databasePath(), till->acknowledged());
            QVERIFY2(books.isEmpty(), qPrintable(books));
        }
        const LifeCheck::TillBooks a = LifeCheck::tillAt(tills.at(0)->dataDir());
        const LifeCheck::TillBooks b = LifeCheck::tillAt(tills.at(1)->dataDir());
        QVERIFY(!a.tillId.isEmpty() && a.tillId != b.tillId);
        LifeCheck::PaidBeforeCancel late;
        const QString end = LifeCheck::endOfLife(m_sandbox, {a, b}, {}, &late);
        QVERIFY2(end.isEmpty(), qPrintable(end));
        QCOMPARE(late.leftOpen, 0); // cancelled while paid: paid after all, the money paid out
        for (auto &till : tills) {
            const QString cancels = LifeCheck::cancelledOnlyWhenAsked(till->databasePath(), till->cancelAsked());
            QVERIFY2(cancels.isEmpty(), qPrintable(cancels));
        }
        qInfo("RELIABILITY two tills: %d kills (%d in flight), %d outages, %lld (%s) + %lld (%s) sales,"
              " duplicates 0, none touched, %d paid before their cancel (%d orders left open), %.0f s selling"
              " + %.0f s drain",
              tills.at(0)->kills() + tills.at(1)->kills(), tills.at(0)->killsInFlight() + tills.at(1)->killsInFlight(),
              outages, qint64(tills.at(0)->acknowledged().size()), qPrintable(LifeCheck::endStates(a.databasePath)),
              qint64(tills.at(1)->acknowledged().size()), qPrintable(LifeCheck::endStates(b.databasePath)), late.sales,
              late.leftOpen, sellingMs / 1000.0, (clock.elapsed() - sellingMs) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestSyncTwoTills)
#include "tst_sync_twotills.moc"
