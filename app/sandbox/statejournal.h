#pragma once

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QString>

#include <functional>
#include <memory>

namespace Sandbox {

// The --state file, a journal of JSON lines: a header (the account and settings), the records of
// the last snapshot in batches, then one line per change (the records it touched), each appended
// with a single write before the request is answered. Saving costs what the change costs. The file
// is compacted into a fresh snapshot (QSaveFile: atomic) when the change lines have grown past kCompactFactor × the
// snapshot; a start that finds a small journal just appends to it. A torn last line (a kill mid-write) is skipped on
// load, never fatal. An older state file (one JSON document, "format": 1) loads as it is.
class StateJournal
{
public:
    explicit StateJournal(const QString &path);

    struct Contents
    {
        bool exists = false;
        QJsonObject legacy; // a whole "format": 1 document, when the file is one
        QJsonObject header; // {"format": 2, tenant_id, merchant_id, split_tree_id, settings}
        int lines = 0; // record and change lines read after the header
        int skippedLines = 0; // a torn or unreadable tail
        qint64 goodBytes = 0; // the file up to the end of the last good line
        qint64 snapshotBytes = 0; // header and snapshot lines
        bool needsNewline = false; // the last good line lacks its newline
    };
    // Hands the header to onHeader, then each line after it to onLine, in order.
    using LineHandler = std::function<void(const QJsonObject &)>;
    bool read(const LineHandler &onHeader, const LineHandler &onLine, Contents *contents, QString *error) const;

    // A snapshot: begin, a line per batch of records, commit; then changes are appended to it.
    // The header carries "snapshot_lines", the number of record lines to come, so a reader can tell
    // the snapshot from the changes after it.
    bool beginSnapshot(const QJsonObject &header, QString *error);
    void snapshotLine(const QJsonObject &line);
    bool commitSnapshot(QString *error);

    // Continues the file just read: drops a torn tail, appends from then on.
    bool resume(const Contents &contents, QString *error);
    bool append(const QJsonObject &change, QString *error);
    bool wantsCompaction() const;
    static bool wantsCompaction(qint64 snapshotBytes, qint64 journalBytes);

    qint64 snapshotBytes() const { return m_snapshotBytes; }
    qint64 journalBytes() const { return m_journalBytes; }

    static constexpr int kCompactFactor = 2;
    static constexpr qint64 kMinJournalBytes = 256 * 1024;

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<QSaveFile> m_snapshot;
    qint64 m_snapshotBytes = 0;
    qint64 m_journalBytes = 0;
};

} // namespace Sandbox
