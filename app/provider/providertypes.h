#pragma once

#include "sale/paymentstatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// What Stallpay asks of and reads from a payment service, in its own words (no provider's field
// names): the PaymentProvider interface speaks these, each provider maps them at its edge.

struct LinkItem
{
    QString description;
    qint64 priceOre = 0; // per unit, incl. VAT
    int quantity = 1;
    int vatBasisPoints = 0;
};

struct PaymentMethodChoice
{
    QString provider; // "swish", "payment_iq", ...
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

// Who made a link: this till and the sale (its number is unique per till), carried in the link
// itself (Ping: its `metadata`) so a reconcile or a sweep can prove which links are ours and which
// sale each belongs to. Empty on links made by someone else or before links carried it.
struct LinkTag
{
    QString tillId;
    qint64 saleNumber = 0;
    bool isEmpty() const { return tillId.isEmpty(); }
    bool operator==(const LinkTag &) const = default;
};

// Everything Stallpay sends to create a payment link.
struct PaymentLinkRequest
{
    QString paymentOrderId;
    QString merchantId; // empty: the provider's configured one
    QString currency = QStringLiteral("SEK");
    QString locale = QStringLiteral("sv-SE");
    QList<LinkItem> items;
    LinkParty customer;
    LinkSupplier supplier;
    QDate dueDate;
    QList<PaymentMethodChoice> methods;
    QUrl statusCallbackUrl;
    QUrl logoUrl;
    LinkTag tag;

    qint64 totalOre() const;
};

// Why a payment is refunded.
enum class RefundReason { RequestedByCustomer, Fraudulent, Other };

// A payment link as the service reports it.
struct LinkSnapshot
{
    QString id;
    QString paymentOrderId;
    ReportedLink status;
    QString checkoutUrl;
    qint64 totalOre = 0;
    ReportedSms smsStatus;
    bool distributedByEmail = false;
    QString ocr;
    QString paymentId; // the link's newest payment attempt; empty before the payer tried
    bool invoiceCreated = false; // the service has made its invoice of the link
    LinkTag tag;
};

// A document the service made of a link (its invoice, or the receipt of the paid link), as it
// serves it.
struct LinkDocument
{
    QString referenceType; // an invoice's payment reference: its kind ("OCR") and value
    QString reference;
    QString url; // where the service serves the PDF
    QByteArray pdf; // the whole file
};

// A payment (an attempt to pay a payment order) as the service reports it.
struct PaymentSnapshot
{
    QString id;
    ReportedPayment status;
    QString provider; // who carried it: "swish", "payment_iq", ...
    QString method; // how the payer paid: "e_commerce", "m_commerce", "card", "invoice", ...
    qint64 totalOre = 0;
    QString currency;
    int refundCount = 0; // refunds the payment has had
};

// A payment order as the service reports it, with its payments.
struct OrderSnapshot
{
    QString id;
    ReportedOrder status;
    QDateTime createdAt;
    QList<PaymentSnapshot> payments;
};
