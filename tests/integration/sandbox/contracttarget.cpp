#include "contracttarget.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

bool ContractTarget::start(QString *error, const QStringList &extraArgs)
{
    const QString base = qEnvironmentVariable("STALLPAY_CONTRACT_BASE_URL");
    if (!base.isEmpty()) {
        m_external = true;
        m_base = QUrl(base.endsWith(u'/') ? base.chopped(1) : base);
        m_tenantId = qEnvironmentVariable("STALLPAY_CONTRACT_TENANT_ID");
        m_merchantId = qEnvironmentVariable("STALLPAY_CONTRACT_MERCHANT_ID");
        m_splitTreeId = qEnvironmentVariable("STALLPAY_CONTRACT_SPLIT_TREE_ID");
        m_apiSecret = qgetenv("STALLPAY_CONTRACT_API_SECRET");
        if (m_tenantId.isEmpty() || m_merchantId.isEmpty() || m_splitTreeId.isEmpty()) {
            *error = u"STALLPAY_CONTRACT_BASE_URL needs STALLPAY_CONTRACT_TENANT_ID, _MERCHANT_ID and _SPLIT_TREE_ID"_s;
            return false;
        }
        return true;
    }
    if (!m_process.start(extraArgs, error))
        return false;
    m_base = m_process.baseUrl();
    m_tenantId = m_process.tenantId();
    m_merchantId = m_process.merchantId();
    m_splitTreeId = m_process.splitTreeId();
    return true;
}

QUrl ContractTarget::url(const QString &path) const
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(m_base.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

HttpResult ContractTarget::raw(QByteArrayView method,
                               const QString &path,
                               const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers) const
{
    return httpRequest(method, url(path), body, headers);
}

HttpResult
ContractTarget::call(QByteArrayView method, const QString &path, const QJsonValue &body, bool withTenant) const
{
    return send(method, path, body, withTenant, false);
}

HttpResult
ContractTarget::current(QByteArrayView method, const QString &path, const QJsonValue &body, bool withTenant) const
{
    return send(method, path, body, withTenant, true);
}

HttpResult ContractTarget::send(
    QByteArrayView method, const QString &path, const QJsonValue &body, bool withTenant, bool currentRevision) const
{
    QList<std::pair<QByteArray, QByteArray>> headers {{"Accept"_ba, "application/json"_ba}};
    if (currentRevision)
        headers.append({"x-api-version"_ba, QByteArray(kRevision)});
    if (withTenant)
        headers.append({"tenant_id"_ba, m_tenantId.toUtf8()});
    if (!m_apiSecret.isEmpty())
        headers.append({"x-api-secret"_ba, m_apiSecret});
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        headers.append({"Content-Type"_ba, "application/json"_ba});
    return httpRequest(method, url(path), payload, headers);
}

HttpResult ContractTarget::admin(QByteArrayView method, const QString &path, const QJsonValue &body) const
{
    return call(method, u"/_sandbox"_s + path, body, false);
}

QString ContractTarget::createOrder(const QString &currency) const
{
    const HttpResult result = call("POST", u"/payments/api/v1/payment_orders"_s,
                                   QJsonObject {{u"split_tree_id"_s, m_splitTreeId}, {u"currency"_s, currency}});
    return result.status == 200 ? result.json()[u"id"_s].toString() : QString();
}

QJsonObject ContractTarget::linkBody(const QString &orderId) const
{
    const auto item = [this](const QString &description, int price, int quantity, double vat) {
        return QJsonObject {{u"description"_s, description},
                            {u"merchant_id"_s, m_merchantId},
                            {u"price"_s, price},
                            {u"quantity"_s, quantity},
                            {u"vat"_s, vat}};
    };
    return QJsonObject {
        {u"payment_order_id"_s, orderId},
        {u"currency"_s, u"SEK"_s},
        {u"customer"_s, QJsonObject {{u"first_name"_s, u"Anna"_s}, {u"last_name"_s, u"Svensson"_s}}},
        {u"supplier"_s, QJsonObject {{u"name"_s, u"Grönsaksståndet"_s}, {u"city"_s, u"Malmö"_s}}},
        {u"locale"_s, u"sv-SE"_s},
        {u"items"_s, QJsonArray {item(u"Tomater 1 kg"_s, 3500, 2, 12), item(u"Kasse"_s, 300, 1, 25)}},
        {u"payment_provider_methods"_s,
         QJsonArray {QJsonObject {{u"provider"_s, u"swish"_s},
                                  {u"method"_s, u"e_commerce"_s},
                                  {u"parameters"_s, QJsonObject {{u"swish_message"_s, u"Tack för ditt köp"_s}}}},
                     QJsonObject {{u"provider"_s, u"verifone"_s}, {u"method"_s, u"card"_s}}}},
        {u"total_amount"_s, 7300}};
}

QJsonObject ContractTarget::currentLinkBody(const QString &orderId) const
{
    QJsonObject body = linkBody(orderId);
    QJsonArray methods = body[u"payment_provider_methods"_s].toArray();
    methods[1] = QJsonObject {{u"provider"_s, u"payment_iq"_s}, {u"method"_s, u"card"_s}};
    body[u"payment_provider_methods"_s] = methods;
    return body;
}

QString ContractTarget::createCurrentLink(const QString &orderId, const QJsonObject &overrides) const
{
    QJsonObject body = currentLinkBody(orderId);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    const HttpResult result = current("POST", u"/payment_links/api/v1/payment_links"_s, body);
    return result.status == 200 ? result.json()[u"id"_s].toString() : QString();
}

QString ContractTarget::createLink(const QString &orderId, const QJsonObject &overrides) const
{
    QJsonObject body = linkBody(orderId);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        body.insert(it.key(), it.value());
    const HttpResult result = call("POST", u"/payment_links/api/v1/payment_links"_s, body);
    return result.status == 200 ? result.json()[u"id"_s].toString() : QString();
}

QJsonObject ContractTarget::getLink(const QString &id) const
{
    return call("GET", u"/payment_links/api/v1/payment_links/"_s + id).json().object();
}

QStringList ContractTarget::errorProperties(const HttpResult &result)
{
    QStringList properties;
    for (const QJsonValue &entry : result.json()[u"errors"_s].toArray())
        properties.append(entry[u"property"_s].toString());
    return properties;
}

bool ContractTarget::hasError(const HttpResult &result, const QString &property, const QString &code)
{
    for (const QJsonValue &entry : result.json()[u"errors"_s].toArray()) {
        if (entry[u"property"_s].toString() == property && (code.isEmpty() || entry[u"error"_s].toString() == code)
            && !entry[u"description"_s].toString().isEmpty())
            return true;
    }
    return false;
}
