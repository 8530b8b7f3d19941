#pragma once

#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// What the sandbox itself says, for the sync tests: the side of the truth the app cannot fake.
namespace SandboxCheck {

inline HttpResult
admin(const SandboxProcess &sandbox, QByteArrayView method, const QString &path, const QByteArray &body = {})
{
    QUrl url = sandbox.baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(u"/_sandbox"_s + path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return httpRequest(method, url, body, {{"Content-Type", "application/json"}});
}

inline QJsonArray api(const SandboxProcess &sandbox, const QString &path)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(path);
    return httpRequest("GET", url, {}, {{"tenant_id", sandbox.tenantId().toUtf8()}}).json().array();
}

inline QJsonArray links(const SandboxProcess &sandbox)
{
    return api(sandbox, u"/payment_links/api/v1/payment_links"_s);
}

inline QJsonArray orders(const SandboxProcess &sandbox)
{
    return api(sandbox, u"/payments/api/v1/payment_orders"_s);
}

inline int linksOfOrder(const QJsonArray &links, const QString &orderId)
{
    int n = 0;
    for (const QJsonValue &l : links)
        n += l[u"payment_order_id"_s].toString() == orderId ? 1 : 0;
    return n;
}

inline bool addFault(const SandboxProcess &sandbox, const QJsonObject &fault)
{
    return admin(sandbox, "POST", u"/faults"_s, QJsonDocument(fault).toJson(QJsonDocument::Compact)).status / 100 == 2;
}

} // namespace SandboxCheck
