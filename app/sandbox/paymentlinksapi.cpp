#include "sandbox/paymentlinksapi.h"

#include "sandbox/payertext.h"
#include "sandbox/paymentflow.h"
#include "sandbox/paymentlinkvalidator.h"
#include "sandbox/pdfrenderer.h"
#include "sandbox/sandboxstore.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
const QString kPrefix = u"/payment_links/api/v1"_s;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Luhn (mod 10) check digit, as Swedish OCR and Norwegian KID references use.
int luhnDigit(const QString &digits)
{
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}
} // namespace

PaymentLinksApi::PaymentLinksApi(SandboxStore *store, PaymentFlow *flow, std::function<QUrl()> publicBaseUrl)
    : m_store(store)
    , m_flow(flow)
    , m_publicBaseUrl(std::move(publicBaseUrl))
{ }

void PaymentLinksApi::registerRoutes(SandboxRouter &router)
{
    router.add("GET", kPrefix + u"/ping"_s, [](const auto &, const auto &) { return SandboxResponse::text("pong"); });
    router.add("GET", kPrefix + u"/payment_links"_s, [this](const auto &r, const auto &) { return list(r); });
    router.add("POST", kPrefix + u"/payment_links"_s, [this](const auto &r, const auto &) { return create(r); });
    router.add("GET", kPrefix + u"/payment_links/{id}"_s,
               [this](const auto &r, const auto &p) { return get(r, p[0]); });
    router.add("PUT", kPrefix + u"/payment_links/{id}/cancel"_s,
               [this](const auto &, const auto &p) { return cancel(p[0]); });
    router.add("PUT", kPrefix + u"/payment_links/{id}/distribute"_s,
               [this](const auto &r, const auto &p) { return distribute(r, p[0]); });
    router.add("PUT", kPrefix + u"/payment_links/{id}/invoice"_s,
               [this](const auto &r, const auto &p) { return createInvoice(r, p[0]); });
    router.add("GET", kPrefix + u"/payment_links/{id}/invoice"_s,
               [this](const auto &, const auto &p) { return getInvoice(p[0]); });
    router.add("GET", kPrefix + u"/payment_links/{id}/receipt"_s,
               [this](const auto &, const auto &p) { return getReceipt(p[0]); });
    router.add("GET", u"/documents/{id}/invoice.pdf"_s,
               [this](const auto &, const auto &p) { return document(p[0], u"invoice"_s); });
    router.add("GET", u"/documents/{id}/receipt.pdf"_s,
               [this](const auto &, const auto &p) { return document(p[0], u"receipt"_s); });
}

QString PaymentLinksApi::checkoutUrl(const QString &linkId) const
{
    return m_publicBaseUrl().toString() + u"/checkout/"_s + linkId;
}

QJsonObject PaymentLinksApi::linkJson(const SandboxLink &link, bool currentRevision) const
{
    // Only the documented fields travel back; unknown fields a client sent are accepted but not echoed.
    QJsonObject json;
    for (const QString &key : {u"customer"_s, u"supplier"_s, u"items"_s, u"payment_provider_methods"_s,
                               u"delivery_address"_s, u"invoice_address"_s, u"logo_image_link"_s, u"metadata"_s,
                               u"checkout_cancel_url"_s, u"checkout_success_url"_s}) {
        if (link.request.contains(key))
            json.insert(key, link.request.value(key));
    }
    const SandboxStore &store = *m_store; // reading: nothing here is written to the journal
    const QString merchantId = link.request[u"merchant_id"_s].toString(m_store->merchantId());
    const SandboxMerchant *merchant = store.merchant(merchantId);
    json.insert(u"payment_link_id"_s, link.id);
    json.insert(u"payment_order_id"_s, link.orderId);
    json.insert(u"tenant_id"_s, m_store->tenantId());
    json.insert(u"status"_s, link.status);
    json.insert(u"checkout_url"_s, checkoutUrl(link.id));
    json.insert(u"currency"_s, link.currency);
    json.insert(u"locale"_s, link.locale);
    json.insert(u"total_amount"_s, link.totalAmount);
    json.insert(u"due_date"_s, link.dueDate.isValid() ? QJsonValue(link.dueDate.toString(Qt::ISODate)) : QJsonValue());
    json.insert(u"sms_status"_s, m_flow->smsStatus(link, currentRevision));
    json.insert(u"distributed_by_email"_s, link.distributedByEmail);
    json.insert(u"invoice_created"_s, link.invoiceCreated);
    json.insert(u"ocr"_s, orNull(link.ocr));
    json.insert(u"payment_id"_s, orNull(link.paymentId));
    json.insert(u"payment_link_status_callback_url"_s, orNull(link.callbackUrl));
    json.insert(u"merchant_id"_s, merchantId);
    json.insert(u"merchant_name"_s, merchant ? merchant->name : QString());
    json.insert(u"created_at"_s, SandboxClock::format(link.createdAt));
    json.insert(u"expires_at"_s, SandboxClock::format(m_flow->expiryOf(link)));
    return json;
}

SandboxLink *PaymentLinksApi::findLink(const QString &id, SandboxResponse *error)
{
    if (!RequestValidator::isUuid(id)) {
        *error =
            SandboxResponse::error(422, u"invalid_format"_s, u"Invalid format. Expected :uuid"_s, u"payment_link_id"_s);
        return nullptr;
    }
    SandboxLink *link = m_store->link(id.toLower());
    if (!link)
        *error = SandboxResponse::error(404, u"not_found"_s, u"Payment link not found"_s, u"payment_link_id"_s);
    return link;
}

SandboxResponse PaymentLinksApi::create(const SandboxRequest &request)
{
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator validator;
    const auto known = [this](const QString &id) {
        return m_store->merchant(id) != nullptr;
    };
    const PaymentLinkValidator::Result valid =
        PaymentLinkValidator::validate(body, validator, known, request.currentRevision());
    if (!validator.ok())
        return validator.response();

    const SandboxOrder *order = m_store->order(valid.orderId);
    if (!order)
        return SandboxResponse::error(403, u"operation_forbidden"_s, u"Payment order not found for this tenant"_s,
                                      u"payment_order_id"_s);
    if (order->status != u"OPEN"_s)
        return SandboxResponse::error(403, u"payment_order_closed"_s,
                                      u"Cannot create payment links when PaymentOrder has been closed"_s,
                                      u"payment_order_id"_s);
    if (order->currency != valid.currency)
        return SandboxResponse::error(422, u"invalid_value"_s,
                                      u"currency must match the payment order's currency %1"_s.arg(order->currency),
                                      u"currency"_s);
    if (valid.itemsTotal != valid.totalAmount)
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      u"This operation cannot be completed under certain conditions"_s,
                                      u"total_amount"_s);

    SandboxLink link;
    link.id = m_store->ids().uuid();
    link.orderId = valid.orderId;
    link.currency = valid.currency;
    link.locale = valid.locale;
    link.callbackUrl = valid.callbackUrl;
    link.dueDate = valid.dueDate;
    link.totalAmount = valid.totalAmount;
    link.createdAt = link.updatedAt = m_store->clock().now();
    link.request = body;
    m_store->addLink(link);
    return SandboxResponse::json(QJsonObject {{u"id"_s, link.id}, {u"checkout_url"_s, checkoutUrl(link.id)}});
}

SandboxResponse PaymentLinksApi::list(const SandboxRequest &request)
{
    QJsonArray array;
    for (const SandboxLink &link : m_store->links())
        array.append(linkJson(link, request.currentRevision()));
    return SandboxResponse::json(array);
}

SandboxResponse PaymentLinksApi::get(const SandboxRequest &request, const QString &id)
{
    if (!RequestValidator::isUuid(id))
        return SandboxResponse::error(422, u"invalid_format"_s, u"Invalid format. Expected :uuid"_s,
                                      u"payment_link_id"_s);
    // Read through the const store: a poll changes nothing, so it adds nothing to the journal.
    const SandboxLink *link = std::as_const(*m_store).link(id.toLower());
    if (!link)
        return SandboxResponse::error(404, u"not_found"_s, u"Payment link not found"_s, u"payment_link_id"_s);
    return SandboxResponse::json(linkJson(*link, request.currentRevision()));
}

SandboxResponse PaymentLinksApi::cancel(const QString &id)
{
    SandboxResponse error;
    const SandboxLink *link = findLink(id, &error);
    if (!link)
        return error;
    if (link->status != u"CREATED"_s)
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      u"Payment link is %1 and cannot be cancelled"_s.arg(link->status.toLower()));
    m_flow->setLinkStatus(link->id, u"CANCELLED"_s);
    return SandboxResponse::noContent();
}

SandboxResponse PaymentLinksApi::distribute(const SandboxRequest &request, const QString &id)
{
    SandboxResponse error;
    SandboxLink *link = findLink(id, &error);
    if (!link)
        return error;
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    QStringList methods;
    if (const auto list = v.array(body, u"methods"_s, {}, true)) {
        if (list->isEmpty())
            v.add(u"invalid_value"_s, u"Array length 0 is smaller than the minimum of 1"_s, u"methods"_s);
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString method = list->at(i).toString();
            if (method != u"sms"_s && method != u"email"_s)
                v.add(u"invalid_enum"_s, u"Invalid value for enum. Expected one of: sms, email"_s,
                      RequestValidator::join(u"methods"_s, i));
            else
                methods.append(method);
        }
    }
    const QString phone = v.nonEmptyString(body, u"customer_phone"_s, {}, methods.contains(u"sms"_s));
    const QString email = v.nonEmptyString(body, u"customer_email"_s, {}, methods.contains(u"email"_s));
    if (!email.isEmpty() && !email.contains(u'@'))
        v.add(u"invalid_format"_s, u"Invalid format. Expected :email"_s, u"customer_email"_s);
    if (!v.ok())
        return v.response();
    if (link->status != u"CREATED"_s)
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      u"Payment link is %1 and cannot be distributed"_s.arg(link->status.toLower()));

    const PayerText text(link->locale);
    const QString supplier = link->request[u"supplier"_s][u"name"_s].toString();
    const QString url = checkoutUrl(link->id);
    for (const QString &method : std::as_const(methods)) {
        SandboxMessage message;
        message.id = m_store->ids().uuid();
        message.channel = method;
        message.to = method == u"sms"_s ? phone : email;
        message.linkId = link->id;
        message.sentAt = m_store->clock().now();
        message.subject = text.get("message_subject").arg(supplier);
        message.body = text.get("message_body").arg(supplier, url);
        m_store->addMessage(message);
        if (method == u"sms"_s) {
            // The gateway takes it from here: CREATED, PENDING, then delivered or FAILED (PaymentFlow::smsStatus).
            link->smsSentAt = message.sentAt;
            link->smsTo = phone;
        } else
            link->distributedByEmail = true;
    }
    link->updatedAt = m_store->clock().now();
    return SandboxResponse::noContent();
}

QString PaymentLinksApi::newReference(const QString &type)
{
    // OCR: digits + length digit + check digit (the Bankgirot "variable length" check);
    // KID: digits + Luhn check digit.
    QString digits = u"1"_s + m_store->ids().digits(9);
    if (type == u"OCR"_s)
        digits += QString::number((digits.size() + 2) % 10);
    return digits + QString::number(luhnDigit(digits));
}

SandboxResponse PaymentLinksApi::createInvoice(const SandboxRequest &request, const QString &id)
{
    SandboxResponse error;
    SandboxLink *link = findLink(id, &error);
    if (!link)
        return error;
    QJsonObject body;
    if (auto failure = RequestValidator::parseBody(request, &body))
        return *failure;
    RequestValidator v;
    const QString type = v.enumeration(body, u"reference_type"_s, {}, {u"OCR"_s, u"KID"_s}, true);
    const QString name = v.string(body, u"document_name"_s, {}, false);
    if (!v.ok())
        return v.response();
    if (link->status != u"CREATED"_s || link->invoiceCreated)
        return SandboxResponse::error(403, u"operation_forbidden"_s,
                                      link->invoiceCreated ? u"An invoice already exists for this payment link"_s
                                                           : u"Payment link is %1"_s.arg(link->status.toLower()));
    link->invoiceCreated = true;
    link->referenceType = type;
    link->documentName = name;
    link->ocr = newReference(type);
    link->updatedAt = m_store->clock().now();
    return SandboxResponse::noContent();
}

SandboxResponse PaymentLinksApi::getInvoice(const QString &id)
{
    SandboxResponse error;
    const SandboxLink *link = findLink(id, &error);
    if (!link)
        return error;
    if (!link->invoiceCreated)
        return SandboxResponse::error(403, u"operation_forbidden"_s, u"No invoice has been created for this link"_s);
    return SandboxResponse::json(
        QJsonObject {{u"url"_s, m_publicBaseUrl().toString() + u"/documents/%1/invoice.pdf"_s.arg(link->id)},
                     {u"reference_type"_s, link->referenceType},
                     {u"reference"_s, link->ocr}});
}

SandboxResponse PaymentLinksApi::getReceipt(const QString &id)
{
    SandboxResponse error;
    const SandboxLink *link = findLink(id, &error);
    if (!link)
        return error;
    if (link->status != u"COMPLETED"_s)
        return SandboxResponse::error(403, u"operation_forbidden"_s, u"Payment link is not completed"_s);
    return SandboxResponse::json(
        QJsonObject {{u"url"_s, m_publicBaseUrl().toString() + u"/documents/%1/receipt.pdf"_s.arg(link->id)}});
}

SandboxResponse PaymentLinksApi::document(const QString &id, const QString &kind)
{
    SandboxResponse error;
    const SandboxLink *link = findLink(id, &error);
    if (!link)
        return error;
    const bool receipt = kind == u"receipt"_s;
    if (receipt ? link->status != u"COMPLETED"_s : !link->invoiceCreated)
        return SandboxResponse::error(404, u"not_found"_s, u"No such document"_s);
    const SandboxPayment *payment = m_store->payment(link->paymentId);
    QByteArray pdf;
    QString why;
    if (!PdfRenderer::render(*link, receipt ? payment : nullptr, m_store->clock().now(), &pdf, &why))
        return SandboxResponse::error(500, u"internal_server_error"_s, why);
    SandboxResponse response;
    response.contentType = "application/pdf"_ba;
    response.body = pdf;
    return response;
}

} // namespace Sandbox
