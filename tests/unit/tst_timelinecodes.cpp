#include "builtlanguages.h"
#include "oldtimelineforms.h"
#include "sale/eventrecord.h"
#include "sale/saleevents.h"
#include "store/database.h"
#include "store/legacyevents.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Migration 10 on a real SQLite file of schema 9, opened the way the till opens its database:
// every old detail form (oldtimelineforms.cpp, one row per form the producers wrote) becomes its
// code and arguments, keeps its old text, and reads as a sentence in English and in Swedish (the
// .qm the build makes), made from the code.
class TestTimelineCodes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    BuiltLanguages m_languages;
    QList<EventRecord> m_migrated;
    QStringList m_details;

    void english() { m_languages.english(); }
    void swedish() { m_languages.swedish(); }
    static void rows_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < oldTimelineForms().size(); ++i)
            QTest::newRow(qPrintable(oldTimelineForms().at(i).producer)) << i;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.load());
        m_path = m_dir.filePath(u"schema9.sqlite"_s);
        {
            // A database as Stallpay 9 left it: migrations 1–9, then the old rows (detail only).
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema9"_s);
            old.setDatabaseName(m_path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const Migration &m : schemaMigrations()) {
                if (m.version > 9)
                    break;
                for (const QString &statement : m.statements)
                    QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
                QString error;
                QVERIFY2(!m.convert || m.convert(old, &error), qPrintable(error));
            }
            QVERIFY(q.exec(u"PRAGMA user_version=9"_s));
            QVERIFY(
                q.exec(u"INSERT INTO sales (id, number, created_at, sale_date, total_ore, vat_ore, state, updated_at)"
                       " VALUES (1, 12, '2026-11-23T10:00:00Z', '2026-11-23', 12300, 0, 'paid', "
                       "'2026-11-23T10:00:00Z')"_s));
            for (const OldTimelineForm &o : oldTimelineForms()) {
                q.prepare(u"INSERT INTO sale_events (sale_id, at, kind, state, detail)"
                          " VALUES (1, '2026-11-23T10:00:00Z', 'api', NULL, ?)"_s);
                q.addBindValue(o.detail.isNull() ? u""_s : o.detail);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            old.close();
        }
        QSqlDatabase::removeDatabase(u"schema9"_s);
        QString error;
        QVERIFY2(m_db.open(m_path, &error), qPrintable(error));
        QCOMPARE(m_db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT code, args, detail FROM sale_events ORDER BY id"_s));
        while (q.next()) {
            m_migrated.append(
                EventRecord::fromStored(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
            m_details.append(q.value(2).toString());
        }
        QCOMPARE(m_migrated.size(), oldTimelineForms().size());
    }

    void everyOldFormHasItsCodeAndArguments_data() { rows_data(); }
    void everyOldFormHasItsCodeAndArguments()
    {
        QFETCH(int, row);
        const OldTimelineForm &o = oldTimelineForms().at(row);
        QCOMPARE(m_migrated.at(row).key(), o.code);
        QCOMPARE(m_migrated.at(row).args, o.args);
    }

    // Nothing is lost: the old sentence stays in detail (the log's column), and no row is left
    // without a code, so nothing is ever shown by parsing text.
    void theOldTextStaysAndEveryRowHasACode_data() { rows_data(); }
    void theOldTextStaysAndEveryRowHasACode()
    {
        QFETCH(int, row);
        QCOMPARE(m_details.at(row),
                 oldTimelineForms().at(row).detail.isNull() ? u""_s : oldTimelineForms().at(row).detail);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sale_events WHERE code IS NULL OR args IS NULL"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void everyOldFormReadsInEnglishAndSwedish_data() { rows_data(); }
    void everyOldFormReadsInEnglishAndSwedish()
    {
        QFETCH(int, row);
        const OldTimelineForm &o = oldTimelineForms().at(row);
        english();
        QCOMPARE(SaleEvents::describe(m_migrated.at(row)), o.english);
        swedish();
        const QString swedishText = SaleEvents::describe(m_migrated.at(row));
        english();
        QCOMPARE(swedishText, o.swedish);
    }

    // The technical English of the log reads like the old detail again (the form support knows),
    // and reads back into the same code: both directions agree for every form.
    void theLogSaysWhatTheOldDetailSaid_data() { rows_data(); }
    void theLogSaysWhatTheOldDetailSaid()
    {
        QFETCH(int, row);
        const OldTimelineForm &o = oldTimelineForms().at(row);
        const EventRecord &e = m_migrated.at(row);
        if (o.detail.startsWith(u"sending requested"_s))
            QCOMPARE(e.forLog(), QString(o.detail).remove(u'"')); // the quotes were the bug
        else if (o.detail == u"no orphaned orders to look for"_s)
            QCOMPARE(e.forLog(), u"no orphaned payment orders"_s); // an older wording of the same
        else if (o.detail == u"payment link  cancelled"_s)
            QCOMPARE(e.forLog(), u"payment link cancelled"_s); // an empty link id
        else
            QCOMPARE(e.forLog(), o.detail);
        const LegacyEvents::Converted again = LegacyEvents::convert(e.forLog());
        QCOMPARE(again.code, e.key());
        QCOMPARE(again.args, e.args);
    }

    // Opened again, the file stays as it is: the migration ran once.
    void openingAgainChangesNothing()
    {
        m_db.close();
        QString error;
        QVERIFY2(m_db.open(m_path, &error), qPrintable(error));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT code, args FROM sale_events ORDER BY id"_s));
        int i = 0;
        while (q.next()) {
            QCOMPARE(EventRecord::fromStored(q.value(0).toString(), q.value(1).toString(), {}), m_migrated.at(i));
            ++i;
        }
        QCOMPARE(i, int(m_migrated.size()));
    }
};

QTEST_GUILESS_MAIN(TestTimelineCodes)
#include "tst_timelinecodes.moc"
