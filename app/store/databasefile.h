#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

// What a file at the database's path is, found out before anything opens it for writing: a
// Stallpay database (or one that may become one), another program's file, a newer schema, or a
// damaged one. Reading it changes nothing: the header is read as bytes and the rest through a
// read-only SQLite connection.
struct DatabaseFileCheck
{
    enum class Kind {
        Missing, // no file: a new database
        Empty, // 0 bytes, or an SQLite file with no tables (what SQLite makes of an empty file)
        Ours, // Stallpay's (by its application_id, or by its tables before the id was stamped)
        Newer, // ours, by a newer Stallpay (schema above what this one knows)
        Foreign, // another program's file, or not SQLite at all
        Damaged, // ours, but SQLite's quick_check finds it corrupt, or it cannot be read
    };
    Kind kind = Kind::Missing;
    int schemaVersion = 0;
    QHash<QString, qint64> counters; // of ours: the next number of each series ("sale", "invoice", …)
    QString problem; // Foreign/Damaged: what is wrong, in SQLite's or the file's words
};

class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)
public:
    // Stallpay's PRAGMA application_id ("SPAY"), stamped on every database it creates or opens.
    static constexpr qint32 kApplicationId = 0x53504159;

    // Full: with SQLite's quick_check, which reads every page (seconds at a million sales);
    // Header: everything else (what the file is, its schema, its counters), in milliseconds.
    enum class Depth { Full, Header };
    static DatabaseFileCheck inspect(const QString &path, Depth depth = Depth::Full);
    // quick_check alone, on a read-only connection of its own (any thread): empty when the file is
    // sound, else SQLite's words for its first faults.
    static QString deepCheck(const QString &path);
};
