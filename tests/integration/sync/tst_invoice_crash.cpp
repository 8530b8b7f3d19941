#include "sandboxcheck.h"
#include "sandboxprocess.h"
#include "store/database.h"
#include "testconfig.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// kill -9 of a till at random moments while it sells, invoices and credits (tilldriver --invoice).
// After every restart: the invoice numbers are one gapless series from 1, none reused, none lost that
// was reported on disk; a sale has at most one invoice and one credit note, and each credit note
// names its sale's invoice. STALLPAY_KILLS sets the number of kills (default 60).
class TestInvoiceCrash : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    QStringList driverArgs() const
    {
        return {u"--data-dir"_s,      m_dir.path(),           u"--api-base"_s,    m_sandbox.baseUrl().toString(),
                u"--tenant-id"_s,     m_sandbox.tenantId(),   u"--merchant-id"_s, m_sandbox.merchantId(),
                u"--split-tree-id"_s, m_sandbox.splitTreeId()};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"15"_s}, &error), qPrintable(error));
        QVERIFY(SandboxCheck::addFault(m_sandbox, {{u"kind"_s, u"latency"_s}, {u"ms"_s, 10}}));
    }

    void killNineWhileInvoicingLeavesNoGapAndNoDuplicate()
    {
        const int kills =
            qEnvironmentVariableIsSet("STALLPAY_KILLS") ? qEnvironmentVariableIntValue("STALLPAY_KILLS") : 60;
        QRandomGenerator random(20261201);
        QSet<qint64> reported;
        int runsThatInvoiced = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess till;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_LOGGING_RULES"_s, u"stallpay.*.info=false"_s);
            till.setProcessEnvironment(env);
            const QString log = m_dir.filePath(u"till.err"_s); // said when a start goes wrong
            till.setStandardErrorFile(log);
            till.start(QStringLiteral(STALLPAY_BIN_DIR "/tilldriver"),
                       driverArgs() + QStringList {u"--sell"_s, u"20"_s, u"--invoice"_s});
            QVERIFY2(till.waitForStarted(), qPrintable(till.errorString()));
            const auto said = [&log] {
                QFile f(log);
                return f.open(QIODevice::ReadOnly) ? f.readAll().right(2000) : QByteArray();
            };
            // Every kill lands after "ready", among sales, invoices and requests. Kills in start-up are
            // tst_sync_crash's; one while the lock file is being written can leave it unreadable,
            // and QLockFile with no stale time never breaks such a lock (a finding of its own).
            QTRY_VERIFY2_WITH_TIMEOUT(till.canReadLine() || till.state() == QProcess::NotRunning, said().constData(),
                                      20000);
            QVERIFY2(till.state() == QProcess::Running, said().constData());
            QTest::qWait(int(random.bounded(20, 300)));
            till.kill(); // SIGKILL: mid-transaction, mid-request
            QTRY_COMPARE_WITH_TIMEOUT(till.state(), QProcess::NotRunning, 20000);
            bool invoiced = false;
            for (const QByteArray &line : till.readAllStandardOutput().split('\n')) {
                if (line.startsWith("invoiced ") || line.startsWith("credited ")) {
                    reported.insert(line.mid(line.indexOf(' ') + 1).toLongLong());
                    invoiced = true;
                }
            }
            runsThatInvoiced += invoiced ? 1 : 0;
        }
        QVERIFY2(runsThatInvoiced >= kills / 4, "the kills must land while the till is invoicing");

        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(u"stallpay.sqlite"_s), &error), qPrintable(error));
        QVERIFY(db.integrityOk());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT i.number, i.kind, i.sale_id, c.sale_id, s.state FROM invoices i"
                       " JOIN sales s ON s.id = i.sale_id LEFT JOIN invoices c ON c.id = i.credits_invoice_id"
                       " ORDER BY i.number"_s));
        QList<qint64> numbers;
        QHash<qint64, int> invoicesOfSale, creditsOfSale;
        while (q.next()) {
            numbers.append(q.value(0).toLongLong());
            const qint64 sale = q.value(2).toLongLong();
            if (q.value(1).toString() == u"credit_note"_s) {
                ++creditsOfSale[sale];
                QCOMPARE(q.value(3).toLongLong(), sale); // it credits its own sale's invoice
                QCOMPARE(q.value(4).toString(), u"cancelled"_s);
            } else {
                ++invoicesOfSale[sale];
            }
        }
        QVERIFY(q.exec(u"SELECT next_value FROM counters WHERE name = 'invoice'"_s) && q.next());
        const qint64 next = q.value(0).toLongLong();
        qInfo("%d kills, %lld invoices and credit notes, %lld reported before a kill", kills, qint64(numbers.size()),
              qint64(reported.size()));
        QVERIFY(numbers.size() > 20);
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), qint64(i + 1)); // gapless, none twice
        QCOMPARE(next, qint64(numbers.size() + 1)); // no number taken and lost
        for (qint64 n : reported)
            QVERIFY2(numbers.contains(n), qPrintable(u"invoice %1 lost"_s.arg(n)));
        for (int count : std::as_const(invoicesOfSale))
            QCOMPARE(count, 1);
        for (auto it = creditsOfSale.cbegin(); it != creditsOfSale.cend(); ++it) {
            QCOMPARE(it.value(), 1);
            QVERIFY(invoicesOfSale.contains(it.key()));
        }
        QVERIFY(!creditsOfSale.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceCrash)
#include "tst_invoice_crash.moc"
