#include "sandbox/sandboxentities.h"

#include "sandbox/sandboxclock.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
QString time(const QDateTime &value)
{
    return value.isValid() ? SandboxClock::format(value) : QString();
}
QDateTime time(const QJsonValue &value)
{
    return SandboxClock::parse(value.toString());
}
} // namespace

QJsonObject SandboxMerchant::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"organization"_s, organization}, {u"status"_s, status}};
}

SandboxMerchant SandboxMerchant::fromJson(const QJsonObject &json)
{
    return {json[u"id"_s].toString(), json[u"name"_s].toString(), json[u"organization"_s].toObject(),
            json[u"status"_s].toString()};
}

bool SandboxPayment::isFinal() const
{
    // Funding states wait for the payer's next transfer or a reconcile: not final.
    static const QStringList open {u"INITIATED"_s, u"PENDING"_s, u"FUNDED"_s, u"OVERFUNDED"_s, u"UNDERFUNDED"_s};
    return !open.contains(status);
}

QJsonObject SandboxPayment::toJson() const
{
    return {{u"id"_s, id},
            {u"payment_order_id"_s, orderId},
            {u"payment_link_id"_s, linkId.isEmpty() ? QJsonValue() : QJsonValue(linkId)},
            {u"provider"_s, provider},
            {u"method"_s, method},
            {u"currency"_s, currency},
            {u"status"_s, status},
            {u"status_callback_url"_s, statusCallbackUrl.isEmpty() ? QJsonValue() : QJsonValue(statusCallbackUrl)},
            {u"total_amount"_s, totalAmount},
            {u"order_items"_s, orderItems},
            {u"metadata"_s, metadata},
            {u"provider_method_parameters"_s, providerMethodParameters},
            {u"provider_method_response"_s, providerMethodResponse},
            {u"status_history"_s, statusHistory},
            {u"refunds"_s, refunds},
            {u"created_at"_s, time(createdAt)}};
}

SandboxPayment SandboxPayment::fromJson(const QJsonObject &json)
{
    SandboxPayment p;
    p.id = json[u"id"_s].toString();
    p.orderId = json[u"payment_order_id"_s].toString();
    p.linkId = json[u"payment_link_id"_s].toString();
    p.provider = json[u"provider"_s].toString();
    p.method = json[u"method"_s].toString();
    p.currency = json[u"currency"_s].toString();
    p.status = json[u"status"_s].toString();
    p.statusCallbackUrl = json[u"status_callback_url"_s].toString();
    p.totalAmount = json[u"total_amount"_s].toInteger();
    p.orderItems = json[u"order_items"_s].toArray();
    p.metadata = json[u"metadata"_s].toObject();
    p.providerMethodParameters = json[u"provider_method_parameters"_s].toObject();
    p.providerMethodResponse = json[u"provider_method_response"_s].toObject();
    p.statusHistory = json[u"status_history"_s].toArray();
    p.refunds = json[u"refunds"_s].toArray();
    p.createdAt = time(json[u"created_at"_s]);
    return p;
}

QJsonObject SandboxOrder::toJson() const
{
    return {{u"id"_s, id},
            {u"split_tree_id"_s, splitTreeId},
            {u"currency"_s, currency},
            {u"status"_s, status},
            {u"split_parameters"_s, splitParameters},
            {u"created_at"_s, time(createdAt)},
            {u"updated_at"_s, time(updatedAt)},
            {u"payment_ids"_s, QJsonArray::fromStringList(paymentIds)}};
}

SandboxOrder SandboxOrder::fromJson(const QJsonObject &json)
{
    SandboxOrder o;
    o.id = json[u"id"_s].toString();
    o.splitTreeId = json[u"split_tree_id"_s].toString();
    o.currency = json[u"currency"_s].toString();
    o.status = json[u"status"_s].toString();
    o.splitParameters = json[u"split_parameters"_s].toObject();
    o.createdAt = time(json[u"created_at"_s]);
    o.updatedAt = time(json[u"updated_at"_s]);
    for (const QJsonValue &id : json[u"payment_ids"_s].toArray())
        o.paymentIds.append(id.toString());
    return o;
}

QJsonObject SandboxLink::toJson() const
{
    return {{u"id"_s, id},
            {u"payment_order_id"_s, orderId},
            {u"status"_s, status},
            {u"currency"_s, currency},
            {u"locale"_s, locale},
            {u"callback_url"_s, callbackUrl},
            {u"payment_id"_s, paymentId},
            {u"sms_status"_s, smsStatus},
            {u"sms_sent_at"_s, time(smsSentAt)},
            {u"sms_to"_s, smsTo},
            {u"distributed_by_email"_s, distributedByEmail},
            {u"invoice_created"_s, invoiceCreated},
            {u"ocr"_s, ocr},
            {u"reference_type"_s, referenceType},
            {u"document_name"_s, documentName},
            {u"total_amount"_s, totalAmount},
            {u"due_date"_s, dueDate.isValid() ? dueDate.toString(Qt::ISODate) : QString()},
            {u"expires_at"_s, time(expiresAt)},
            {u"created_at"_s, time(createdAt)},
            {u"updated_at"_s, time(updatedAt)},
            {u"request"_s, request}};
}

SandboxLink SandboxLink::fromJson(const QJsonObject &json)
{
    SandboxLink l;
    l.id = json[u"id"_s].toString();
    l.orderId = json[u"payment_order_id"_s].toString();
    l.status = json[u"status"_s].toString();
    l.currency = json[u"currency"_s].toString();
    l.locale = json[u"locale"_s].toString();
    l.callbackUrl = json[u"callback_url"_s].toString();
    l.paymentId = json[u"payment_id"_s].toString();
    l.smsStatus = json[u"sms_status"_s].toString();
    l.smsSentAt = time(json[u"sms_sent_at"_s]);
    l.smsTo = json[u"sms_to"_s].toString();
    l.distributedByEmail = json[u"distributed_by_email"_s].toBool();
    l.invoiceCreated = json[u"invoice_created"_s].toBool();
    l.ocr = json[u"ocr"_s].toString();
    l.referenceType = json[u"reference_type"_s].toString();
    l.documentName = json[u"document_name"_s].toString();
    l.totalAmount = json[u"total_amount"_s].toInteger();
    l.dueDate = QDate::fromString(json[u"due_date"_s].toString(), Qt::ISODate);
    l.expiresAt = time(json[u"expires_at"_s]);
    l.createdAt = time(json[u"created_at"_s]);
    l.updatedAt = time(json[u"updated_at"_s]);
    l.request = json[u"request"_s].toObject();
    return l;
}

QJsonObject SandboxPayout::toJson() const
{
    return {{u"id"_s, id},
            {u"payment_order_id"_s, orderId},
            {u"currency"_s, currency},
            {u"amount"_s, amount},
            {u"completed_at"_s, time(completedAt)}};
}

SandboxPayout SandboxPayout::fromJson(const QJsonObject &json)
{
    return {json[u"id"_s].toString(), json[u"payment_order_id"_s].toString(), json[u"currency"_s].toString(),
            json[u"amount"_s].toInteger(), time(json[u"completed_at"_s])};
}

QJsonObject SandboxMessage::toJson() const
{
    return {{u"id"_s, id},
            {u"channel"_s, channel},
            {u"to"_s, to},
            {u"subject"_s, subject},
            {u"body"_s, body},
            {u"payment_link_id"_s, linkId},
            {u"sent_at"_s, time(sentAt)}};
}

SandboxMessage SandboxMessage::fromJson(const QJsonObject &json)
{
    return {json[u"id"_s].toString(),      json[u"channel"_s].toString(), json[u"to"_s].toString(),
            json[u"subject"_s].toString(), json[u"body"_s].toString(),    json[u"payment_link_id"_s].toString(),
            time(json[u"sent_at"_s])};
}

} // namespace Sandbox
