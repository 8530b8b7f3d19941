#include "pingtypes.h"

#include "pingstatus.h"

#include "money/vat.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

PingConfig PingConfig::forOrigin(const QUrl &origin)
{
    PingConfig config;
    QUrl base = origin;
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + u"/payments"_s);
    config.paymentsBase = base;
    base.setPath(path + u"/payment_links"_s);
    config.linksBase = base;
    return config;
}

static bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString PingConfig::problem() const
{
    for (const QUrl &base : {paymentsBase, linksBase}) {
        if (!base.isValid() || base.host().isEmpty())
            return QCoreApplication::translate("PingConfig", "The API address \"%1\" is not a valid URL.")
                .arg(base.toString());
        if (base.scheme() != u"https"_s && !(base.scheme() == u"http"_s && isLoopback(base)))
            return QCoreApplication::translate("PingConfig",
                                               "The API address \"%1\" must start with https:// "
                                               "(plain http is only allowed on this computer).")
                .arg(base.toString());
    }
    if (tenantId.isEmpty())
        return QCoreApplication::translate("PingConfig",
                                           "No tenant ID is set. Enter the tenant ID from Ping Payments in Settings.");
    return {};
}

bool PingConfig::trustsCheckout(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme();
    const QString host = url.host().toLower();
    for (const QUrl &origin : checkoutOrigins) {
        if (origin.scheme() == scheme && origin.host().toLower() == host && origin.port() == url.port())
            return true;
    }
    if (scheme == u"http"_s)
        return isLoopback(url) && isLoopback(linksBase); // the sandbox on this computer
    if (scheme != u"https"_s)
        return false;
    const QString apiHost = linksBase.host().toLower();
    const auto isPing = [](const QString &h) {
        return h == u"pingpayments.com"_s || h.endsWith(u".pingpayments.com"_s);
    };
    return host == apiHost || (isPing(apiHost) && isPing(host));
}

QList<QUrl> PingConfig::checkoutOriginsFrom(const QString &text, QString *problem)
{
    problem->clear();
    QList<QUrl> origins;
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        const QUrl url(word, QUrl::StrictMode);
        const bool secure = url.scheme() == u"https"_s || (url.scheme() == u"http"_s && isLoopback(url));
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || !secure) {
            *problem = QCoreApplication::translate("PingConfig",
                                                   "\"%1\" is not a checkout address Stallpay can trust: write "
                                                   "each as https://host (plain http only on this computer), "
                                                   "separated by spaces.")
                           .arg(word);
            return {};
        }
        QUrl origin;
        origin.setScheme(url.scheme());
        origin.setHost(url.host().toLower());
        origin.setPort(url.port());
        if (!origins.contains(origin))
            origins.append(origin);
    }
    return origins;
}

namespace PingJson {

static QJsonValue vatValue(int basisPoints)
{
    // ping-api.md §0: percent (25, 12, 6, 0); a rate with decimals keeps them (12.5).
    if (basisPoints % 100 == 0)
        return basisPoints / 100;
    return basisPoints / 100.0;
}

static void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonObject paymentLinkRequest(const PaymentLinkRequest &r)
{
    QJsonArray items;
    for (const LinkItem &item : r.items) {
        QJsonObject o {{u"description"_s, item.description},
                       {u"price"_s, item.priceOre},
                       {u"quantity"_s, item.quantity},
                       {u"vat"_s, vatValue(item.vatBasisPoints)}};
        putIfSet(o, u"merchant_id"_s, r.merchantId);
        items.append(o);
    }
    QJsonObject customer;
    putIfSet(customer, u"first_name"_s, r.customer.firstName);
    putIfSet(customer, u"last_name"_s, r.customer.lastName);
    putIfSet(customer, u"email"_s, r.customer.email);
    putIfSet(customer, u"phone"_s, apiPhone(r.customer.phone));
    QJsonObject supplier {{u"name"_s, r.supplier.name}};
    putIfSet(supplier, u"organization_number"_s, r.supplier.organizationNumber);
    putIfSet(supplier, u"city"_s, r.supplier.city);
    putIfSet(supplier, u"zip"_s, r.supplier.zip);
    putIfSet(supplier, u"website"_s, r.supplier.website);
    QJsonArray methods;
    for (const PaymentMethodChoice &m : r.methods) {
        QJsonObject o {{u"provider"_s, m.provider}, {u"method"_s, m.method}};
        if (m.provider == u"swish"_s && !m.swishMessage.isEmpty())
            o.insert(u"parameters"_s, QJsonObject {{u"swish_message"_s, m.swishMessage}});
        methods.append(o);
    }
    QJsonObject body {{u"payment_order_id"_s, r.paymentOrderId},
                      {u"currency"_s, r.currency},
                      {u"locale"_s, r.locale},
                      {u"items"_s, items},
                      {u"customer"_s, customer},
                      {u"supplier"_s, supplier},
                      {u"payment_provider_methods"_s, methods},
                      {u"total_amount"_s, r.totalOre()}};
    putIfSet(body, u"merchant_id"_s, r.merchantId);
    if (r.dueDate.isValid())
        body.insert(u"due_date"_s, r.dueDate.toString(Qt::ISODate));
    if (r.statusCallbackUrl.isValid())
        body.insert(u"payment_link_status_callback_url"_s, r.statusCallbackUrl.toString());
    if (r.logoUrl.isValid())
        body.insert(u"logo_image_link"_s, r.logoUrl.toString());
    if (!r.tag.isEmpty()) {
        body.insert(u"metadata"_s,
                    QJsonObject {{QLatin1StringView(PingStatus::kTillKey), r.tag.tillId},
                                 {QLatin1StringView(PingStatus::kSaleKey), QString::number(r.tag.saleNumber)}});
    }
    return body;
}

QJsonObject distributeRequest(const QStringList &methods, const QString &phone, const QString &email)
{
    QJsonObject body {{u"methods"_s, QJsonArray::fromStringList(methods)}};
    if (methods.contains(u"sms"_s))
        body.insert(u"customer_phone"_s, apiPhone(phone));
    if (methods.contains(u"email"_s))
        body.insert(u"customer_email"_s, email);
    return body;
}

QJsonObject paymentOrderRequest(const QString &splitTreeId, const QString &currency)
{
    QJsonObject body {{u"currency"_s, currency}};
    putIfSet(body, u"split_tree_id"_s, splitTreeId);
    return body;
}

PaymentLinkInfo paymentLinkInfo(const QJsonObject &o)
{
    PaymentLinkInfo info;
    info.id = o.value(u"payment_link_id"_s).toString(o.value(u"id"_s).toString());
    info.paymentOrderId = o.value(u"payment_order_id"_s).toString();
    info.status = PingStatus::link(o.value(u"status"_s).toString());
    info.checkoutUrl = o.value(u"checkout_url"_s).toString();
    info.totalOre = o.value(u"total_amount"_s).toInteger();
    info.smsStatus = PingStatus::sms(o.value(u"sms_status"_s).toString());
    info.distributedByEmail = o.value(u"distributed_by_email"_s).toBool();
    info.ocr = o.value(u"ocr"_s).toString();
    info.invoiceCreated = o.value(u"invoice_created"_s).toBool();
    info.paymentId = o.value(u"payment_id"_s).toString();
    const QJsonObject metadata = o.value(u"metadata"_s).toObject();
    info.tag.tillId = metadata.value(QLatin1StringView(PingStatus::kTillKey)).toString();
    info.tag.saleNumber = metadata.value(QLatin1StringView(PingStatus::kSaleKey)).toString().toLongLong();
    if (info.tag.saleNumber <= 0)
        info.tag = {}; // a tag without a sale proves nothing
    return info;
}

PaymentInfo paymentInfo(const QJsonObject &p)
{
    PaymentInfo info;
    info.id = p[u"id"_s].toString();
    info.status = PingStatus::payment(p[u"status"_s].toString());
    info.provider = p[u"provider"_s].toString();
    info.method = p[u"method"_s].toString();
    info.totalOre = p[u"total_amount"_s].toInteger();
    info.currency = p[u"currency"_s].toString();
    info.refundCount = int(p[u"refunds"_s].toArray().size());
    if (info.refundCount == 0 && p[u"refund"_s].isObject())
        info.refundCount = 1;
    return info;
}

QList<PaymentInfo> orderPayments(const QJsonObject &order)
{
    QList<PaymentInfo> payments;
    for (const QJsonValue &p : order.value(u"payments"_s).toArray())
        payments.append(paymentInfo(p.toObject()));
    return payments;
}

OrderSnapshot order(const QJsonObject &o)
{
    OrderSnapshot order;
    order.id = o.value(u"id"_s).toString();
    order.status = PingStatus::order(o.value(u"status"_s).toString());
    order.createdAt = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    order.payments = orderPayments(o);
    return order;
}

QList<ApiError> errors(const QJsonValue &body)
{
    QList<ApiError> result;
    const QJsonObject object = body.toObject();
    const auto entry = [](const QJsonObject &o) {
        return ApiError {o.value(u"error"_s).toString(), o.value(u"property"_s).toString(),
                         o.value(u"description"_s).toString()};
    };
    if (object.value(u"errors"_s).isArray()) {
        for (const QJsonValue &v : object.value(u"errors"_s).toArray())
            result.append(entry(v.toObject()));
    } else if (object.value(u"error"_s).isString() || object.value(u"description"_s).isString()) {
        result.append(entry(object)); // the flat shape (ping-api.md §0b)
    }
    return result;
}

LinkDocument document(const QJsonObject &o)
{
    return LinkDocument {o[u"reference_type"_s].toString(), o[u"reference"_s].toString(), o[u"url"_s].toString(), {}};
}

QJsonObject refundRequest(qint64 amountOre, const QString &currency, RefundReason reason, const QString &description)
{
    const QString key = reason == RefundReason::Fraudulent ? u"fraudulent"_s
        : reason == RefundReason::Other                    ? u"other"_s
                                                           : u"requested_by_customer"_s;
    QJsonObject body {{u"amount"_s, amountOre}, {u"currency"_s, currency}, {u"reason"_s, key}};
    putIfSet(body, u"description"_s, description);
    return body;
}

QList<PaymentMethodChoice> tenantMethods(const QJsonObject &tenant)
{
    QList<PaymentMethodChoice> methods;
    for (const QJsonValue &m : tenant.value(u"payment_provider_methods"_s).toArray()) {
        const QString provider = m[u"provider"_s].toString();
        const QString method = m[u"method"_s].toString();
        if (!provider.isEmpty() && !method.isEmpty())
            methods.append(PaymentMethodChoice {provider, method, {}});
    }
    return methods;
}

QString apiPhone(const QString &e164)
{
    if (e164.startsWith(u"+46"_s))
        return u"0"_s + e164.mid(3);
    return e164;
}

QJsonArray listItems(const QJsonValue &body)
{
    return body.isArray() ? body.toArray() : body.toObject().value(u"data"_s).toArray();
}

QString nextPageQuery(const QJsonValue &body)
{
    const QString href = body.toObject().value(u"_links"_s)[u"next"_s][u"href"_s].toString();
    if (href.isEmpty())
        return {};
    // The href may be a path or a whole URL; either way only its query is ours to resend.
    return QUrl(href).query(QUrl::FullyEncoded);
}

} // namespace PingJson
