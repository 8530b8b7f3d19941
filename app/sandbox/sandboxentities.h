#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sandbox {

// The records the sandbox keeps. Each converts to and from the JSON kept in the --state file;
// the API shapes are built by the API classes, which know the public base URL.

struct SandboxMerchant
{
    QString id;
    QString name;
    QJsonObject organization;
    QString status = QStringLiteral("APPROVED");

    QJsonObject toJson() const;
    static SandboxMerchant fromJson(const QJsonObject &json);
};

struct SandboxPayment
{
    QString id;
    QString orderId;
    QString linkId; // empty for payments initiated through the Payments API
    QString provider;
    QString method;
    QString currency;
    QString status;
    QString statusCallbackUrl;
    qint64 totalAmount = 0;
    QJsonArray orderItems;
    QJsonObject metadata;
    QJsonObject providerMethodParameters;
    QJsonObject providerMethodResponse;
    QJsonArray statusHistory; // [{status, occurred_at}]
    QJsonArray refunds; // [{amount, currency, reason, description, provider, status, refunded_at}]
    QDateTime createdAt;

    bool isFinal() const;
    QJsonObject toJson() const;
    static SandboxPayment fromJson(const QJsonObject &json);
};

struct SandboxOrder
{
    QString id;
    QString splitTreeId;
    QString currency;
    QString status = QStringLiteral("OPEN");
    QJsonObject splitParameters;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList paymentIds;

    QJsonObject toJson() const;
    static SandboxOrder fromJson(const QJsonObject &json);
};

struct SandboxLink
{
    QString id;
    QString orderId;
    QString status = QStringLiteral("CREATED");
    QString currency;
    QString locale;
    QString callbackUrl;
    QString paymentId; // the completed payment, or the latest attempt
    QString smsStatus = QStringLiteral("NOT_CREATED");
    QDateTime smsSentAt; // when distribute sent the SMS; its delivery state follows from the clock
    QString smsTo;
    bool distributedByEmail = false;
    bool invoiceCreated = false;
    QString ocr;
    QString referenceType;
    QString documentName;
    qint64 totalAmount = 0;
    QDate dueDate;
    QDateTime expiresAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject request; // the create body as sent (customer, supplier, items, addresses, ...)

    QJsonObject toJson() const;
    static SandboxLink fromJson(const QJsonObject &json);
};

struct SandboxPayout
{
    QString id;
    QString orderId;
    QString currency;
    qint64 amount = 0;
    QDateTime completedAt;

    QJsonObject toJson() const; // also the API shape
    static SandboxPayout fromJson(const QJsonObject &json);
};

// An SMS or e-mail the sandbox "sent" instead of delivering it.
struct SandboxMessage
{
    QString id;
    QString channel; // "sms" or "email"
    QString to;
    QString subject;
    QString body;
    QString linkId;
    QDateTime sentAt;

    QJsonObject toJson() const; // also the admin API shape
    static SandboxMessage fromJson(const QJsonObject &json);
};

} // namespace Sandbox
