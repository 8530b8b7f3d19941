#pragma once

#include <QSqlDatabase>
#include <QString>

struct DatabaseFileCheck;

// One open SQLite file with our settings (WAL, synchronous=FULL, foreign keys) and its schema
// migrated to the newest version. Owns a named QSqlDatabase connection, closed on destruction.
// A file is looked at before it is opened for writing (DatabaseFile): another program's file, a
// newer schema or a damaged database is refused without a byte changed. Every database it opens
// carries Stallpay's application_id.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Why the last open() failed, for a caller that can help (a damaged file: offer a backup).
    enum class Problem { None, Foreign, Newer, Damaged, CannotWrite };

    // Opens (creating if needed) and migrates. On failure returns false with a message for people.
    // `checked` is what DatabaseFile::inspect said of the file just now, from a caller that had to
    // look already (the till, against lost sales): the file's quick_check then runs once.
    bool open(const QString &path, QString *error, const DatabaseFileCheck *checked = nullptr);
    Problem problem() const { return m_problem; }
    // Where a copy goes before a migration changes an existing database (none when empty).
    void setBackupFolder(const QString &folder) { m_backupFolder = folder; }
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // What the seller reads about a damaged database file (faults: SQLite's words).
    static QString damagedMessage(const QString &path, const QString &faults);

    // Runs PRAGMA integrity_check; true when SQLite answers "ok".
    bool integrityOk() const;

private:
    bool migrate(QString *error);
    QString m_connectionName;
    QString m_path;
    QString m_backupFolder;
    Problem m_problem = Problem::None;
};
