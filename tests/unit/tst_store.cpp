#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void migratesAnEmptyFileToTheLatestSchema()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"sales.sqlite"_s), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery q(db.connection());
        for (const char *table :
             {"counters", "products", "sales", "sale_lines", "sale_contacts", "sale_events", "outbox"}) {
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(QString::fromLatin1(table))));
        }
        QVERIFY(db.integrityOk());
    }

    void usesWalFullSyncAndForeignKeys()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(u"sales.sqlite"_s), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // And they are enforced: a line of a sale that does not exist is refused.
        QVERIFY(!q.exec(u"INSERT INTO sale_lines (sale_id, position, description, unit_price_ore, quantity, vat_bp)"
                        " VALUES (4711, 0, 'x', 100, 1, 2500)"_s));
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sales.sqlite"_s);
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"UPDATE counters SET next_value = 42 WHERE name = 'sale'"_s));
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT next_value FROM counters WHERE name = 'sale'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 42);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM counters"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // the seed rows of migration 1 were not inserted twice
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sales.sqlite"_s);
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(Database::latestSchemaVersion() + 1)));
        }
        Database db;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
