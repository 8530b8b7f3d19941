#include "sandbox/sandboxrouter.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

// A request's segments. Under the two APIs an empty segment stays, and matches nothing: an empty
// id ("payment_orders//payments", "PUT payment_orders/") is an unknown resource (404), not another
// route or a 405. Elsewhere (the admin page "/_sandbox/") slashes are forgiven.
QStringList requestSegments(const QString &path)
{
    if (!path.startsWith(u"/payments/api/"_s) && !path.startsWith(u"/payment_links/api/"_s))
        return splitPath(path);
    QStringList segments = path.split(u'/');
    segments.removeFirst();
    return segments;
}
} // namespace

void SandboxRouter::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route {method, splitPath(pattern), pattern, std::move(handler)});
}

bool SandboxRouter::matches(const Route &route, const QStringList &segments, Params *params)
{
    if (route.segments.size() != segments.size())
        return false;
    Params found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (segments.at(i).isEmpty())
            return false;
        if (expected.startsWith(u'{'))
            found.append(segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    if (params)
        *params = found;
    return true;
}

bool SandboxRouter::dispatch(const SandboxRequest &request, SandboxResponse *response) const
{
    const QStringList segments = requestSegments(request.path);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        Params params;
        if (!matches(route, segments, &params))
            continue;
        if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
            *response = route.handler(request, params);
            response->headOnly = request.method == "HEAD";
            return true;
        }
        allowed.append(route.method);
    }
    if (allowed.isEmpty())
        return false;
    *response = SandboxResponse::error(405, u"method_not_allowed"_s,
                                       u"%1 is not allowed here"_s.arg(QString::fromLatin1(request.method)));
    response->headers.append({"Allow"_ba, allowed.join(", ")});
    return true;
}

QString SandboxRouter::patternFor(const SandboxRequest &request) const
{
    const QStringList segments = requestSegments(request.path);
    for (const Route &route : m_routes) {
        if (route.method == request.method && matches(route, segments, nullptr))
            return route.pattern;
    }
    return {};
}

} // namespace Sandbox
