#include "attemptlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const auto kPending = u"pending_attempt"_s;
const auto kUnknown = u"unknown_attempts"_s;

QJsonObject parse(const QString &payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QString serialise(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

namespace AttemptLog {

QString markSent(const QString &payload, const QDateTime &sentAt)
{
    QJsonObject o = parse(keepPendingAsUnknown(payload)); // a pending one left by a crash is unknown
    o.insert(kPending, sentAt.toUTC().toString(Qt::ISODateWithMs));
    return serialise(o);
}

QString dropPending(const QString &payload)
{
    QJsonObject o = parse(payload);
    o.remove(kPending);
    return serialise(o);
}

QString keepPendingAsUnknown(const QString &payload)
{
    QJsonObject o = parse(payload);
    if (!o.contains(kPending))
        return payload;
    QJsonArray unknown = o.value(kUnknown).toArray();
    unknown.append(o.take(kPending));
    o.insert(kUnknown, unknown);
    return serialise(o);
}

QList<QDateTime> unknownAttempts(const QString &payload)
{
    QList<QDateTime> result;
    for (const QJsonValue &v : parse(payload).value(kUnknown).toArray())
        result.append(QDateTime::fromString(v.toString(), Qt::ISODateWithMs));
    return result;
}

bool hasPending(const QString &payload)
{
    return parse(payload).contains(kPending);
}

} // namespace AttemptLog
