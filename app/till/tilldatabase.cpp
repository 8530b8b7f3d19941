#include "till.h"

#include "clock/clock.h"
#include "databasewatch.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/databasebackups.h"
#include "store/databasefile.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcTill)

// The till's database over its life (till.cpp opens the rest): its file checked before it opens (a
// big one after, on a thread), the number series it has reached kept beside it, and its backups.
QString Till::databasePath() const
{
    return QDir(m_options.dataDir).filePath(u"stallpay.sqlite"_s);
}

DatabaseBackups Till::backups() const
{
    return DatabaseBackups(QDir(m_options.dataDir).filePath(u"backups"_s));
}

bool Till::openDatabase(QString *error)
{
    m_openProblem = OpenProblem::None;
    bool restored = false;
    if (const QString pending = m_settings->pendingRestore(); !pending.isEmpty()) {
        m_settings->setPendingRestore({}); // once: a backup that cannot be restored is not tried forever
        if (!backups().restore(pending, databasePath(), error))
            return false;
        restored = true;
    }
    // A database that came back empty, or older than the numbers this till has handed out, would
    // number sales, receipts and invoices a second time. Refuse it; a restore continues the series.
    const QHash<QString, qint64> used = m_settings->usedNumbers();
    // A big history is deep-checked after the start (DatabaseWatch), a small one now.
    const bool deepNow = QFileInfo(databasePath()).size() < m_options.deepCheckAtOpenBytes;
    const DatabaseFileCheck check =
        DatabaseFile::inspect(databasePath(), deepNow ? DatabaseFile::Depth::Full : DatabaseFile::Depth::Header);
    const bool blank = check.kind == DatabaseFileCheck::Kind::Missing || check.kind == DatabaseFileCheck::Kind::Empty;
    const qint64 usedSales = used.value(u"sale"_s, 1);
    if (!restored && !m_restoredBackup && usedSales > 1
        && (blank || (check.kind == DatabaseFileCheck::Kind::Ours && check.counters.value(u"sale"_s) < usedSales))) {
        m_openProblem = OpenProblem::LostSales;
        const QString where = QDir::toNativeSeparators(databasePath());
        *error = (blank ? tr("The sales database %1 is missing or empty, but this till has numbered %n sale(s). "
                             "Starting again would give new sales numbers already used.",
                             "", int(usedSales - 1))
                        : tr("The sales database %1 is older than this till's sales: it has numbered %n sale(s), "
                             "the database knows fewer.",
                             "", int(usedSales - 1)))
                     .arg(where)
            + u' '
            + (backups().list().isEmpty()
                   ? tr("Put the right file back, or move the data folder away to start a new till.")
                   : tr("Restore the newest backup, or put the right file back."));
        return false;
    }
    m_database = std::make_unique<Database>();
    m_database->setBackupFolder(backups().folder());
    if (!m_database->open(databasePath(), error, &check)) {
        if (m_database->problem() == Database::Problem::Damaged)
            m_openProblem = OpenProblem::Damaged;
        return false;
    }
    if (restored || m_restoredBackup) {
        // The copy is older than the numbers handed out since: continue after them, never again.
        QString raiseError;
        if (!raiseCounters(used, &raiseError)) {
            *error = raiseError;
            return false;
        }
    }
    m_restoredBackup = false;
    rememberNumbers();
    if (!deepNow) {
        if (!m_watch) {
            m_watch = new DatabaseWatch(this);
            connect(m_watch, &DatabaseWatch::checked, this, [this](const QString &faults) {
                if (!faults.isEmpty())
                    qCWarning(lcTill) << "the deep check found the database damaged:" << faults;
                emit databaseChecked(faults.isEmpty() ? QString() : Database::damagedMessage(databasePath(), faults));
            });
        }
        m_watch->check(databasePath());
    }
    return true;
}

bool Till::raiseCounters(const QHash<QString, qint64> &used, QString *error)
{
    QSqlQuery q(m_database->connection());
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        q.prepare(u"UPDATE counters SET next_value = MAX(next_value, ?) WHERE name = ?"_s);
        q.addBindValue(it.value());
        q.addBindValue(it.key());
        if (!q.exec()) {
            *error = tr("Cannot continue the numbering after the restore: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

void Till::rememberNumbers()
{
    QHash<QString, qint64> next;
    QSqlQuery q(m_database->connection());
    if (!q.exec(u"SELECT name, next_value FROM counters"_s))
        return;
    while (q.next())
        next.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (next != m_settings->usedNumbers())
        m_settings->setUsedNumbers(next);
}

bool Till::restoreBackup(const QString &backupPath, QString *error)
{
    if (m_database && m_database->isOpen()) {
        *error = tr("The database is open; a backup is restored at the next start.");
        return false;
    }
    if (!backups().restore(backupPath, databasePath(), error))
        return false;
    m_restoredBackup = true;
    return true;
}

bool Till::requestRestore(const QString &backupPath, QString *error)
{
    if (!DatabaseBackups::usable(backupPath, error))
        return false;
    rememberNumbers(); // now, not after the timer: the copy's numbers are raised above these
    m_settings->setPendingRestore(backupPath);
    m_settings->sync();
    emit restartRequested();
    return true;
}

bool Till::backUpNow(const QString &reason, QString *path, QString *error)
{
    return backups().make(*m_database, reason, path, error);
}

void Till::backUpDaily()
{
    if (!m_database || !backups().dailyDue(m_clock->today()))
        return;
    QString error;
    if (!backUpNow(u"daily"_s, nullptr, &error))
        qCWarning(lcTill) << error;
}
