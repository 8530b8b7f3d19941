#include "database.h"

#include "databasebackups.h"
#include "databasefile.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "stallpay.store")

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"stallpay-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << sql << q.lastError().text();
    return false;
}
} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error, const DatabaseFileCheck *checked)
{
    close();
    m_problem = Problem::None;
    const QString shown = QDir::toNativeSeparators(path);
    const DatabaseFileCheck check = checked ? *checked : DatabaseFile::inspect(path);
    switch (check.kind) {
    case DatabaseFileCheck::Kind::Foreign:
        m_problem = Problem::Foreign;
        *error = QCoreApplication::translate("Database",
                                             "%1 is not a Stallpay sales database: %2. Stallpay has not changed it. "
                                             "Move the file away, or start Stallpay with another --data-dir.")
                     .arg(shown, check.problem);
        return false;
    case DatabaseFileCheck::Kind::Newer:
        m_problem = Problem::Newer;
        *error = QCoreApplication::translate("Database",
                                             "The sales database was written by a newer Stallpay (schema %1). "
                                             "Update Stallpay to open it.")
                     .arg(check.schemaVersion);
        return false;
    case DatabaseFileCheck::Kind::Damaged:
        m_problem = Problem::Damaged;
        *error = damagedMessage(path, check.problem);
        return false;
    case DatabaseFileCheck::Kind::Missing:
    case DatabaseFileCheck::Kind::Empty:
    case DatabaseFileCheck::Kind::Ours:
        break;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connectionName = nextConnectionName();
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        // Readers never block the writer, and a busy file is waited for rather than failed.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            m_problem = Problem::CannotWrite;
            *error = QCoreApplication::translate("Database", "Cannot open the sales database %1: %2")
                         .arg(QDir::toNativeSeparators(path), db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        QString sqlError;
        if (!exec(q, u"PRAGMA journal_mode=WAL"_s, &sqlError) || !exec(q, u"PRAGMA synchronous=FULL"_s, &sqlError)
            || !exec(q, u"PRAGMA foreign_keys=ON"_s, &sqlError)) {
            m_problem = Problem::CannotWrite;
            *error = QCoreApplication::translate("Database", "Cannot set up the sales database: %1").arg(sqlError);
            return false;
        }
    }
    if (!migrate(error))
        return false;
    QSqlQuery q(connection());
    QString sqlError;
    if (q.exec(u"PRAGMA application_id"_s) && q.next() && q.value(0).toInt() != DatabaseFile::kApplicationId
        && !exec(q, u"PRAGMA application_id=%1"_s.arg(DatabaseFile::kApplicationId), &sqlError)) {
        m_problem = Problem::CannotWrite;
        *error = QCoreApplication::translate("Database", "Cannot set up the sales database: %1").arg(sqlError);
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    return schemaMigrations().isEmpty() ? 0 : schemaMigrations().constLast().version;
}

bool Database::integrityOk() const
{
    QSqlQuery q(connection());
    return q.exec(u"PRAGMA integrity_check"_s) && q.next() && q.value(0).toString() == u"ok"_s;
}

QString Database::damagedMessage(const QString &path, const QString &faults)
{
    return QCoreApplication::translate("Database",
                                       "The sales database %1 is damaged (%2). Restore a backup of it, or "
                                       "give it to support; Stallpay has not changed it.")
        .arg(QDir::toNativeSeparators(path), faults);
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        *error = QCoreApplication::translate("Database",
                                             "The sales database was written by a newer Stallpay (schema %1). "
                                             "Update Stallpay to open it.")
                     .arg(current);
        return false;
    }
    QSqlDatabase db = connection();
    if (current > 0 && current < latestSchemaVersion() && !m_backupFolder.isEmpty()) {
        // A copy of the old schema first: a migration that goes wrong must not cost the books.
        QString backupError;
        if (!DatabaseBackups(m_backupFolder)
                 .make(*this, u"before-schema-%1"_s.arg(latestSchemaVersion()), nullptr, &backupError)) {
            *error = backupError;
            return false;
        }
    }
    for (const Migration &m : schemaMigrations()) {
        if (m.version <= current)
            continue;
        // Each step is one transaction with its user_version: a crash leaves the old or the new schema.
        db.transaction();
        QSqlQuery q(db);
        QString sqlError;
        bool ok = true;
        for (const QString &statement : m.statements) {
            if (!exec(q, statement, &sqlError)) {
                ok = false;
                break;
            }
        }
        if (ok && m.convert)
            ok = m.convert(db, &sqlError);
        if (ok)
            ok = exec(q, u"PRAGMA user_version=%1"_s.arg(m.version), &sqlError);
        if (!ok || !db.commit()) {
            db.rollback();
            *error = QCoreApplication::translate("Database", "Cannot update the sales database to schema %1: %2")
                         .arg(m.version)
                         .arg(sqlError);
            return false;
        }
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << m.version;
    }
    return true;
}
