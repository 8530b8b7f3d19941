#include "lifecheck.h"
#include "sandboxcheck.h"
#include "syncrig.h"
#include "testconfig.h"
#include "tillprocess.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The whole life of sales on the real Till (tilldriver --life: charge, send by SMS and e-mail,
// pay at the sandbox, cancel, new link, refund, close) under kill -9, with a server slower than a
// restart (1–3 s on half the requests), late applies and lost answers before and after the apply
// on every endpoint. A kill counts only when it landed with a job in flight (the till's last
// "inflight" line); the suite needs STALLPAY_KILLS of them (default 100; the long run,
// scripts/reliability, asks 1,000). After every kill: the books hold (every acknowledged sale,
// gapless numbers, integrity) and no sale is paid twice; at the end, every sale ended right on the
// service (one live link at most, the one the sale knows; a refund once), and another till's
// orders and links are as they were. STALLPAY_SEED repeats a run's choices (not its timing).
class TestSyncLifeCrash : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QStringList m_otherTillsOrders;

private slots:
    void initTestCase()
    {
        // STALLPAY_KEEP=1 keeps the tills' folders (databases, driver logs) to read a failure.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("STALLPAY_KEEP"));
        qInfo("data folders in %s", qPrintable(m_dir.path()));
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"13"_s}, &error), qPrintable(error));
        {
            // Another till on the account, with two sales waiting for payment: nobody may touch them.
            SyncRig other(m_dir.filePath(u"other"_s), m_sandbox.baseUrl(), m_sandbox);
            const QList<qint64> ids {other.sell(), other.sell()};
            QVERIFY(other.waitForState(ids, SaleState::LinkReady));
            for (qint64 id : ids) {
                Sale sale;
                QVERIFY(other.sales().queries().load(id, &sale));
                m_otherTillsOrders.append(sale.paymentOrderId);
            }
        }
        // Slower than a restart: 1 s on half the requests, 2 s more on a third of them.
        QVERIFY(
            SandboxCheck::addFault(m_sandbox, {{u"kind"_s, u"latency"_s}, {u"ms"_s, 1000}, {u"probability"_s, 0.5}}));
        QVERIFY(
            SandboxCheck::addFault(m_sandbox, {{u"kind"_s, u"latency"_s}, {u"ms"_s, 2000}, {u"probability"_s, 0.3}}));
        // Answers lost on every endpoint: applied late, applied and lost, lost before the apply.
        QVERIFY(SandboxCheck::addFault(m_sandbox,
                                       {{u"kind"_s, u"late_apply"_s}, {u"ms"_s, 2500}, {u"probability"_s, 0.06}}));
        QVERIFY(SandboxCheck::addFault(m_sandbox, {{u"kind"_s, u"drop_after_apply"_s}, {u"probability"_s, 0.08}}));
        QVERIFY(SandboxCheck::addFault(m_sandbox, {{u"kind"_s, u"drop_before_apply"_s}, {u"probability"_s, 0.06}}));
    }

    void wholeLifeUnderKillNineAtRandomInstants()
    {
        const int target =
            qEnvironmentVariableIsSet("STALLPAY_KILLS") ? qEnvironmentVariableIntValue("STALLPAY_KILLS") : 100;
        QVERIFY2(target > 0, "STALLPAY_KILLS must ask for at least one kill");
        QRandomGenerator random(TillProcess::seedFromEnvironment());
        QElapsedTimer clock;
        clock.start();

        TillProcess till(m_dir.filePath(u"till"_s), m_sandbox.baseUrl());
        int tries = 0;
        while (till.killsInFlight() < target && tries < 4 * target) {
            ++tries;
            QString error;
            QVERIFY2(till.start(int(random.bounded(40, 120)), &error), qPrintable(error));
            if (tries % 5 == 0) {
                QTest::qWait(int(random.bounded(50, 1500))); // any instant: start-up, migration, a commit
            } else {
                till.waitForJobInFlight(20000);
                QTest::qWait(int(random.bounded(0, 800))); // somewhere in the request's second or three
            }
            till.kill();
            const QString books = LifeCheck::booksAt(till.databasePath(), till.acknowledged());
            QVERIFY2(books.isEmpty(), qPrintable(u"after kill %1: %2"_s.arg(tries).arg(books)));
            const QString service = LifeCheck::serviceNow(m_sandbox);
            QVERIFY2(service.isEmpty(), qPrintable(u"after kill %1: %2"_s.arg(tries).arg(service)));
        }
        const qint64 killingMs = clock.elapsed();
        QVERIFY2(till.killsInFlight() >= target,
                 qPrintable(u"%1 of %2 kills landed with a job in flight; %3 asked"_s.arg(till.killsInFlight())
                                .arg(till.kills())
                                .arg(target)));
        QVERIFY2(till.acknowledged().size() >= target / 5, "the till must sell between the kills");

        // The network is good again; a last start finishes every job and stays a poll cycle more.
        SandboxCheck::admin(m_sandbox, "DELETE", u"/faults"_s);
        QString error;
        QVERIFY2(till.drain(20000, &error), qPrintable(error));
        const QString books = LifeCheck::booksAt(till.databasePath(), till.acknowledged());
        QVERIFY2(books.isEmpty(), qPrintable(books));
        LifeCheck::PaidBeforeCancel late;
        const QString end =
            LifeCheck::endOfLife(m_sandbox, {LifeCheck::tillAt(till.dataDir())}, m_otherTillsOrders, &late);
        QVERIFY2(end.isEmpty(), qPrintable(end));
        QCOMPARE(late.leftOpen, 0); // cancelled while paid: paid after all, the money paid out
        const QString cancels = LifeCheck::cancelledOnlyWhenAsked(till.databasePath(), till.cancelAsked());
        QVERIFY2(cancels.isEmpty(), qPrintable(cancels));
        qInfo("RELIABILITY crash: %d kills, %d in flight, %lld sales acknowledged (%s), %d actions, duplicates 0,"
              " %d paid before their cancel (%d orders left open), %.0f s killing + %.0f s drain",
              till.kills(), till.killsInFlight(), qint64(till.acknowledged().size()),
              qPrintable(LifeCheck::endStates(till.databasePath())), till.actions(), late.sales, late.leftOpen,
              killingMs / 1000.0, (clock.elapsed() - killingMs) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestSyncLifeCrash)
#include "tst_sync_lifecrash.moc"
