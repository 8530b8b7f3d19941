#include "databasefile.h"

#include "database.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// The tables the first schema made; a file with all of them and no application_id is a Stallpay
// database from before the id was stamped.
const QSet<QString> kOwnTables = {u"counters"_s, u"products"_s, u"sales"_s, u"sale_lines"_s, u"outbox"_s};

QString connectionName()
{
    static QAtomicInteger<int> counter;
    return u"stallpay-inspect-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

DatabaseFileCheck withKind(DatabaseFileCheck::Kind kind, const QString &problem = {})
{
    DatabaseFileCheck check;
    check.kind = kind;
    check.problem = problem;
    return check;
}

// SQLite's quick_check on an open connection: empty when sound, else its first faults.
QString quickCheckFaults(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return q.lastError().text();
    QStringList faults;
    while (q.next()) {
        if (q.value(0).toString() != u"ok"_s)
            faults.append(q.value(0).toString());
    }
    return faults.mid(0, 3).join(u"; "_s);
}

// The answers of the read-only connection; kept apart so the connection closes before return.
DatabaseFileCheck inspectOpen(QSqlDatabase db, DatabaseFile::Depth depth)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return withKind(DatabaseFileCheck::Kind::Damaged, q.lastError().text());
    const qint32 applicationId = q.value(0).toInt();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return withKind(DatabaseFileCheck::Kind::Damaged, q.lastError().text());
    const int version = q.value(0).toInt();
    QSet<QString> tables;
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return withKind(DatabaseFileCheck::Kind::Damaged, q.lastError().text());
    while (q.next())
        tables.insert(q.value(0).toString());

    if (applicationId != DatabaseFile::kApplicationId) {
        if (applicationId == 0 && tables.isEmpty() && version == 0)
            return withKind(DatabaseFileCheck::Kind::Empty);
        if (applicationId != 0 || !tables.contains(kOwnTables) || version < 1)
            return withKind(DatabaseFileCheck::Kind::Foreign,
                            applicationId != 0 ? DatabaseFile::tr("it belongs to another program (application id %1)")
                                                     .arg(u"0x"_s + QString::number(quint32(applicationId), 16))
                                               : DatabaseFile::tr("it has tables Stallpay did not make"));
    }
    DatabaseFileCheck check;
    check.schemaVersion = version;
    if (depth == DatabaseFile::Depth::Full) {
        if (const QString faults = quickCheckFaults(db); !faults.isEmpty())
            return withKind(DatabaseFileCheck::Kind::Damaged, faults);
    }
    if (q.exec(u"SELECT name, next_value FROM counters"_s)) {
        while (q.next())
            check.counters.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    check.kind =
        version > Database::latestSchemaVersion() ? DatabaseFileCheck::Kind::Newer : DatabaseFileCheck::Kind::Ours;
    return check;
}
} // namespace

DatabaseFileCheck DatabaseFile::inspect(const QString &path, Depth depth)
{
    const QFileInfo info(path);
    if (!info.exists())
        return withKind(DatabaseFileCheck::Kind::Missing);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return withKind(DatabaseFileCheck::Kind::Damaged, file.errorString());
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty() && info.size() == 0)
        return withKind(DatabaseFileCheck::Kind::Empty);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return withKind(DatabaseFileCheck::Kind::Foreign, tr("it is not an SQLite database"));

    const QString name = connectionName();
    DatabaseFileCheck check;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        check = db.open() ? inspectOpen(db, depth) : withKind(DatabaseFileCheck::Kind::Damaged, db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

QString DatabaseFile::deepCheck(const QString &path)
{
    const QString name = connectionName();
    QString faults;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        faults = db.open() ? quickCheckFaults(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return faults;
}
