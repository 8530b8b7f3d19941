#include "databasebackups.h"

#include "database.h"
#include "databasefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {
const auto kTimeFormat = u"yyyyMMdd-HHmmss"_s;
// stallpay-20261201-101500-daily.sqlite (UTC); a second copy in the same second gets "-2" after the time.
const QRegularExpression kName(u"^stallpay-(\\d{8}-\\d{6})(?:-(\\d+))?-([a-z][a-z0-9-]*)\\.sqlite$"_s);

bool copyReplacing(const QString &from, const QString &to, QString *why)
{
    const QString temporary = to + u".restoring"_s;
    QFile::remove(temporary);
    if (!QFile::copy(from, temporary)) {
        *why = QFile(from).errorString();
        return false;
    }
    QFile::remove(to);
    if (!QFile::rename(temporary, to)) {
        *why = QFile(temporary).errorString();
        return false;
    }
    return true;
}
} // namespace

DatabaseBackups::DatabaseBackups(const QString &folder, int keep)
    : m_folder(folder)
    , m_keep(keep)
{ }

bool DatabaseBackups::make(const Database &db, const QString &reason, QString *path, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QDir dir(m_folder);
    const QString time = QDateTime::currentDateTimeUtc().toString(kTimeFormat);
    // Two copies in one second (a double click) are told apart by a sequence after the time, above
    // every one of that second, also of copies pruned since.
    int sequence = 0;
    for (const QString &taken : dir.entryList({u"stallpay-%1-*.sqlite"_s.arg(time)}, QDir::Files)) {
        const QRegularExpressionMatch m = kName.match(taken);
        if (m.hasMatch())
            sequence = std::max(sequence, m.captured(2).isEmpty() ? 1 : m.captured(2).toInt());
    }
    const QString name = sequence == 0 ? u"stallpay-%1-%2.sqlite"_s.arg(time, reason)
                                       : u"stallpay-%1-%2-%3.sqlite"_s.arg(time).arg(sequence + 1).arg(reason);
    const QString target = dir.filePath(name);
    const QString temporary = target + u".part"_s;
    QFile::remove(temporary);
    QSqlQuery q(db.connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(temporary);
    if (!q.exec()) {
        QFile::remove(temporary);
        *error = tr("Cannot back up the sales database: %1").arg(q.lastError().text());
        return false;
    }
    // A copy is a backup only once it is whole: VACUUM INTO wrote it, the rename names it.
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        *error = tr("Cannot back up the sales database: %1").arg(QFile(temporary).errorString());
        return false;
    }
    qCInfo(lcStore) << "backed up to" << target;
    if (path)
        *path = target;
    prune();
    return true;
}

QList<DatabaseBackups::Backup> DatabaseBackups::list() const
{
    struct Found
    {
        Backup backup;
        int sequence;
    };
    QList<Found> found;
    for (const QString &name : QDir(m_folder).entryList({u"stallpay-*.sqlite"_s}, QDir::Files)) {
        const QRegularExpressionMatch m = kName.match(name);
        if (!m.hasMatch())
            continue;
        QDateTime at = QDateTime::fromString(m.captured(1), kTimeFormat);
        at.setTimeSpec(Qt::UTC);
        found.append({Backup {QDir(m_folder).filePath(name), at, m.captured(3)},
                      m.captured(2).isEmpty() ? 1 : m.captured(2).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.backup.madeAt != b.backup.madeAt ? a.backup.madeAt > b.backup.madeAt : a.sequence > b.sequence;
    });
    QList<Backup> out;
    for (const Found &f : found)
        out.append(f.backup);
    return out;
}

qint64 DatabaseBackups::salesIn(const QString &backup)
{
    static QAtomicInteger<int> counter;
    const QString name = u"stallpay-backup-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(backup);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (QFile::exists(backup) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT COUNT(*) FROM sales"_s) && q.next())
                count = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

bool DatabaseBackups::dailyDue(const QDate &today) const
{
    for (const Backup &b : list()) {
        if (b.reason == u"daily"_s && b.madeAt.toLocalTime().date() == today)
            return false;
    }
    return true;
}

bool DatabaseBackups::usable(const QString &backup, QString *error)
{
    const DatabaseFileCheck check = DatabaseFile::inspect(backup);
    if (check.kind == DatabaseFileCheck::Kind::Ours)
        return true;
    *error =
        tr("The backup %1 cannot be used: %2")
            .arg(QDir::toNativeSeparators(backup),
                 check.problem.isEmpty() ? tr("it is not a Stallpay database this version can open") : check.problem);
    return false;
}

bool DatabaseBackups::restore(const QString &backup, const QString &databasePath, QString *error) const
{
    if (!usable(backup, error))
        return false;
    QString why;
    if (QFile::exists(databasePath)) {
        QDir().mkpath(m_folder);
        const QString kept =
            QDir(m_folder).filePath(u"replaced-%1.sqlite"_s.arg(QDateTime::currentDateTimeUtc().toString(kTimeFormat)));
        if (!QFile::rename(databasePath, kept)) {
            *error = tr("Cannot move the current database aside: %1").arg(QFile(databasePath).errorString());
            return false;
        }
        // Its journal belongs to it, not to the copy that takes its place.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(databasePath + suffix))
                QFile::rename(databasePath + suffix, kept + suffix);
        }
    }
    if (!copyReplacing(backup, databasePath, &why)) {
        *error = tr("Cannot restore the backup: %1").arg(why);
        return false;
    }
    qCInfo(lcStore) << "restored" << backup << "to" << databasePath;
    return true;
}

void DatabaseBackups::prune() const
{
    const QList<Backup> all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}
