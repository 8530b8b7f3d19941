// A payment service that answered with server errors (5xx) counts as "online" — it answers — so no
// reconnect wakes the jobs it failed; they would wait out their backoff (up to 5 minutes each,
// found by the crash suites after a 503 storm). Its first good answer wakes them.
#include "fakes/enginerig.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void jobsFailedByServerErrorsGoAsSoonAsTheServiceAnswersAgain()
    {
        EngineRig rig(m_dir.filePath(u"recovery.sqlite"_s));
        SyncTimings timings = EngineRig::quick();
        timings.spareOrder = false;
        rig.fake().failNext(u"createOrder"_s, FakeProvider::Fault::ServerError);
        rig.start(timings);
        const qint64 first = rig.sell();
        QTRY_COMPARE_WITH_TIMEOUT(rig.fake().calls(u"createOrder"_s), 1, 5000);
        // Its backoff after the 503: ten minutes (as a job that failed many times would wait).
        QTRY_VERIFY_WITH_TIMEOUT(!rig.sales().queries().openJobs().isEmpty()
                                     && !rig.sales().queries().openJobs().constFirst().lastError.isEmpty(),
                                 5000);
        {
            QSqlQuery q(rig.database().connection());
            QVERIFY(q.exec(u"UPDATE outbox SET next_attempt_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+10 minutes')"
                           " WHERE status IN ('pending', 'in_flight')"_s));
        }
        // The service answers the next sale's request: the first sale's job is due at once.
        const qint64 second = rig.sell();
        QTRY_COMPARE_WITH_TIMEOUT(rig.sale(second).state, SaleState::LinkReady, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.sale(first).state, SaleState::LinkReady, 5000);
        QCOMPARE(rig.fake().calls(u"createOrder"_s), 3);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
