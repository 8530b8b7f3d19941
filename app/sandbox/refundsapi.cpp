#include "sandbox/refundsapi.h"

#include "sandbox/paymentflow.h"
#include "sandbox/paymentlinkvalidator.h"
#include "sandbox/requestvalidator.h"
#include "sandbox/sandboxstore.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
const QString kPrefix = u"/payments/api/v1/payment_orders/{id}/payments/{payment}"_s;

SandboxResponse invalidUuid(const QString &property)
{
    return SandboxResponse::error(422, u"invalid_format"_s, u"Invalid format. Expected :uuid"_s, property);
}
} // namespace

RefundsApi::RefundsApi(SandboxStore *store, PaymentFlow *flow)
    : m_store(store)
    , m_flow(flow)
{ }

void RefundsApi::registerRoutes(SandboxRouter &router)
{
    router.add("POST", kPrefix + u"/refund"_s, [this](const auto &r, const auto &p) { return refund(r, p[0], p[1]); });
    router.add("PUT", kPrefix + u"/stop"_s, [this](const auto &r, const auto &p) { return stop(r, p[0], p[1]); });
}

const QStringList &RefundsApi::reasons()
{
    static const QStringList list {u"fraudulent"_s, u"requested_by_customer"_s, u"other"_s}; // RefundReasonEnum.cs
    return list;
}

SandboxPayment *RefundsApi::findPayment(const QString &orderId, const QString &paymentId, SandboxResponse *error)
{
    if (!RequestValidator::isUuid(orderId)) {
        *error = invalidUuid(u"payment_order_id"_s);
        return nullptr;
    }
    if (!m_store->order(orderId.toLower())) {
        *error = SandboxResponse::error(404, u"not_found"_s, u"Payment order not found"_s, u"payment_order_id"_s);
        return nullptr;
    }
    if (!RequestValidator::isUuid(paymentId)) {
        *error = invalidUuid(u"payment_id"_s);
        return nullptr;
    }
    SandboxPayment *payment = m_store->payment(paymentId.toLower());
    if (!payment || payment->orderId != orderId.toLower()) {
        *error = SandboxResponse::error(404, u"not_found"_s, u"Payment not found"_s, u"payment_id"_s);
        return nullptr;
    }
    return payment;
}

SandboxResponse RefundsApi::refund(const SandboxRequest &request, const QString &orderId, const QString &paymentId)
{
    SandboxResponse error;
    SandboxPayment *payment = findPayment(orderId, paymentId, &error);
    if (!payment)
        return error;
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const auto amount = v.integer(body, u"amount"_s, {}, true);
    const QString currency = v.enumeration(body, u"currency"_s, {}, PaymentLinkValidator::currencies(), true);
    const QString reason = v.enumeration(body, u"reason"_s, {}, reasons(), true);
    const QString description = v.string(body, u"description"_s, {}, false);
    // Only the whole payment can be refunded (RefundRequest.cs: "must equal payment amount").
    if (amount && *amount != payment->totalAmount)
        v.add(u"invalid_value"_s, u"amount must equal the payment's amount %1"_s.arg(payment->totalAmount),
              u"amount"_s);
    if (!currency.isEmpty() && currency != payment->currency)
        v.add(u"invalid_value"_s, u"currency must be the payment's currency %1"_s.arg(payment->currency),
              u"currency"_s);
    if (!v.ok())
        return v.response();
    if (payment->status != u"COMPLETED"_s)
        return SandboxResponse::error(
            403, u"operation_forbidden"_s,
            u"Only a completed payment can be refunded; this one is %1"_s.arg(payment->status.toLower()));
    if (!payment->refunds.isEmpty())
        return SandboxResponse::error(403, u"operation_forbidden"_s, u"The payment has already been refunded"_s);
    const SandboxOrder *order = m_store->order(payment->orderId);
    if (order && order->status == u"SETTLED"_s)
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      u"The payment order is settled and takes no refunds"_s);
    const QJsonObject refund {
        {u"id"_s, m_store->ids().uuid()}, {u"amount"_s, *amount},
        {u"currency"_s, currency},        {u"reason"_s, reason},
        {u"description"_s, description},  {u"provider"_s, payment->provider},
        {u"status"_s, u"COMPLETED"_s},    {u"refunded_at"_s, SandboxClock::format(m_store->clock().now())}};
    payment->refunds.append(refund);
    return SandboxResponse::json(QJsonObject {{u"amount"_s, *amount},
                                              {u"currency"_s, currency},
                                              {u"provider"_s, payment->provider},
                                              {u"status"_s, u"COMPLETED"_s}});
}

SandboxResponse RefundsApi::stop(const SandboxRequest &request, const QString &orderId, const QString &paymentId)
{
    SandboxResponse error;
    SandboxPayment *payment = findPayment(orderId, paymentId, &error);
    if (!payment)
        return error;
    QJsonObject body; // none or {}
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    // A payment still under way stops; one that ended already stays as it is (the C# SDK's test
    // stops a completed dummy payment and expects 204).
    if (!payment->isFinal())
        m_flow->setPaymentStatus(payment->id, u"STOPPED"_s);
    return SandboxResponse::noContent();
}

} // namespace Sandbox
