#pragma once

#include "provider/providerreply.h"
#include "provider/providertypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// Where and as whom the client talks to Ping. The secret parts come from the keychain.
struct PingConfig
{
    QUrl paymentsBase; // e.g. https://sandbox.pingpayments.com/payments
    QUrl linksBase; // e.g. https://sandbox.pingpayments.com/payment_links
    QString tenantId;
    QString apiSecret; // sent as x-api-secret when set
    QString merchantId;
    QString splitTreeId;
    // Where a link's checkout_url may point besides the API's own host and Ping's (pingpayments.com
    // and its subdomains, over HTTPS): scheme, host and port, e.g. a custom environment's checkout
    // or the demo sandbox's public address (plain http is trusted only for origins listed here or
    // on loopback).
    QList<QUrl> checkoutOrigins;

    // Both bases and a served origin: "https://host" → host/payments and host/payment_links.
    static PingConfig forOrigin(const QUrl &origin);
    // Empty when usable; otherwise why not, for people. Only HTTPS, except on loopback.
    QString problem() const;
    // Whether a checkout address from the service may become a QR code, be sent or be opened.
    bool trustsCheckout(const QUrl &url) const;
    // The origins of a text the seller typed ("https://pay.example.se https://b.example.se", spaces or
    // commas between): scheme, host and port only. Empty *problem when every one may be trusted
    // (HTTPS, or plain http on this computer); otherwise what is wrong with the first that may not.
    static QList<QUrl> checkoutOriginsFrom(const QString &text, QString *problem);
};

// The request and answer types are the provider seam's (provider/providertypes.h); the names
// below are the Ping client's for them.
using PaymentLinkInfo = LinkSnapshot;
using PaymentInfo = PaymentSnapshot;

namespace PingJson {
// The JSON mapping lives here and only here, so a choice of ping-api.md §0 is a one-line change.
QJsonObject paymentLinkRequest(const PaymentLinkRequest &request);
QJsonObject distributeRequest(const QStringList &methods, const QString &phone, const QString &email);
QJsonObject paymentOrderRequest(const QString &splitTreeId, const QString &currency);
PaymentLinkInfo paymentLinkInfo(const QJsonObject &object);
// The payments listed in a payment order (GET payment_orders/{id}).
QList<PaymentInfo> orderPayments(const QJsonObject &order);
QList<ApiError> errors(const QJsonValue &body);
// A link's invoice or receipt answer: {url, reference_type, reference} (a receipt's has the url only).
LinkDocument document(const QJsonObject &answer);
OrderSnapshot order(const QJsonObject &order);
QJsonObject refundRequest(qint64 amountOre, const QString &currency, RefundReason reason, const QString &description);
PaymentInfo paymentInfo(const QJsonObject &payment);
// The payment provider methods a tenant may use (GET tenant), as {provider, method} pairs.
QList<PaymentMethodChoice> tenantMethods(const QJsonObject &tenant);
// A phone number as the API's examples write it: Swedish numbers in national form ("+46701234567"
// → "0701234567"); others stay in E.164. Our own database keeps E.164.
QString apiPhone(const QString &e164);
// The items of one list answer: a page's "data" (current revision) or the plain array (older).
QJsonArray listItems(const QJsonValue &body);
// The query of a page's "next" link, or empty on the last page.
QString nextPageQuery(const QJsonValue &body);
} // namespace PingJson
