#include "sandbox/paymentflow.h"

#include "sandbox/paymentlinkvalidator.h"
#include "sandbox/sandboxlog.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

PaymentFlow::PaymentFlow(SandboxStore *store, int linkLifetimeDays, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_linkLifetimeDays(linkLifetimeDays)
{ }

const QStringList &PaymentFlow::paymentStatuses()
{
    static const QStringList statuses {u"INITIATED"_s, u"PENDING"_s,    u"COMPLETED"_s,  u"DECLINED"_s,
                                       u"ABORTED"_s,   u"EXPIRED"_s,    u"CRASHED"_s,    u"STOPPED"_s,
                                       u"FUNDED"_s,    u"OVERFUNDED"_s, u"UNDERFUNDED"_s};
    return statuses;
}

QString PaymentFlow::smsStatus(const SandboxLink &link, bool currentRevision) const
{
    if (!link.smsSentAt.isValid())
        return u"NOT_CREATED"_s;
    const bool failed = m_store->undeliverable(link.smsTo);
    if (!currentRevision) // the older revision reported delivery at once
        return failed ? u"FAILED"_s : u"DELIVERED"_s;
    const qint64 elapsed = link.smsSentAt.msecsTo(m_store->clock().now());
    const int delay = m_store->smsDelayMs();
    if (elapsed >= delay)
        return failed ? u"FAILED"_s : u"DELIVERD"_s;
    return elapsed * 2 >= delay ? u"PENDING"_s : u"CREATED"_s;
}

std::optional<SandboxResponse> PaymentFlow::refusePayment(const SandboxLink &link)
{
    if (link.status != u"CREATED"_s)
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      u"Payment link is %1 and cannot be paid"_s.arg(link.status.toLower()));
    const SandboxOrder *order = m_store->order(link.orderId);
    if (!order || order->status != u"OPEN"_s)
        return SandboxResponse::error(403, u"payment_order_closed"_s,
                                      u"Cannot initiate new Payments when PaymentOrder has been closed"_s);
    return std::nullopt;
}

std::optional<SandboxResponse>
PaymentFlow::payLink(const QString &linkId, const QString &provider, const QString &finalStatus, QString *paymentId)
{
    expireDueLinks();
    SandboxLink *link = m_store->link(linkId);
    if (!link)
        return SandboxResponse::error(404, u"not_found"_s, u"Payment link not found"_s, u"payment_link_id"_s);
    if (auto refusal = refusePayment(*link))
        return refusal;

    QJsonObject chosen;
    const QJsonArray methods = link->request[u"payment_provider_methods"_s].toArray();
    for (const QJsonValue &method : methods) {
        if (provider.isEmpty() || method[u"provider"_s].toString() == provider) {
            chosen = method.toObject();
            break;
        }
    }
    if (chosen.isEmpty())
        return SandboxResponse::error(422, u"invalid_value"_s,
                                      u"The link offers no payment_provider_method with provider %1"_s.arg(provider),
                                      u"provider"_s);

    SandboxPayment payment;
    payment.id = m_store->ids().uuid();
    payment.orderId = link->orderId;
    payment.linkId = link->id;
    payment.provider = chosen[u"provider"_s].toString();
    payment.method = chosen[u"method"_s].toString();
    payment.currency = link->currency;
    payment.totalAmount = link->totalAmount;
    payment.createdAt = m_store->clock().now();
    payment.status = u"INITIATED"_s;
    payment.statusHistory.append(
        QJsonObject {{u"status"_s, payment.status}, {u"occurred_at"_s, SandboxClock::format(payment.createdAt)}});
    for (const QJsonValue &item : link->request[u"items"_s].toArray()) {
        payment.orderItems.append(QJsonObject {
            {u"name"_s, item[u"description"_s]},
            {u"amount"_s, item[u"price"_s].toInteger() * item[u"quantity"_s].toInteger()},
            {u"vat_rate"_s, PaymentLinkValidator::vatPercent(item[u"vat"_s].toDouble())},
            {u"merchant_id"_s, item[u"merchant_id"_s]},
        });
    }
    m_store->addPayment(payment);
    m_store->order(link->orderId)->paymentIds.append(payment.id);
    link->paymentId = payment.id;
    link->updatedAt = payment.createdAt;
    *paymentId = payment.id;
    setPaymentStatus(payment.id, finalStatus);
    return std::nullopt;
}

void PaymentFlow::setPaymentStatus(const QString &paymentId, const QString &status)
{
    SandboxPayment *payment = m_store->payment(paymentId);
    if (!payment || payment->status == status)
        return;
    const QDateTime now = m_store->clock().now();
    payment->status = status;
    payment->statusHistory.append(QJsonObject {{u"status"_s, status}, {u"occurred_at"_s, SandboxClock::format(now)}});
    const QString linkId = payment->linkId;
    emit paymentStatusChanged(paymentId, status, now);
    // Only success moves the link; any other outcome leaves it payable (the payer may retry).
    if (status == u"COMPLETED"_s && !linkId.isEmpty())
        setLinkStatus(linkId, u"COMPLETED"_s);
}

void PaymentFlow::setLinkStatus(const QString &linkId, const QString &status)
{
    SandboxLink *link = m_store->link(linkId);
    if (!link || link->status == status)
        return;
    const QDateTime now = m_store->clock().now();
    qCInfo(lcSandbox).noquote() << "payment link" << linkId << link->status << "->" << status;
    link->status = status;
    link->updatedAt = now;
    emit linkStatusChanged(linkId, status, now);
}

QDateTime PaymentFlow::expiryOf(const SandboxLink &link) const
{
    if (link.dueDate.isValid())
        return SandboxClock::endOfDayStockholm(link.dueDate);
    return link.createdAt.addDays(m_linkLifetimeDays);
}

int PaymentFlow::expireDueLinks()
{
    const QDateTime now = m_store->clock().now();
    QStringList due;
    for (const SandboxLink &link : m_store->links()) {
        if (link.status == u"CREATED"_s && expiryOf(link) <= now)
            due.append(link.id);
    }
    for (const QString &id : due)
        setLinkStatus(id, u"EXPIRED"_s);
    return int(due.size());
}

} // namespace Sandbox
