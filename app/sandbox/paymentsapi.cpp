#include "sandbox/paymentsapi.h"

#include "sandbox/pagelist.h"
#include "sandbox/paymentflow.h"
#include "sandbox/paymentlinkvalidator.h"
#include "sandbox/paymentvalidator.h"
#include "sandbox/sandboxstore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
const QString kPrefix = u"/payments/api/v1"_s;

SandboxResponse forbidden(const QString &description)
{
    return SandboxResponse::error(403, u"operation_forbidden"_s, description);
}

} // namespace

QJsonObject PaymentsApi::paymentJson(const SandboxPayment &payment)
{
    QJsonObject json = payment.toJson();
    json.remove(u"provider_method_parameters"_s);
    // "refund" is the newest refund ({amount, refunded_at}, C# SDK Refund.cs), "refunds" all of them.
    if (!payment.refunds.isEmpty()) {
        const QJsonObject last = payment.refunds.last().toObject();
        json.insert(u"refund"_s,
                    QJsonObject {{u"amount"_s, last[u"amount"_s]}, {u"refunded_at"_s, last[u"refunded_at"_s]}});
    } else {
        json.insert(u"refund"_s, QJsonValue());
    }
    return json;
}

PaymentsApi::PaymentsApi(SandboxStore *store, PaymentFlow *flow)
    : m_store(store)
    , m_flow(flow)
{ }

void PaymentsApi::registerRoutes(SandboxRouter &router)
{
    router.add("GET", kPrefix + u"/ping"_s, [](const auto &, const auto &) { return SandboxResponse::text("pong"); });
    router.add("GET", kPrefix + u"/merchants"_s, [this](const auto &r, const auto &) { return listMerchants(r); });
    router.add("POST", kPrefix + u"/merchants"_s, [this](const auto &r, const auto &) { return createMerchant(r); });
    router.add("GET", kPrefix + u"/merchants/{id}"_s,
               [this](const auto &, const auto &p) { return getMerchant(p[0]); });
    router.add("GET", kPrefix + u"/payment_orders"_s, [this](const auto &r, const auto &) { return listOrders(r); });
    router.add("POST", kPrefix + u"/payment_orders"_s, [this](const auto &r, const auto &) { return createOrder(r); });
    router.add("GET", kPrefix + u"/payment_orders/{id}"_s,
               [this](const auto &, const auto &p) { return getOrder(p[0]); });
    router.add("PUT", kPrefix + u"/payment_orders/{id}"_s,
               [this](const auto &r, const auto &p) { return updateOrder(r, p[0]); });
    router.add("PUT", kPrefix + u"/payment_orders/{id}/close"_s,
               [this](const auto &r, const auto &p) { return closeOrder(r, p[0]); });
    router.add("PUT", kPrefix + u"/payment_orders/{id}/split"_s,
               [this](const auto &r, const auto &p) { return splitOrSettle(r, p[0], false); });
    router.add("PUT", kPrefix + u"/payment_orders/{id}/settle"_s,
               [this](const auto &r, const auto &p) { return splitOrSettle(r, p[0], true); });
    router.add("POST", kPrefix + u"/payment_orders/{id}/payments"_s,
               [this](const auto &r, const auto &p) { return initiatePayment(r, p[0]); });
    router.add("GET", kPrefix + u"/payment_orders/{id}/payments/{payment}"_s,
               [this](const auto &, const auto &p) { return getPayment(p[0], p[1]); });
    router.add("GET", kPrefix + u"/payouts"_s, [this](const auto &r, const auto &) { return listPayouts(r); });
    router.add("GET", kPrefix + u"/payouts/{id}"_s, [this](const auto &, const auto &p) { return getPayout(p[0]); });
}

QJsonObject PaymentsApi::orderJson(const SandboxOrder &order) const
{
    QJsonArray payments;
    for (const QString &id : order.paymentIds) {
        if (const SandboxPayment *payment = m_store->payment(id))
            payments.append(paymentJson(*payment));
    }
    return {{u"id"_s, order.id},
            {u"status"_s, order.status},
            {u"currency"_s, order.currency},
            {u"split_tree_id"_s, order.splitTreeId.isEmpty() ? QJsonValue() : QJsonValue(order.splitTreeId)},
            {u"split_parameters"_s, order.splitParameters},
            {u"created_at"_s, SandboxClock::format(order.createdAt)},
            {u"updated_at"_s, SandboxClock::format(order.updatedAt)},
            {u"payments"_s, payments}};
}

SandboxResponse PaymentsApi::listMerchants(const SandboxRequest &request)
{
    QList<QJsonObject> merchants;
    for (const SandboxMerchant &merchant : m_store->merchants())
        merchants.append(merchant.toJson());
    if (request.currentRevision())
        return PageList::answer(request, merchants);
    QJsonArray array;
    for (const QJsonObject &merchant : std::as_const(merchants))
        array.append(merchant);
    return SandboxResponse::json(array);
}

SandboxResponse PaymentsApi::createMerchant(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const QString name = v.nonEmptyString(body, u"name"_s, {}, true);
    const auto organization = v.object(body, u"organization"_s, {}, true);
    if (organization) {
        const QString country = v.enumeration(*organization, u"country"_s, u"organization"_s, {u"SE"_s, u"NO"_s}, true);
        if (!country.isEmpty()) {
            const bool se = country == u"SE"_s;
            const QString key = se ? u"se_organization_number"_s : u"no_organization_number"_s;
            const QString number = v.string(*organization, key, u"organization"_s, true);
            static const QRegularExpression se10(u"^\\d{10}$"_s), no9(u"^\\d{9}$"_s);
            if (!number.isEmpty() && !(se ? se10 : no9).match(number).hasMatch())
                v.add(u"invalid_format"_s, se ? u"Expected 10 digits"_s : u"Expected 9 digits"_s,
                      RequestValidator::join(u"organization"_s, key));
        }
    }
    if (!v.ok())
        return v.response();
    SandboxMerchant merchant {m_store->ids().uuid(), name, *organization, u"APPROVED"_s};
    m_store->addMerchant(merchant);
    return SandboxResponse::json(QJsonObject {{u"id"_s, merchant.id}});
}

SandboxResponse PaymentsApi::getMerchant(const QString &id)
{
    if (!RequestValidator::isUuid(id))
        return SandboxResponse::error(422, u"invalid_format"_s, u"Invalid format. Expected :uuid"_s, u"merchant_id"_s);
    const SandboxMerchant *merchant = m_store->merchant(id.toLower());
    return merchant ? SandboxResponse::json(merchant->toJson())
                    : SandboxResponse::error(404, u"not_found"_s, u"Merchant not found"_s, u"merchant_id"_s);
}

std::optional<SandboxResponse> PaymentsApi::readRange(const SandboxRequest &request, QDateTime *from, QDateTime *to)
{
    RequestValidator v;
    const auto read = [&](const QStringList &names, QDateTime *out) {
        for (const QString &name : names) {
            if (!request.query.hasQueryItem(name))
                continue;
            *out = SandboxClock::parse(request.query.queryItemValue(name, QUrl::FullyDecoded));
            if (!out->isValid())
                v.add(u"invalid_format"_s, u"Invalid format. Expected :date-time"_s, name);
        }
    };
    read({u"from"_s, u"created_at_from"_s}, from);
    read({u"to"_s, u"created_at_to"_s}, to);
    if (!v.ok())
        return v.response();
    return std::nullopt;
}

SandboxResponse PaymentsApi::listOrders(const SandboxRequest &request)
{
    QDateTime from, to;
    if (auto failure = readRange(request, &from, &to))
        return *failure;
    const QString status = request.query.queryItemValue(u"status"_s);
    static const QStringList statuses {u"OPEN"_s, u"CLOSED"_s, u"SPLIT"_s, u"SETTLED"_s};
    if (request.currentRevision() && !status.isEmpty() && !statuses.contains(status))
        return SandboxResponse::error(422, u"invalid_enum"_s,
                                      u"Invalid value for enum. Expected one of: %1"_s.arg(statuses.join(u", "_s)),
                                      u"status"_s);
    QList<QJsonObject> orders;
    for (const SandboxOrder &order : m_store->orders()) {
        if ((from.isValid() && order.createdAt < from) || (to.isValid() && order.createdAt > to))
            continue;
        if (!status.isEmpty() && order.status != status)
            continue;
        orders.append(orderJson(order));
    }
    if (request.currentRevision())
        return PageList::answer(request, orders);
    QJsonArray array;
    for (const QJsonObject &order : std::as_const(orders))
        array.append(order);
    return SandboxResponse::json(array);
}

SandboxResponse PaymentsApi::createOrder(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    // The current revision makes the split tree optional (C# SDK Can_create_order_without_split_tree_id...).
    const QString splitTree = v.uuid(body, u"split_tree_id"_s, {}, !request.currentRevision());
    const QString currency = v.enumeration(body, u"currency"_s, {}, PaymentLinkValidator::currencies(), true);
    const auto parameters = v.object(body, u"split_parameters"_s, {}, false);
    if (!v.ok())
        return v.response();
    if (!splitTree.isEmpty() && !m_store->knowsSplitTree(splitTree))
        return SandboxResponse::error(403, u"operation_forbidden"_s, u"Split tree not found for this tenant"_s,
                                      u"split_tree_id"_s);
    SandboxOrder order;
    order.id = m_store->ids().uuid();
    order.splitTreeId = splitTree;
    order.currency = currency;
    order.splitParameters = parameters.value_or(QJsonObject());
    order.createdAt = order.updatedAt = m_store->clock().now();
    m_store->addOrder(order);
    return SandboxResponse::json(QJsonObject {{u"id"_s, order.id}});
}

SandboxOrder *PaymentsApi::findOrder(const QString &id, SandboxResponse *error)
{
    if (!RequestValidator::isUuid(id)) {
        *error = SandboxResponse::error(422, u"invalid_format"_s, u"Invalid format. Expected :uuid"_s,
                                        u"payment_order_id"_s);
        return nullptr;
    }
    SandboxOrder *order = m_store->order(id.toLower());
    if (!order)
        *error = SandboxResponse::error(404, u"not_found"_s, u"Payment order not found"_s, u"payment_order_id"_s);
    return order;
}

SandboxResponse PaymentsApi::getOrder(const QString &id)
{
    SandboxResponse error;
    const SandboxOrder *order = findOrder(id, &error);
    return order ? SandboxResponse::json(orderJson(*order)) : error;
}

SandboxResponse PaymentsApi::updateOrder(const SandboxRequest &request, const QString &id)
{
    SandboxResponse error;
    SandboxOrder *order = findOrder(id, &error);
    if (!order)
        return error;
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const QString splitTree = v.uuid(body, u"split_tree_id"_s, {}, true);
    const auto parameters = v.object(body, u"split_parameters"_s, {}, false);
    if (!v.ok())
        return v.response();
    if (!m_store->knowsSplitTree(splitTree))
        return SandboxResponse::error(403, u"operation_forbidden"_s, u"Split tree not found for this tenant"_s,
                                      u"split_tree_id"_s);
    if (order->status == u"SPLIT"_s || order->status == u"SETTLED"_s)
        return forbidden(u"Payment order is %1 and cannot be updated"_s.arg(order->status.toLower()));
    order->splitTreeId = splitTree;
    if (parameters)
        order->splitParameters = *parameters;
    order->updatedAt = m_store->clock().now();
    return SandboxResponse::noContent();
}

SandboxResponse PaymentsApi::closeOrder(const SandboxRequest &request, const QString &id)
{
    SandboxResponse error;
    SandboxOrder *order = findOrder(id, &error);
    if (!order)
        return error;
    QJsonObject body; // PY sends none, CS sends {}; both are fine
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    if (order->status != u"OPEN"_s)
        return forbidden(u"Payment order is %1 and cannot be closed"_s.arg(order->status.toLower()));
    order->status = u"CLOSED"_s;
    order->updatedAt = m_store->clock().now();
    return SandboxResponse::noContent();
}

SandboxResponse PaymentsApi::splitOrSettle(const SandboxRequest &request, const QString &id, bool settle)
{
    SandboxResponse error;
    SandboxOrder *order = findOrder(id, &error);
    if (!order)
        return error;
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const bool fastForward = v.boolean(body, u"fast_forward"_s, {}, false).value_or(false);
    if (!v.ok())
        return v.response();
    // Without fast_forward each step needs the one before: OPEN -close-> CLOSED -split-> SPLIT -settle-> SETTLED.
    const QString needed = settle ? u"SPLIT"_s : u"CLOSED"_s;
    const bool reachable =
        order->status == needed || (fastForward && (order->status == u"OPEN"_s || order->status == u"CLOSED"_s));
    if (!reachable)
        return forbidden(
            u"Payment order is %1 and cannot be %2"_s.arg(order->status.toLower(), settle ? u"settled"_s : u"split"_s));
    order->status = settle ? u"SETTLED"_s : u"SPLIT"_s;
    order->updatedAt = m_store->clock().now();
    if (settle) {
        qint64 amount = 0;
        for (const QString &paymentId : order->paymentIds) {
            const SandboxPayment *payment = m_store->payment(paymentId);
            if (payment && payment->status == u"COMPLETED"_s)
                amount += payment->totalAmount;
        }
        if (amount > 0)
            m_store->addPayout(
                SandboxPayout {m_store->ids().uuid(), order->id, order->currency, amount, order->updatedAt});
    }
    return SandboxResponse::noContent();
}

SandboxResponse PaymentsApi::initiatePayment(const SandboxRequest &request, const QString &orderId)
{
    SandboxResponse error;
    SandboxOrder *order = findOrder(orderId, &error);
    if (!order)
        return error;
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const PaymentValidator::Result valid = PaymentValidator::validate(body, v);
    if (!v.ok())
        return v.response();
    if (order->status != u"OPEN"_s)
        return SandboxResponse::error(403, u"payment_order_closed"_s,
                                      u"Cannot initiate new Payments when PaymentOrder has been closed"_s);
    if (valid.currency != order->currency)
        return SandboxResponse::error(422, u"invalid_value"_s,
                                      u"currency must match the payment order's currency %1"_s.arg(order->currency),
                                      u"currency"_s);
    if (valid.itemsTotal != valid.totalAmount)
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      u"This operation cannot be completed under certain conditions"_s,
                                      u"total_amount"_s);
    SandboxPayment payment;
    payment.id = m_store->ids().uuid();
    payment.orderId = order->id;
    payment.provider = valid.provider;
    payment.method = valid.method;
    payment.currency = valid.currency;
    payment.totalAmount = valid.totalAmount;
    payment.orderItems = body[u"order_items"_s].toArray();
    payment.metadata = body[u"metadata"_s].toObject();
    payment.statusCallbackUrl = body[u"status_callback_url"_s].toString();
    payment.providerMethodParameters = body[u"provider_method_parameters"_s].toObject();
    payment.createdAt = m_store->clock().now();
    payment.status = u"INITIATED"_s;
    payment.statusHistory.append(
        QJsonObject {{u"status"_s, payment.status}, {u"occurred_at"_s, SandboxClock::format(payment.createdAt)}});
    const QString token = payment.id.left(8);
    if (valid.provider == u"swish"_s && valid.method == u"m_commerce"_s)
        payment.providerMethodResponse = {{u"url"_s, u"swish://paymentrequest?token=%1"_s.arg(token)},
                                          {u"payment_request_token"_s, token}};
    else if (valid.provider == u"payment_iq"_s || valid.provider == u"verifone"_s
             || valid.provider == u"open_banking"_s)
        payment.providerMethodResponse = {{u"pay_url"_s, u"https://sandbox.invalid/pay/%1"_s.arg(payment.id)}};
    m_store->addPayment(payment);
    order->paymentIds.append(payment.id);
    // The dummy provider ends where it is told; the others wait (PENDING) for the admin API.
    m_flow->setPaymentStatus(payment.id, valid.provider == u"dummy"_s ? valid.desiredStatus : u"PENDING"_s);
    return SandboxResponse::json(
        QJsonObject {{u"id"_s, payment.id}, {u"provider_method_response"_s, payment.providerMethodResponse}});
}

SandboxResponse PaymentsApi::getPayment(const QString &orderId, const QString &paymentId)
{
    SandboxResponse error;
    const SandboxOrder *order = findOrder(orderId, &error);
    if (!order)
        return error;
    if (!RequestValidator::isUuid(paymentId))
        return SandboxResponse::error(422, u"invalid_format"_s, u"Invalid format. Expected :uuid"_s, u"payment_id"_s);
    const SandboxPayment *payment = m_store->payment(paymentId.toLower());
    if (!payment || payment->orderId != order->id)
        return SandboxResponse::error(404, u"not_found"_s, u"Payment not found"_s, u"payment_id"_s);
    return SandboxResponse::json(paymentJson(*payment));
}

SandboxResponse PaymentsApi::listPayouts(const SandboxRequest &request)
{
    QDateTime from, to;
    if (auto failure = readRange(request, &from, &to))
        return *failure;
    QJsonArray array;
    for (const SandboxPayout &payout : m_store->payouts()) {
        if ((from.isValid() && payout.completedAt < from) || (to.isValid() && payout.completedAt > to))
            continue;
        array.append(payout.toJson());
    }
    return SandboxResponse::json(array);
}

SandboxResponse PaymentsApi::getPayout(const QString &id)
{
    if (!RequestValidator::isUuid(id))
        return SandboxResponse::error(422, u"invalid_format"_s, u"Invalid format. Expected :uuid"_s, u"payout_id"_s);
    const SandboxPayout *payout = m_store->payout(id.toLower());
    return payout ? SandboxResponse::json(payout->toJson())
                  : SandboxResponse::error(404, u"not_found"_s, u"Payout not found"_s, u"payout_id"_s);
}

} // namespace Sandbox
