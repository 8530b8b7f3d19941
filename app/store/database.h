#pragma once

#include <QSqlDatabase>
#include <QString>

// One open SQLite file with our settings (WAL, synchronous=FULL, foreign keys) and its schema
// migrated to the newest version. Owns a named QSqlDatabase connection, closed on destruction.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. On failure returns false with a message for people.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs PRAGMA integrity_check; true when SQLite answers "ok".
    bool integrityOk() const;

private:
    bool migrate(QString *error);
    QString m_connectionName;
    QString m_path;
};
