#include "sandbox/pagelist.h"

#include "sandbox/requestvalidator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace PageList {

namespace {
QJsonObject href(const SandboxRequest &request, const QString &after)
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(u"after"_s);
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    const QString text = query.toString(QUrl::FullyEncoded);
    return {{u"href"_s, text.isEmpty() ? request.path : request.path + u'?' + text}};
}
} // namespace

SandboxResponse answer(const SandboxRequest &request, const QList<QJsonObject> &items)
{
    int limit = kDefaultLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return SandboxResponse::error(422, u"invalid_value"_s,
                                          u"limit must be an integer from 1 to %1"_s.arg(kMaxLimit), u"limit"_s);
    }
    qsizetype start = 0;
    const QString after = request.query.queryItemValue(u"after"_s);
    if (!after.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < items.size() && start < 0; ++i) {
            if (items.at(i)[u"id"_s].toString() == after)
                start = i + 1;
        }
        if (start < 0)
            return SandboxResponse::error(422, u"invalid_value"_s, u"after names no item of this list"_s, u"after"_s);
    }
    const qsizetype end = qMin(items.size(), start + limit);
    QJsonArray data;
    for (qsizetype i = start; i < end; ++i)
        data.append(items.at(i));
    QJsonObject links {{u"current"_s, href(request, after)}, {u"first"_s, href(request, {})}};
    if (end < items.size())
        links.insert(u"next"_s, href(request, items.at(end - 1)[u"id"_s].toString()));
    if (start > 0) {
        const qsizetype previousStart = qMax<qsizetype>(0, start - limit);
        links.insert(u"previous"_s,
                     href(request, previousStart == 0 ? QString() : items.at(previousStart - 1)[u"id"_s].toString()));
    }
    return SandboxResponse::json(QJsonObject {{u"data"_s, data}, {u"_links"_s, links}});
}

} // namespace PageList

} // namespace Sandbox
