#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// How many requests each route of the two APIs and the checkout page was asked, and the body
// bytes answered (GET /_sandbox/requests), so a test or bench can say "the poller never asked for
// the list" or "this cost N bytes an hour". /_sandbox/ itself is not counted.
class RequestCounter
{
public:
    // route: "GET /payment_links/api/v1/payment_links/{id}" (the path itself when no route matched).
    void count(const QString &route, int status, qint64 bodyBytes);
    void clear() { m_routes.clear(); }
    QJsonObject toJson() const; // {"total","body_bytes","routes":{route:{"count","body_bytes","statuses":{…}}}}

private:
    struct Route
    {
        qint64 count = 0;
        qint64 bodyBytes = 0;
        QHash<int, qint64> statuses;
    };
    QHash<QString, Route> m_routes;
};

} // namespace Sandbox
