#pragma once

#include "httpclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// Where the contract tests send their requests: a ping-sandbox child by default, or the service
// named by STALLPAY_CONTRACT_BASE_URL (+ _TENANT_ID, _MERCHANT_ID, _SPLIT_TREE_ID, _API_SECRET),
// e.g. the real Ping sandbox. Admin (/_sandbox/) calls only exist on ping-sandbox.
class ContractTarget
{
public:
    bool start(QString *error, const QStringList &extraArgs = {});
    bool external() const { return m_external; }
    static constexpr auto kNoAdmin = "admin-only check: needs ping-sandbox's /_sandbox/ API, which "
                                     "STALLPAY_CONTRACT_BASE_URL does not have";

    QUrl url(const QString &path) const;
    QString tenantId() const { return m_tenantId; }
    QString merchantId() const { return m_merchantId; }
    QString splitTreeId() const { return m_splitTreeId; }
    SandboxProcess &process() { return m_process; }

    // JSON body when `body` is an object or array; no body when undefined.
    HttpResult call(QByteArrayView method,
                    const QString &path,
                    const QJsonValue &body = QJsonValue::Undefined,
                    bool withTenant = true) const;
    // The same with x-api-version: 2025-12-09, the current revision (ping-api.md §0b).
    HttpResult current(QByteArrayView method,
                       const QString &path,
                       const QJsonValue &body = QJsonValue::Undefined,
                       bool withTenant = true) const;
    static constexpr auto kRevision = "2025-12-09";
    HttpResult raw(QByteArrayView method,
                   const QString &path,
                   const QByteArray &body,
                   const QList<std::pair<QByteArray, QByteArray>> &headers) const;
    HttpResult admin(QByteArrayView method, const QString &path, const QJsonValue &body = QJsonValue::Undefined) const;

    QString createOrder(const QString &currency = QStringLiteral("SEK")) const; // empty on failure
    QJsonObject linkBody(const QString &orderId) const; // a valid link, 2 items
    // A link valid in the current revision: Swish and payment_iq card instead of verifone.
    QJsonObject currentLinkBody(const QString &orderId) const;
    QString createCurrentLink(const QString &orderId, const QJsonObject &overrides = {}) const;
    QString createLink(const QString &orderId, const QJsonObject &overrides = {}) const;
    QJsonObject getLink(const QString &id) const;

    // True when the 4xx body's errors[] has an entry for `property` (and `code`, when given).
    static bool hasError(const HttpResult &result, const QString &property, const QString &code = {});
    static QStringList errorProperties(const HttpResult &result);

private:
    HttpResult send(QByteArrayView method,
                    const QString &path,
                    const QJsonValue &body,
                    bool withTenant,
                    bool currentRevision) const;

    SandboxProcess m_process;
    QUrl m_base;
    QString m_tenantId;
    QString m_merchantId;
    QString m_splitTreeId;
    QByteArray m_apiSecret;
    bool m_external = false;
};
