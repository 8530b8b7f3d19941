#pragma once

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

    // Both bases and a served origin: "https://host" → host/payments and host/payment_links.
    static PingConfig forOrigin(const QUrl &origin);
    // Empty when usable; otherwise why not, for people. Only HTTPS, except on loopback.
    QString problem() const;
};

// One entry of an API error body: {"errors":[{"error","property","description"}]}, or the flat
// {"error","description","property"?} the Payment Links API answers in the current revision.
struct ApiError
{
    QString error;
    QString property;
    QString description;
};

struct LinkItem
{
    QString description;
    qint64 priceOre = 0; // per unit, incl. VAT
    int quantity = 1;
    int vatBasisPoints = 0;
};

struct PaymentMethodChoice
{
    QString provider; // "swish", "verifone", ...
    QString method; // "e_commerce", "card", ...
    QString swishMessage;
};

struct LinkParty
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
};

struct LinkSupplier
{
    QString name;
    QString organizationNumber;
    QString city;
    QString zip;
    QString website;
};

// Everything Stallpay sends to create a payment link (ping-api.md §2.4, choices in §0).
struct PaymentLinkRequest
{
    QString paymentOrderId;
    QString merchantId;
    QString currency = QStringLiteral("SEK");
    QString locale = QStringLiteral("sv-SE");
    QList<LinkItem> items;
    LinkParty customer;
    LinkSupplier supplier;
    QDate dueDate;
    QList<PaymentMethodChoice> methods;
    QUrl statusCallbackUrl;
    QUrl logoUrl;

    qint64 totalOre() const;
};

// What Stallpay reads back from a payment link.
struct PaymentLinkInfo
{
    QString id;
    QString paymentOrderId;
    QString status; // CREATED, COMPLETED, EXPIRED, CANCELLED
    QString checkoutUrl;
    qint64 totalOre = 0;
    QString smsStatus; // NOT_CREATED, CREATED, PENDING, DELIVERED (also when the API spells it DELIVERD), FAILED
    bool distributedByEmail = false;
    QString ocr;
    bool invoiceCreated = false; // Ping has made its invoice of the link (PUT …/invoice)
    QString paymentId; // the link's newest payment attempt; empty before the payer tried
};

// What Stallpay reads of a payment (an attempt to pay a payment order).
struct PaymentInfo
{
    QString id;
    // INITIATED, PENDING, COMPLETED, DECLINED, ABORTED, EXPIRED, CRASHED; in the current revision
    // also STOPPED and the funding states FUNDED, OVERFUNDED, UNDERFUNDED.
    QString status;
    QString provider; // who carried it: "swish", "payment_iq", ...
    QString method; // how the payer paid: "e_commerce", "m_commerce", "card", "invoice", ...
    qint64 totalOre = 0;
    QString currency;
    int refundCount = 0; // refunds the payment has had
};

// Why a payment is refunded (C# SDK RefundReasonEnum).
enum class RefundReason { RequestedByCustomer, Fraudulent, Other };

namespace PingJson {
// The JSON mapping lives here and only here, so a choice of ping-api.md §0 is a one-line change.
QJsonObject paymentLinkRequest(const PaymentLinkRequest &request);
QJsonObject distributeRequest(const QStringList &methods, const QString &phone, const QString &email);
QJsonObject paymentOrderRequest(const QString &splitTreeId, const QString &currency);
PaymentLinkInfo paymentLinkInfo(const QJsonObject &object);
// The payments listed in a payment order (GET payment_orders/{id}).
QList<PaymentInfo> orderPayments(const QJsonObject &order);
QList<ApiError> errors(const QJsonValue &body);
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
