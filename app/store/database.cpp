#include "database.h"

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

bool Database::open(const QString &path, QString *error)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connectionName = nextConnectionName();
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        // Readers never block the writer, and a busy file is waited for rather than failed.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            *error = QCoreApplication::translate("Database", "Cannot open the sales database %1: %2")
                         .arg(QDir::toNativeSeparators(path), db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        QString sqlError;
        if (!exec(q, u"PRAGMA journal_mode=WAL"_s, &sqlError) || !exec(q, u"PRAGMA synchronous=FULL"_s, &sqlError)
            || !exec(q, u"PRAGMA foreign_keys=ON"_s, &sqlError)) {
            *error = QCoreApplication::translate("Database", "Cannot set up the sales database: %1").arg(sqlError);
            return false;
        }
    }
    return migrate(error);
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
