#include "sandbox/statejournal.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
bool parseObject(QByteArrayView text, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

QByteArray lineOf(const QJsonObject &object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}
} // namespace

StateJournal::StateJournal(const QString &path)
    : m_path(path)
    , m_file(path)
{ }

bool StateJournal::read(const LineHandler &onHeader,
                        const LineHandler &onLine,
                        Contents *contents,
                        QString *error) const
{
    *contents = {};
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    contents->exists = true;
    const auto notState = [&] {
        *error = u"%1 is not a ping-sandbox state file"_s.arg(m_path);
        return false;
    };
    const qsizetype firstEnd = data.indexOf('\n');
    const QByteArrayView first = QByteArrayView(data).first(firstEnd < 0 ? data.size() : firstEnd);
    if (!parseObject(first, &contents->header)) {
        // An older state file: one indented document.
        if (!parseObject(data, &contents->legacy) || contents->legacy[u"format"_s].toInt() != 1)
            return notState();
        contents->header = {};
        return true;
    }
    if (contents->header[u"format"_s].toInt() == 1) { // an older file written on one line
        contents->legacy = contents->header;
        contents->header = {};
        return true;
    }
    if (contents->header[u"format"_s].toInt() != 2)
        return notState();
    onHeader(contents->header);
    const int snapshotLines = contents->header[u"snapshot_lines"_s].toInt();
    qsizetype start = firstEnd < 0 ? data.size() : firstEnd + 1;
    contents->goodBytes = start;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QJsonObject line;
        if (!parseObject(QByteArrayView(data).sliced(start, end - start), &line)) {
            // Lines are appended one at a time, so only the last can be torn; nothing after a bad
            // line was ever acknowledged (the next start compacts before appending again).
            const QByteArrayView tail = QByteArrayView(data).sliced(start);
            contents->skippedLines = int(tail.count('\n') + (tail.endsWith('\n') ? 0 : 1));
            break;
        }
        onLine(line);
        ++contents->lines;
        contents->needsNewline = end == data.size();
        start = qMin(end + 1, data.size());
        contents->goodBytes = start;
        if (contents->lines == snapshotLines)
            contents->snapshotBytes = start;
    }
    if (contents->snapshotBytes == 0)
        contents->snapshotBytes = contents->goodBytes;
    return true;
}

bool StateJournal::resume(const Contents &contents, QString *error)
{
    m_file.close();
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)
        || (m_file.size() != contents.goodBytes && !m_file.resize(contents.goodBytes))) {
        *error = u"cannot append to %1: %2"_s.arg(m_path, m_file.errorString());
        m_file.close();
        return false;
    }
    if (contents.needsNewline && m_file.write("\n", 1) != 1) {
        *error = u"cannot append to %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    m_snapshotBytes = contents.snapshotBytes;
    m_journalBytes = contents.goodBytes - contents.snapshotBytes;
    return true;
}

bool StateJournal::beginSnapshot(const QJsonObject &header, QString *error)
{
    m_file.close();
    m_snapshot = std::make_unique<QSaveFile>(m_path);
    if (!m_snapshot->open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(m_path, m_snapshot->errorString());
        m_snapshot.reset();
        return false;
    }
    m_snapshotBytes = 0;
    snapshotLine(header);
    return true;
}

void StateJournal::snapshotLine(const QJsonObject &line)
{
    const QByteArray bytes = lineOf(line);
    m_snapshot->write(bytes); // an error shows at commit
    m_snapshotBytes += bytes.size();
}

bool StateJournal::commitSnapshot(QString *error)
{
    // QSaveFile: a crash mid-write leaves the previous file, never half a snapshot.
    const bool committed = m_snapshot->commit();
    if (!committed)
        *error = u"cannot write %1: %2"_s.arg(m_path, m_snapshot->errorString());
    m_snapshot.reset();
    m_journalBytes = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = u"cannot append to %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    return committed;
}

bool StateJournal::append(const QJsonObject &change, QString *error)
{
    const QByteArray line = lineOf(change);
    // One write per line, unbuffered: once the request is answered the line is in the kernel's
    // hands, so a killed sandbox keeps it (a power cut may lose the last lines, never the file).
    if (!m_file.isOpen() || m_file.write(line) != line.size()) {
        *error = u"cannot append to %1: %2"_s.arg(m_path, m_file.errorString());
        return false;
    }
    m_journalBytes += line.size();
    return true;
}

bool StateJournal::wantsCompaction() const
{
    return wantsCompaction(m_snapshotBytes, m_journalBytes);
}

bool StateJournal::wantsCompaction(qint64 snapshotBytes, qint64 journalBytes)
{
    return journalBytes > qMax(kMinJournalBytes, kCompactFactor * snapshotBytes);
}

} // namespace Sandbox
