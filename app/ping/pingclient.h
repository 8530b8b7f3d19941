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

    // Orders per page when listing (1–100); the lists are followed page by page to their end.
    void setListPageSize(int size) { m_pageSize = size; }

    // The revision of both APIs this client speaks, sent as x-api-version on every request.
    static constexpr auto kApiVersion = "2025-12-09";

    void ping(Callback done);
    void getMerchant(const QString &merchantId, Callback done);
    // Who the tenant is and which payment provider methods it may use.
    void getTenant(Callback done);
    void createPaymentOrder(Callback done);
    void getPaymentOrder(const QString &paymentOrderId, Callback done);
    // Orders created between from and to (inclusive), every page of them: the body is one array.
    void listPaymentOrders(const QDateTime &from, const QDateTime &to, Callback done);
    void getPayment(const QString &paymentOrderId, const QString &paymentId, Callback done);
    // Refunds the whole payment (the API takes no part refunds).
    void refundPayment(const QString &paymentOrderId,
                       const QString &paymentId,
                       qint64 amountOre,
                       const QString &currency,
                       RefundReason reason,
                       const QString &description,
                       Callback done);
    void closePaymentOrder(const QString &paymentOrderId, Callback done);
    void createPaymentLink(const PaymentLinkRequest &request, Callback done);
    void getPaymentLink(const QString &linkId, Callback done);
    void listPaymentLinks(Callback done);
    void cancelPaymentLink(const QString &linkId, Callback done);
    // methods: "sms" and/or "email"; phone in E.164.
    void distributePaymentLink(
        const QString &linkId, const QStringList &methods, const QString &phone, const QString &email, Callback done);

    // Ping's own documents of a link (ping-api.md §2.2 rows 7–9): the invoice is made once (PUT,
    // 204; a second one is refused with 403), then read as {url, reference_type, reference}; the
    // receipt of a completed link as {url}.
    void createLinkInvoice(const QString &linkId, const QString &referenceType, Callback done);
    void getLinkInvoice(const QString &linkId, Callback done);
    void getLinkReceipt(const QString &linkId, Callback done);
    // GETs a document's PDF from the URL Ping gave. Only HTTPS (or loopback); the account's headers
    // go only to the API's own origin. Ok only for a whole PDF; anything else is worth a retry.
    using DocumentCallback = std::function<void(const PingResponse &, const QByteArray &pdf)>;
    void fetchDocument(const QUrl &url, DocumentCallback done);

private:
    enum class Api { Payments, Links };
    void send(Api api, const QByteArray &verb, const QString &path, const QJsonValue &body, Callback done);
    PingResponse classify(QNetworkReply *reply) const;
    // Keeps a certificate's problem for the words, and cuts an answer off beyond `cap` bytes.
    void watch(QNetworkReply *reply, qint64 cap);
    // GETs path?query and every following page, then answers once with all items as an array.
    // bytes: the answers' bodies so far (PingResponse::answerBytes of the whole list).
    void fetchPages(
        Api api, const QString &path, const QString &query, QJsonArray items, int pages, qint64 bytes, Callback done);

    QNetworkAccessManager *m_network;
    PingConfig m_config;
    int m_timeoutMs = 15000;
    int m_pageSize = 100;
    QHash<QNetworkReply *, QElapsedTimer> m_waiting;
};
