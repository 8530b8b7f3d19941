#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/databasefile.h"
#include "till/till.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The till's data folder over its life: a database that came back empty is refused rather than
// numbered from 1 again, a backup restores and numbering continues after the highest number ever
// handed out, a damaged database is found at start, a lock file left half-written by a killed
// process does not lock the seller out, and a daily copy is made.
class TestTillStorage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static qint64 sell(Till &till, qint64 ore)
    {
        Cart cart;
        cart.addAmount(u"Honung"_s, Money::fromOre(ore), VatClass::Food);
        QString error;
        const qint64 id = till.sales().commands().commit(cart, &error);
        if (id == 0)
            qWarning() << error;
        return id;
    }
    static qint64 numberOf(Till &till, qint64 saleId)
    {
        QSqlQuery q(till.database().connection());
        q.prepare(u"SELECT number FROM sales WHERE id = ?"_s);
        q.addBindValue(saleId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    Till::Options optionsFor(const QString &name) const
    {
        Till::Options options;
        options.dataDir = m_dir.filePath(name);
        return options;
    }

private slots:
    void anEmptiedDatabaseIsRefusedAndARestoreContinuesTheNumbers()
    {
        const Till::Options options = optionsFor(u"emptied"_s);
        QString backup;
        {
            Till till;
            QString error;
            QVERIFY2(till.open(options, &error), qPrintable(error));
            QVERIFY(sell(till, 4500));
            QVERIFY2(till.backUpNow(u"manual"_s, &backup, &error), qPrintable(error)); // knows sale 1
            QVERIFY(sell(till, 9500));
            QCOMPARE(numberOf(till, sell(till, 2000)), 3);
            QTRY_COMPARE(till.settings().usedNumbers().value(u"sale"_s), 4);
        }
        // The file comes back empty (a bad copy, a disk tool): SQLite would take it as a new database.
        const QString db = QDir(options.dataDir).filePath(u"stallpay.sqlite"_s);
        QVERIFY(QFile::resize(db, 0));
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);

        Till till;
        QString error;
        QVERIFY(!till.open(options, &error));
        QCOMPARE(till.openProblem(), Till::OpenProblem::LostSales);
        QVERIFY2(error.contains(u"missing or empty"_s) && error.contains(u"numbered 3 sale(s)"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Restore the newest backup"_s), qPrintable(error));
        QCOMPARE(QFileInfo(db).size(), 0); // nothing numbered from 1 behind the seller's back

        QCOMPARE(till.backups().list().size(), 1);
        QVERIFY2(till.restoreBackup(till.backups().list().first().path, &error), qPrintable(error));
        QVERIFY2(till.open(options, &error), qPrintable(error));
        // The copy knew only sale 1; numbers 2 and 3 were handed out since, so the next is 4.
        QCOMPARE(numberOf(till, sell(till, 1500)), 4);
    }

    void anOlderDatabaseIsRefusedLikeAnEmptyOne()
    {
        const Till::Options options = optionsFor(u"older"_s);
        const QString db = QDir(options.dataDir).filePath(u"stallpay.sqlite"_s);
        QString oldCopy = m_dir.filePath(u"older-copy.sqlite"_s);
        {
            Till till;
            QString error;
            QVERIFY2(till.open(options, &error), qPrintable(error));
            QVERIFY(sell(till, 4500));
            {
                QSqlQuery q(till.database().connection());
                QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            }
            QVERIFY(QFile::copy(db, oldCopy)); // a copy made by hand, not through Stallpay
            QVERIFY(sell(till, 9500));
            QTRY_COMPARE(till.settings().usedNumbers().value(u"sale"_s), 3);
        }
        QFile::remove(db);
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        QVERIFY(QFile::copy(oldCopy, db));
        Till till;
        QString error;
        QVERIFY(!till.open(options, &error));
        QCOMPARE(till.openProblem(), Till::OpenProblem::LostSales);
        QVERIFY2(error.contains(u"older than this till's sales"_s), qPrintable(error));
    }

    void aDamagedDatabaseIsFoundAtStartAndABackupRestores()
    {
        const Till::Options options = optionsFor(u"damaged"_s);
        const QString db = QDir(options.dataDir).filePath(u"stallpay.sqlite"_s);
        {
            Till till;
            QString error;
            QVERIFY2(till.open(options, &error), qPrintable(error));
            for (int i = 0; i < 50; ++i)
                QVERIFY(sell(till, 100 + i));
            QVERIFY2(till.backUpNow(u"manual"_s, nullptr, &error), qPrintable(error));
            QSqlQuery q(till.database().connection());
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 6 * 4096);
            f.seek(3 * 4096);
            f.write(QByteArray(3 * 4096, '\x5a'));
        }
        Till till;
        QString error;
        QVERIFY(!till.open(options, &error));
        QCOMPARE(till.openProblem(), Till::OpenProblem::Damaged);
        QVERIFY2(error.contains(u"is damaged"_s), qPrintable(error));
        QVERIFY2(till.restoreBackup(till.backups().list().first().path, &error), qPrintable(error));
        QVERIFY2(till.open(options, &error), qPrintable(error));
        QVERIFY(till.database().integrityOk());
        QCOMPARE(numberOf(till, sell(till, 700)), 51);
        // The damaged file is kept beside the backups, for support.
        QCOMPARE(QDir(till.backups().folder()).entryList({u"replaced-*.sqlite"_s}).size(), 1);
    }

    // A big history opens at once and is deep-checked on a thread after the start (quick_check
    // reads every page: seconds at a million sales): a sound one is reported sound, and damage in
    // the middle of one is said while the till runs (Till::databaseChecked).
    void aBigDatabaseIsDeepCheckedAfterTheStart()
    {
        Till::Options options = optionsFor(u"deep"_s);
        options.deepCheckAtOpenBytes = 0; // every file counts as big here
        const QString db = QDir(options.dataDir).filePath(u"stallpay.sqlite"_s);
        {
            Till till;
            QSignalSpy checked(&till, &Till::databaseChecked);
            QString error;
            QVERIFY2(till.open(options, &error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
            QCOMPARE(checked.at(0).at(0).toString(), QString()); // sound
            for (int i = 0; i < 400; ++i)
                QVERIFY(sell(till, 100 + i));
            QSqlQuery q(till.database().connection());
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 pages = f.size() / 4096;
            QVERIFY(pages > 40);
            f.seek((pages / 2) * 4096); // the sales' pages, far from the schema and the counters
            f.write(QByteArray(2 * 4096, '\x5a'));
        }
        Till till;
        QSignalSpy checked(&till, &Till::databaseChecked);
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error)); // at once: not checked yet
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        const QString damage = checked.at(0).at(0).toString();
        QVERIFY2(damage.contains(u"is damaged"_s) && damage.contains(u"Restore a backup"_s), qPrintable(damage));
    }

    void aLockFileLeftEmptyByAKilledProcessDoesNotLockTheSellerOut()
    {
        const Till::Options options = optionsFor(u"lock"_s);
        QVERIFY(QDir().mkpath(options.dataDir));
        const QString lock = QDir(options.dataDir).filePath(u"stallpay.lock"_s);
        QFile file(lock);
        QVERIFY(file.open(QIODevice::WriteOnly)); // created, then the process died before writing
        file.close();
        {
            // Seconds old at most: it may be another till writing its lock right now.
            Till till;
            QString error;
            QVERIFY(!till.open(options, &error));
            QVERIFY2(error.contains(u"already running"_s), qPrintable(error));
        }
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        file.close();
        Till till;
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        // And it holds the lock now: a second till on the folder is refused with its process id.
        Till second;
        QVERIFY(!second.open(options, &error));
        QVERIFY2(error.contains(u"(process %1)"_s.arg(QCoreApplication::applicationPid())), qPrintable(error));
    }

    void aDailyCopyIsMadeOncePerDay()
    {
        Till::Options options = optionsFor(u"daily"_s);
        options.dailyBackupCheckMs = 10;
        Till till;
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        QVERIFY(sell(till, 4500));
        QTRY_COMPARE(till.backups().list().size(), 1);
        const DatabaseBackups::Backup copy = till.backups().list().first();
        QCOMPARE(copy.reason, u"daily"_s);
        QCOMPARE(DatabaseFile::inspect(copy.path).kind, DatabaseFileCheck::Kind::Ours);
        QTest::qWait(100); // ten more checks: today's copy exists, none is added
        QCOMPARE(till.backups().list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTillStorage)
#include "tst_tillstorage.moc"
