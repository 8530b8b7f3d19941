#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Copies of the sales database in a folder of their own (the data folder's "backups"), made with
// SQLite's VACUUM INTO: a consistent copy of a live database in one statement, compacted, while
// sales go on. The newest `keep` are kept. A restore checks the copy first and keeps the file it
// replaces beside the backups, so nothing is ever thrown away by it.
class DatabaseBackups
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackups)
public:
    struct Backup
    {
        QString path;
        QDateTime madeAt; // UTC
        QString reason; // "daily", "before-schema-9", "manual"
    };

    explicit DatabaseBackups(const QString &folder, int keep = 14);

    QString folder() const { return m_folder; }
    // A copy of db now; *path gets its file. Older copies beyond `keep` are removed.
    bool make(const Database &db, const QString &reason, QString *path, QString *error) const;
    QList<Backup> list() const; // newest first
    // True when `backup` is a whole Stallpay database this version can open (quick_check); else why not.
    static bool usable(const QString &backup, QString *error);
    // How many sales a copy holds (read-only, for the list in Settings); -1 when it cannot be read.
    static qint64 salesIn(const QString &backup);
    // True when no daily copy was made on `today` (local date) yet.
    bool dailyDue(const QDate &today) const;
    // Puts a checked copy of `backup` at databasePath (no connection may be open on it). The file
    // it replaces, if any, is kept in the backups folder as "replaced-<time>.sqlite".
    bool restore(const QString &backup, const QString &databasePath, QString *error) const;

private:
    void prune() const;
    QString m_folder;
    int m_keep;
};
