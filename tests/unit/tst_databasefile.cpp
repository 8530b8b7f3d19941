#include "store/database.h"
#include "store/databasebackups.h"
#include "store/databasefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A database that knows itself: another program's file, a non-SQLite file, a newer schema and a
// damaged database are refused without a byte changed; ours carry Stallpay's application_id; and
// backups are whole copies that restore without losing the file they replace.
class TestDatabaseFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }
    // Every file in the folder with its content: what "not a byte changed" means.
    static QMap<QString, QByteArray> folderState(const QString &folder)
    {
        QMap<QString, QByteArray> state;
        for (const QString &name : QDir(folder).entryList(QDir::Files))
            state.insert(name, digest(QDir(folder).filePath(name)));
        return state;
    }
    // An SQLite file made by some other program, with the statements given.
    static void makeForeign(const QString &file, const QStringList &statements)
    {
        const QString name = u"foreign-"_s + file;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // A Stallpay database with one sale, closed.
    void makeOurs(const QString &file)
    {
        Database db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"UPDATE counters SET next_value = 8 WHERE name = 'sale'"_s));
        QVERIFY(q.exec(u"INSERT INTO sales (number, created_at, sale_date, total_ore, vat_ore, state, updated_at)"
                       " VALUES (7, '2026-12-01T10:00:00Z', '2026-12-01', 4500, 900, 'paid_cash',"
                       " '2026-12-01T10:00:00Z')"_s));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }

private slots:
    void anotherProgramsDatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("why");
        QTest::newRow("notes app") << QStringList {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                                                   u"INSERT INTO notes (body) VALUES ('hej')"_s}
                                   << u"tables Stallpay did not make"_s;
        QTest::newRow("another till's sales table")
            << QStringList {u"CREATE TABLE sales (id INTEGER PRIMARY KEY, amount REAL)"_s,
                            u"INSERT INTO sales (amount) VALUES (12.5)"_s}
            << u"tables Stallpay did not make"_s;
        QTest::newRow("application id of its own")
            << QStringList {u"PRAGMA application_id = 1234"_s, u"CREATE TABLE counters (name TEXT)"_s}
            << u"another program (application id 0x4d2)"_s;
    }
    void anotherProgramsDatabaseIsRefusedUntouched()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, why);
        const QString folder = path(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(u"stallpay.sqlite"_s);
        makeForeign(file, statements);
        const auto before = folderState(folder);

        QCOMPARE(DatabaseFile::inspect(file).kind, DatabaseFileCheck::Kind::Foreign);
        Database db;
        QString error;
        QVERIFY(!db.open(file, &error));
        QCOMPARE(db.problem(), Database::Problem::Foreign);
        QVERIFY2(error.contains(u"not a Stallpay sales database"_s) && error.contains(why), qPrintable(error));
        QVERIFY2(error.contains(u"has not changed it"_s), qPrintable(error));
        QCOMPARE(folderState(folder), before); // not a byte, and no journal files beside it
    }

    void aFileThatIsNotSqliteIsRefusedUntouched()
    {
        const QString file = path(u"text.sqlite"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("name;price\nHonung;95\n").repeated(20));
        f.close();
        const QByteArray before = digest(file);
        Database db;
        QString error;
        QVERIFY(!db.open(file, &error));
        QCOMPARE(db.problem(), Database::Problem::Foreign);
        QVERIFY2(error.contains(u"not an SQLite database"_s), qPrintable(error));
        QCOMPARE(digest(file), before);
    }

    void ourDatabasesCarryTheApplicationId()
    {
        const QString file = path(u"ours.sqlite"_s);
        makeOurs(file);
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        check.setDatabaseName(file);
        QVERIFY(check.open());
        QSqlQuery q(check);
        QVERIFY(q.exec(u"PRAGMA application_id"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), DatabaseFile::kApplicationId);
        // A database from before the id was stamped is still ours, by its tables, and gets it.
        QVERIFY(q.exec(u"PRAGMA application_id = 0"_s));
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
        const DatabaseFileCheck legacy = DatabaseFile::inspect(file);
        QCOMPARE(legacy.kind, DatabaseFileCheck::Kind::Ours);
        QCOMPARE(legacy.counters.value(u"sale"_s), 8);
        Database db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        QSqlQuery again(db.connection());
        QVERIFY(again.exec(u"PRAGMA application_id"_s) && again.next());
        QCOMPARE(again.value(0).toInt(), DatabaseFile::kApplicationId);
        QVERIFY(again.exec(u"SELECT number FROM sales"_s) && again.next());
        QCOMPARE(again.value(0).toInt(), 7);
    }

    void aDamagedDatabaseIsFoundAtOpenAndLeftAsItIs()
    {
        const QString file = path(u"damaged.sqlite"_s);
        makeOurs(file);
        {
            // Garbage over the middle pages (the tables' b-trees), the header intact.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 4 * 4096);
            f.seek(2 * 4096);
            f.write(QByteArray(2 * 4096, '\x5a'));
        }
        const QByteArray before = digest(file);
        const DatabaseFileCheck check = DatabaseFile::inspect(file);
        QCOMPARE(check.kind, DatabaseFileCheck::Kind::Damaged);
        QVERIFY(!check.problem.isEmpty());
        Database db;
        QString error;
        QVERIFY(!db.open(file, &error));
        QCOMPARE(db.problem(), Database::Problem::Damaged);
        QVERIFY2(error.contains(u"is damaged"_s) && error.contains(u"Restore a backup"_s), qPrintable(error));
        QCOMPARE(digest(file), before);
    }

    void aNewerSchemaIsRefusedUntouched()
    {
        const QString file = path(u"newer.sqlite"_s);
        makeOurs(file);
        makeForeign(file, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)});
        const QByteArray before = digest(file);
        Database db;
        QString error;
        QVERIFY(!db.open(file, &error));
        QCOMPARE(db.problem(), Database::Problem::Newer);
        QVERIFY2(error.contains(u"newer Stallpay"_s), qPrintable(error));
        QCOMPARE(digest(file), before);
    }

    void backupsAreWholeCopiesKeptToTheirNumber()
    {
        const QString file = path(u"live.sqlite"_s);
        makeOurs(file);
        Database db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        const DatabaseBackups backups(path(u"backups"_s), 3);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            QString copy;
            QVERIFY2(backups.make(db, u"manual"_s, &copy, &error), qPrintable(error));
            made.append(copy);
        }
        const QList<DatabaseBackups::Backup> kept = backups.list();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first().path, made.last()); // newest first
        QCOMPARE(kept.first().reason, u"manual"_s);
        QVERIFY(!QFile::exists(made.first()));
        const DatabaseFileCheck copy = DatabaseFile::inspect(kept.first().path);
        QCOMPARE(copy.kind, DatabaseFileCheck::Kind::Ours);
        QCOMPARE(copy.counters.value(u"sale"_s), 8);
        QVERIFY(backups.dailyDue(QDate::currentDate()));
        QVERIFY(backups.make(db, u"daily"_s, nullptr, &error));
        QVERIFY(!backups.dailyDue(QDate::currentDate()));
        QVERIFY(backups.dailyDue(QDate::currentDate().addDays(1)));
    }

    void aRestoreKeepsTheFileItReplacesAndRefusesForeignCopies()
    {
        const QString file = path(u"restore.sqlite"_s);
        makeOurs(file);
        const DatabaseBackups backups(path(u"restore-backups"_s));
        QString copy, error;
        {
            Database db;
            QVERIFY(db.open(file, &error));
            QVERIFY2(backups.make(db, u"manual"_s, &copy, &error), qPrintable(error));
        }
        const QByteArray replaced = digest(file);
        const QString foreign = path(u"foreign-copy.sqlite"_s);
        makeForeign(foreign, {u"CREATE TABLE notes (id INTEGER)"_s});
        QVERIFY(!backups.restore(foreign, file, &error));
        QVERIFY2(error.contains(u"cannot be used"_s), qPrintable(error));
        QCOMPARE(digest(file), replaced);

        QVERIFY2(backups.restore(copy, file, &error), qPrintable(error));
        QCOMPARE(DatabaseFile::inspect(file).counters.value(u"sale"_s), 8);
        const QStringList aside = QDir(backups.folder()).entryList({u"replaced-*.sqlite"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(digest(QDir(backups.folder()).filePath(aside.first())), replaced);
    }

    void aMigrationIsPrecededByABackup()
    {
        const QString file = path(u"old.sqlite"_s);
        makeOurs(file);
        // As if the newest step had not run yet: opening runs it again, and first copies the file.
        makeForeign(file, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() - 1)});
        Database db;
        db.setBackupFolder(path(u"migration-backups"_s));
        QString error;
        db.open(file, &error); // the step may fail on this file (its tables exist); the copy is made first
        const QList<DatabaseBackups::Backup> copies = DatabaseBackups(path(u"migration-backups"_s)).list();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().reason, u"before-schema-%1"_s.arg(Database::latestSchemaVersion()));
        QCOMPARE(DatabaseFile::inspect(copies.first().path).schemaVersion, Database::latestSchemaVersion() - 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
