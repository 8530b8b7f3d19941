#include "sandbox/adminapi.h"

#include "sandbox/adminpage.h"
#include "sandbox/callbackdispatcher.h"
#include "sandbox/faultinjector.h"
#include "sandbox/paymentflow.h"
#include "sandbox/paymentlinksapi.h"
#include "sandbox/paymentsapi.h"
#include "sandbox/requestcounter.h"
#include "sandbox/requestvalidator.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/tenantfill.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
const QString kPrefix = u"/_sandbox"_s;
}

AdminApi::AdminApi(const Parts &parts)
    : m_parts(parts)
{ }

void AdminApi::registerRoutes(SandboxRouter &router)
{
    router.add("GET", kPrefix, [this](const auto &, const auto &) { return overview(); });
    router.add("GET", kPrefix + u"/account"_s, [this](const auto &, const auto &) { return account(); });
    router.add("GET", kPrefix + u"/state"_s,
               [this](const auto &, const auto &) { return SandboxResponse::json(m_parts.store->toJson()); });
    router.add("POST", kPrefix + u"/reset"_s, [this](const auto &, const auto &) { return reset(); });
    router.add("POST", kPrefix + u"/fill"_s, [this](const auto &r, const auto &) { return fill(r); });
    router.add("GET", kPrefix + u"/requests"_s,
               [this](const auto &, const auto &) { return SandboxResponse::json(m_parts.requests->toJson()); });
    router.add("DELETE", kPrefix + u"/requests"_s, [this](const auto &, const auto &) {
        m_parts.requests->clear();
        return SandboxResponse::noContent();
    });
    const QList<std::pair<QString, QString>> outcomes {
        {u"pay"_s, u"COMPLETED"_s},         {u"decline"_s, u"DECLINED"_s},    {u"crash"_s, u"CRASHED"_s},
        {u"abort"_s, u"ABORTED"_s},         {u"cancel"_s, u"ABORTED"_s},      {u"stop"_s, u"STOPPED"_s},
        {u"underfund"_s, u"UNDERFUNDED"_s}, {u"overfund"_s, u"OVERFUNDED"_s}, {u"fund"_s, u"FUNDED"_s}};
    for (const auto &[action, word] : outcomes) {
        // An init-capture: clang before 16 cannot capture a structured binding (C++20 allows it).
        router.add("POST", kPrefix + u"/payment_links/{id}/"_s + action,
                   [this, status = word](const auto &r, const auto &p) { return settleLink(r, p[0], status); });
    }
    router.add("POST", kPrefix + u"/payments/{id}/status"_s,
               [this](const auto &r, const auto &p) { return setPaymentStatus(r, p[0]); });
    router.add("POST", kPrefix + u"/merchants/{id}/status"_s,
               [this](const auto &r, const auto &p) { return setMerchantStatus(r, p[0]); });
    router.add("POST", kPrefix + u"/tenant"_s, [this](const auto &r, const auto &) { return setTenant(r); });
    router.add("GET", kPrefix + u"/sms"_s, [this](const auto &, const auto &) { return sms(); });
    router.add("POST", kPrefix + u"/sms"_s, [this](const auto &r, const auto &) { return setSms(r); });
    router.add("GET", kPrefix + u"/clock"_s, [this](const auto &, const auto &) { return clock(); });
    router.add("POST", kPrefix + u"/clock"_s, [this](const auto &r, const auto &) { return moveClock(r); });
    router.add("GET", kPrefix + u"/outbox"_s, [this](const auto &r, const auto &) { return outbox(r); });
    router.add("DELETE", kPrefix + u"/outbox"_s, [this](const auto &, const auto &) {
        m_parts.store->clearOutbox();
        return SandboxResponse::noContent();
    });
    router.add("GET", kPrefix + u"/callbacks"_s, [this](const auto &, const auto &) {
        return SandboxResponse::json(QJsonObject {{u"callbacks"_s, m_parts.callbacks->toJson()}});
    });
    router.add("GET", kPrefix + u"/faults"_s, [this](const auto &, const auto &) {
        return SandboxResponse::json(QJsonObject {{u"faults"_s, m_parts.faults->toJson()}});
    });
    router.add("POST", kPrefix + u"/faults"_s, [this](const auto &r, const auto &) { return addFault(r); });
    router.add("DELETE", kPrefix + u"/faults"_s, [this](const auto &, const auto &) {
        m_parts.faults->clear();
        return SandboxResponse::noContent();
    });
    router.add("DELETE", kPrefix + u"/faults/{id}"_s, [this](const auto &, const auto &p) {
        return m_parts.faults->remove(p[0]) ? SandboxResponse::noContent()
                                            : SandboxResponse::error(404, u"not_found"_s, u"No such fault"_s);
    });
}

SandboxResponse AdminApi::account() const
{
    return SandboxResponse::json(QJsonObject {{u"tenant_id"_s, m_parts.store->tenantId()},
                                              {u"merchant_id"_s, m_parts.store->merchantId()},
                                              {u"split_tree_id"_s, m_parts.store->splitTreeId()},
                                              {u"checkout_base"_s, m_parts.publicBase().toString()}});
}

SandboxResponse AdminApi::settleLink(const SandboxRequest &request, const QString &id, const QString &status)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const QString provider = v.string(body, u"provider"_s, {}, false);
    if (!v.ok())
        return v.response();
    QString paymentId;
    if (auto refusal = m_parts.flow->payLink(id.toLower(), provider, status, &paymentId))
        return *refusal;
    const SandboxLink *link = m_parts.store->link(id.toLower());
    return SandboxResponse::json(QJsonObject {{u"payment_id"_s, paymentId},
                                              {u"payment_status"_s, status},
                                              {u"payment_link_status"_s, link ? link->status : QString()}});
}

SandboxResponse AdminApi::setPaymentStatus(const SandboxRequest &request, const QString &id)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const QString status = v.enumeration(body, u"status"_s, {}, PaymentFlow::paymentStatuses(), true);
    if (!v.ok())
        return v.response();
    const SandboxPayment *payment = m_parts.store->payment(id.toLower());
    if (!payment)
        return SandboxResponse::error(404, u"not_found"_s, u"Payment not found"_s, u"payment_id"_s);
    if (payment->isFinal())
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      u"Payment is already %1"_s.arg(payment->status.toLower()));
    if (status == u"COMPLETED"_s && !payment->linkId.isEmpty()) {
        const SandboxLink *link = m_parts.store->link(payment->linkId);
        if (link && link->status != u"CREATED"_s)
            return SandboxResponse::error(403, u"operation_forbidden"_s,
                                          u"Payment link is %1"_s.arg(link->status.toLower()));
    }
    m_parts.flow->setPaymentStatus(payment->id, status);
    return SandboxResponse::json(m_parts.store->payment(id.toLower())->toJson());
}

SandboxResponse AdminApi::setMerchantStatus(const SandboxRequest &request, const QString &id)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const QString status =
        v.enumeration(body, u"status"_s, {}, {u"CREATED"_s, u"APPROVED"_s, u"PENDING"_s, u"DENIED"_s}, true);
    if (!v.ok())
        return v.response();
    SandboxMerchant *merchant = m_parts.store->merchant(id.toLower());
    if (!merchant)
        return SandboxResponse::error(404, u"not_found"_s, u"Merchant not found"_s, u"merchant_id"_s);
    merchant->status = status;
    return SandboxResponse::json(merchant->toJson());
}

SandboxResponse AdminApi::setTenant(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const auto methods = v.array(body, u"payment_provider_methods"_s, {}, true);
    if (methods) {
        for (qsizetype i = 0; i < methods->size(); ++i) {
            const QString path = RequestValidator::join(u"payment_provider_methods"_s, i);
            const QJsonObject method = methods->at(i).toObject();
            v.nonEmptyString(method, u"provider"_s, path, true);
            v.nonEmptyString(method, u"method"_s, path, true);
        }
    }
    if (!v.ok())
        return v.response();
    m_parts.store->setTenantMethods(*methods);
    return SandboxResponse::json(QJsonObject {{u"payment_provider_methods"_s, m_parts.store->tenantMethods()}});
}

SandboxResponse AdminApi::sms() const
{
    return SandboxResponse::json(
        QJsonObject {{u"delay_ms"_s, m_parts.store->smsDelayMs()},
                     {u"undeliverable"_s, QJsonArray::fromStringList(m_parts.store->undeliverableNumbers())}});
}

SandboxResponse AdminApi::setSms(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const auto delay = v.integer(body, u"delay_ms"_s, {}, false);
    if (delay && (*delay < 0 || *delay > 3'600'000))
        v.add(u"invalid_value"_s, u"delay_ms must be between 0 and 3600000"_s, u"delay_ms"_s);
    const auto numbers = v.array(body, u"undeliverable"_s, {}, false);
    if (!delay && !numbers && v.ok())
        v.add(u"missing_field"_s, u"Give delay_ms or undeliverable"_s, u"delay_ms"_s);
    if (!v.ok())
        return v.response();
    if (delay)
        m_parts.store->setSmsDelayMs(int(*delay));
    if (numbers) {
        for (const QJsonValue &number : *numbers)
            m_parts.store->addUndeliverable(number.toString());
    }
    return sms();
}

SandboxResponse AdminApi::clock() const
{
    const SandboxClock &clock = m_parts.store->clock();
    return SandboxResponse::json(QJsonObject {{u"now"_s, SandboxClock::format(clock.now())},
                                              {u"offset_seconds"_s, clock.offsetSeconds()},
                                              {u"frozen"_s, clock.frozen()}});
}

SandboxResponse AdminApi::moveClock(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const auto advance = v.integer(body, u"advance_seconds"_s, {}, false);
    const QString now = v.string(body, u"now"_s, {}, false);
    const auto frozen = v.boolean(body, u"frozen"_s, {}, false);
    if (!advance && now.isEmpty() && !frozen && v.ok())
        v.add(u"missing_field"_s, u"Give advance_seconds, now or frozen"_s, u"advance_seconds"_s);
    QDateTime target;
    if (!now.isEmpty()) {
        target = SandboxClock::parse(now);
        if (!target.isValid())
            v.add(u"invalid_format"_s, u"Invalid format. Expected :date-time"_s, u"now"_s);
    }
    if (!v.ok())
        return v.response();
    SandboxClock &clock = m_parts.store->clock();
    if (frozen && *frozen && !clock.frozen())
        clock.freeze(clock.now());
    else if (frozen && !*frozen)
        clock.unfreeze();
    if (target.isValid())
        clock.setNow(target);
    if (advance)
        clock.advance(*advance);
    m_parts.flow->expireDueLinks();
    return this->clock();
}

SandboxResponse AdminApi::outbox(const SandboxRequest &request) const
{
    const QString linkId = request.query.queryItemValue(u"payment_link_id"_s);
    QJsonArray messages;
    for (const SandboxMessage &message : m_parts.store->outbox()) {
        if (linkId.isEmpty() || message.linkId == linkId)
            messages.append(message.toJson());
    }
    return SandboxResponse::json(QJsonObject {{u"messages"_s, messages}});
}

SandboxResponse AdminApi::addFault(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    QJsonObject created;
    if (auto failure = m_parts.faults->add(body, &created))
        return *failure;
    return SandboxResponse::json(created);
}

SandboxResponse AdminApi::reset()
{
    m_parts.store->reset();
    m_parts.faults->clear();
    m_parts.callbacks->clear();
    return SandboxResponse::noContent();
}

SandboxResponse AdminApi::fill(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    TenantFill fill;
    for (const auto &[key, field] :
         {std::pair {u"merchants"_s, &fill.merchants}, std::pair {u"links"_s, &fill.links}}) {
        const auto value = v.integer(body, key, {}, false);
        if (value && (*value < 0 || *value > TenantFill::kMaxRecords))
            v.add(u"invalid_value"_s, u"%1 must be between 0 and %2"_s.arg(key).arg(TenantFill::kMaxRecords), key);
        else if (value)
            *field = int(*value);
    }
    if (!v.ok())
        return v.response();
    if (fill.links > 0 && fill.merchants == 0)
        fill.merchants = 1;
    fill.apply(m_parts.store, m_parts.linkLifetimeDays);
    return SandboxResponse::json(QJsonObject {{u"merchants"_s, m_parts.store->merchants().size()},
                                              {u"payment_links"_s, m_parts.store->links().size()}});
}

SandboxResponse AdminApi::overview() const
{
    m_parts.flow->expireDueLinks();
    QJsonArray links, orders;
    for (const SandboxLink &link : m_parts.store->links())
        links.append(m_parts.links->linkJson(link));
    for (const SandboxOrder &order : m_parts.store->orders())
        orders.append(m_parts.payments->orderJson(order));
    QJsonArray outbox;
    for (const SandboxMessage &message : m_parts.store->outbox())
        outbox.append(message.toJson());
    return SandboxResponse::html(
        AdminPage::render({m_parts.store->tenantId(), m_parts.store->merchantId(), m_parts.store->splitTreeId(),
                           SandboxClock::format(m_parts.store->clock().now()), links, orders, outbox,
                           m_parts.faults->toJson(), m_parts.callbacks->toJson()}));
}

} // namespace Sandbox
