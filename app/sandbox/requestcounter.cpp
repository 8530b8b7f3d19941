#include "sandbox/requestcounter.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

void RequestCounter::count(const QString &route, int status, qint64 bodyBytes)
{
    Route &entry = m_routes[route];
    ++entry.count;
    entry.bodyBytes += bodyBytes;
    ++entry.statuses[status];
}

QJsonObject RequestCounter::toJson() const
{
    qint64 total = 0;
    qint64 bytes = 0;
    QJsonObject routes;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        QJsonObject statuses;
        for (auto s = it->statuses.cbegin(); s != it->statuses.cend(); ++s)
            statuses.insert(QString::number(s.key()), s.value());
        routes.insert(
            it.key(),
            QJsonObject {{u"count"_s, it->count}, {u"body_bytes"_s, it->bodyBytes}, {u"statuses"_s, statuses}});
        total += it->count;
        bytes += it->bodyBytes;
    }
    return {{u"total"_s, total}, {u"body_bytes"_s, bytes}, {u"routes"_s, routes}};
}

} // namespace Sandbox
