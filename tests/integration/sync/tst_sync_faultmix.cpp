#include "lifecheck.h"
#include "sandboxcheck.h"
#include "syncrig.h"
#include "testconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

// Every fault kind of the sandbox alone, then all of them mixed over 200 sales: each sale gets
// its one link, the paid half ends paid with its order closed, the rest wait with their one live
// link, and nothing is done twice (LifeCheck::endOfLife). Meanwhile an event-loop probe — a 10 ms
// timer on the thread the sync engine runs on, the GUI thread in the app — records how late it
// fires: the longest stall is printed and written to build/bench/reliability-faults.txt, not
// asserted (fsync and a loaded machine decide it as much as the code).
class TestSyncFaultMix : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;

    // How late a 10 ms timer fires on this thread, over a run.
    class StallProbe
    {
    public:
        StallProbe()
        {
            m_timer.setTimerType(Qt::PreciseTimer);
            QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
                const qint64 late = m_clock.restart() - 10;
                m_lateMs.push_back(std::max<qint64>(0, late));
            });
            m_clock.start();
            m_timer.start(10);
        }
        qint64 maxMs() const { return m_lateMs.empty() ? 0 : *std::max_element(m_lateMs.begin(), m_lateMs.end()); }
        qint64 percentileMs(double p) const
        {
            if (m_lateMs.empty())
                return 0;
            std::vector<qint64> sorted = m_lateMs;
            std::sort(sorted.begin(), sorted.end());
            return sorted.at(std::min(sorted.size() - 1, size_t(p * double(sorted.size()))));
        }
        qint64 over(qint64 ms) const
        {
            return std::count_if(m_lateMs.begin(), m_lateMs.end(), [ms](qint64 l) { return l > ms; });
        }
        size_t samples() const { return m_lateMs.size(); }

    private:
        QTimer m_timer;
        QElapsedTimer m_clock;
        std::vector<qint64> m_lateMs;
    };

    static QList<QJsonObject> allKinds()
    {
        return {
            {{u"kind"_s, u"latency"_s}, {u"ms"_s, 400}},
            {{u"kind"_s, u"status"_s}, {u"status"_s, 500}},
            {{u"kind"_s, u"status"_s}, {u"status"_s, 503}},
            {{u"kind"_s, u"rate_limit"_s}, {u"retry_after"_s, 1}},
            {{u"kind"_s, u"drop_before_apply"_s}},
            {{u"kind"_s, u"drop_after_apply"_s}},
            {{u"kind"_s, u"late_apply"_s}, {u"ms"_s, 800}},
            {{u"kind"_s, u"slow_drip"_s}, {u"bytes"_s, 64}, {u"interval_ms"_s, 50}},
            {{u"kind"_s, u"malformed_json"_s}},
            {{u"kind"_s, u"captive_portal"_s}}, // 200 text/html: the wrong content type
            {{u"kind"_s, u"endless"_s}},
        };
    }

    static void report(const QString &line)
    {
        qInfo("%s", qPrintable(line));
        const QString dir = QStringLiteral(STALLPAY_BIN_DIR "/../bench");
        QDir().mkpath(dir);
        QFile file(dir + u"/reliability-faults.txt"_s);
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write(line.toUtf8() + '\n');
    }

    // Sells `count` sales under the faults given, pays every other one, and checks how they end.
    void run(const QString &name, const QList<QJsonObject> &faults, int count)
    {
        QCOMPARE(SandboxCheck::admin(m_sandbox, "POST", u"/reset"_s).status / 100, 2);
        for (const QJsonObject &f : faults)
            QVERIFY(SandboxCheck::addFault(m_sandbox, f));
        QTemporaryDir dir;
        QElapsedTimer clock;
        clock.start();
        StallProbe probe;
        SyncRig rig(dir.path(), m_sandbox.baseUrl(), m_sandbox);
        QVERIFY(rig.isOpen());
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            ids.append(rig.sell(1 + i % 3));
            QVERIFY(ids.last() != 0);
            QTest::qWait(10);
        }
        QVERIFY2(rig.waitForState(ids, SaleState::LinkReady, 240000), "every sale gets its link");
        QList<qint64> paid;
        for (int i = 0; i < ids.size(); i += 2) {
            Sale sale;
            rig.sales().queries().load(ids.at(i), &sale);
            QCOMPARE(SandboxCheck::admin(m_sandbox, "POST", u"/payment_links/%1/pay"_s.arg(sale.paymentLinkId)).status,
                     200);
            paid.append(ids.at(i));
        }
        QVERIFY2(rig.waitForState(paid, SaleState::Paid, 240000), "every paid sale is seen paid");
        QVERIFY2(rig.drain(240000), "every job ends, faults and all");
        // Faults off; a late apply still in the air lands, and a poll cycle cancels any second link.
        SandboxCheck::admin(m_sandbox, "DELETE", u"/faults"_s);
        QTest::qWait(2000);
        QVERIFY(rig.drain());
        const QString end =
            LifeCheck::endOfLife(m_sandbox, {{QDir(dir.path()).filePath(u"stallpay.sqlite"_s), rig.tillId()}});
        QVERIFY2(end.isEmpty(), qPrintable(name + u": "_s + end));
        int cancelledSeconds = 0;
        for (const QJsonValue &l : SandboxCheck::links(m_sandbox))
            cancelledSeconds += l[u"status"_s].toString() == u"CANCELLED"_s ? 1 : 0;
        report(u"RELIABILITY faults %1: %2 sales, %3 paid, none left twice (%4 second links of a late apply"
               " cancelled by the poll), event loop"
               " late max %5 ms, p99 %6 ms, %7 of %8 ticks over 100 ms, %9 s"_s.arg(name)
                   .arg(count)
                   .arg(paid.size())
                   .arg(cancelledSeconds)
                   .arg(probe.maxMs())
                   .arg(probe.percentileMs(0.99))
                   .arg(probe.over(100))
                   .arg(probe.samples())
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"21"_s}, &error), qPrintable(error));
    }

    void eachFaultKindAlone_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        for (QJsonObject f : allKinds()) {
            const QString name =
                f[u"kind"_s].toString() + (f.contains(u"status"_s) ? u"-%1"_s.arg(f[u"status"_s].toInt()) : QString());
            // An endless body costs the client its 4 MiB cap each time: rarer, or the row takes minutes.
            f.insert(u"probability"_s, f[u"kind"_s] == u"endless"_s ? 0.1 : 0.3);
            QTest::newRow(qPrintable(name)) << f;
        }
    }

    void eachFaultKindAlone()
    {
        QFETCH(QJsonObject, fault);
        // STALLPAY_FAULT_ALONE_SALES sales each (default 10; ctest sets 5, for the suite's time).
        const int sales = qEnvironmentVariableIsSet("STALLPAY_FAULT_ALONE_SALES")
            ? qEnvironmentVariableIntValue("STALLPAY_FAULT_ALONE_SALES")
            : 10;
        run(QString::fromLatin1(QTest::currentDataTag()), {fault}, sales);
    }

    // STALLPAY_FAULT_SALES sales (default 200; ctest sets 60: on the loaded suite machine the 200
    // took over 4 minutes to all get their links, each lost create waiting out its settle window).
    void allKindsMixedOver200Sales()
    {
        const int sales = qEnvironmentVariableIsSet("STALLPAY_FAULT_SALES")
            ? qEnvironmentVariableIntValue("STALLPAY_FAULT_SALES")
            : 200;
        QList<QJsonObject> faults;
        for (QJsonObject f : allKinds()) {
            f.insert(u"probability"_s, f[u"kind"_s] == u"endless"_s ? 0.005 : 0.02); // a fault on ~1 in 5 requests
            faults.append(f);
        }
        run(u"mixed"_s, faults, sales);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaultMix)
#include "tst_sync_faultmix.moc"
