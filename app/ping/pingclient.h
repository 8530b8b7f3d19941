#pragma once

#include "pingresponse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Asynchronous client of the Ping Payments and Payment Links APIs (the calls Stallpay makes).
// One QNetworkAccessManager; every call answers once through its callback, on this thread.
class PingClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const PingResponse &)>;

    explicit PingClient(QObject *parent = nullptr);

    void setConfig(const PingConfig &config) { m_config = config; }
    const PingConfig &config() const { return m_config; }
    // How long a request may stay silent before it is given up as "outcome unknown".
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }
    // How long the oldest request still waiting for its answer has waited (0: none waits). A
    // request that hangs says more about the network than the last answer did.
    qint64 oldestWaitMs() const;

    void ping(Callback done);
    void getMerchant(const QString &merchantId, Callback done);
    void createPaymentOrder(Callback done);
    void getPaymentOrder(const QString &paymentOrderId, Callback done);
    // Orders created between from and to (inclusive).
    void listPaymentOrders(const QDateTime &from, const QDateTime &to, Callback done);
    void closePaymentOrder(const QString &paymentOrderId, Callback done);
    void createPaymentLink(const PaymentLinkRequest &request, Callback done);
    void getPaymentLink(const QString &linkId, Callback done);
    void listPaymentLinks(Callback done);
    void cancelPaymentLink(const QString &linkId, Callback done);
    // methods: "sms" and/or "email"; phone in E.164.
    void distributePaymentLink(
        const QString &linkId, const QStringList &methods, const QString &phone, const QString &email, Callback done);

private:
    enum class Api { Payments, Links };
    void send(Api api, const QByteArray &verb, const QString &path, const QJsonValue &body, Callback done);
    PingResponse classify(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    PingConfig m_config;
    int m_timeoutMs = 15000;
    QHash<QNetworkReply *, QElapsedTimer> m_waiting;
};
