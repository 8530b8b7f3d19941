#include "sandbox/paymentlinkvalidator.h"

#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
constexpr qint64 kMaxPrice = 10'000'000'000; // 100 million kronor, in öre
constexpr qint64 kMaxQuantity = 100'000; // with kMaxPrice and kMaxItems: at most 1e18 in all
constexpr qsizetype kMaxItems = 1000;
} // namespace

const QStringList &PaymentLinkValidator::currencies()
{
    static const QStringList list {u"SEK"_s, u"NOK"_s, u"EUR"_s, u"GBP"_s, u"DKK"_s};
    return list;
}

const QStringList &PaymentLinkValidator::locales(bool currentRevision)
{
    static const QStringList current {u"sv-SE"_s, u"nb-NO"_s}; // C# SDK Locale.cs
    static const QStringList older {u"sv-SE"_s, u"nb-NO"_s, u"en-GB"_s, u"en-US"_s, u"fi-FI"_s, u"da-DK"_s};
    return currentRevision ? current : older;
}

const QList<double> &PaymentLinkValidator::vatRates(const QString &currency, bool currentRevision)
{
    static const QList<double> swedish {0, 6, 12, 25};
    static const QList<double> norwegian {0, 6, 11.1, 15, 25};
    return currentRevision && currency == u"NOK"_s ? norwegian : swedish;
}

double PaymentLinkValidator::vatPercent(double vat)
{
    const double percent = vat > 0 && vat < 1 ? vat * 100.0 : vat;
    return std::round(percent * 100.0) / 100.0; // 0.12 * 100 is 12.000000000000002
}

bool PaymentLinkValidator::isProviderMethod(const QString &provider, const QString &method, bool currentRevision)
{
    // The current revision removed verifone (C# SDK f86246d), swish "mobile" and dummy from links.
    if (provider == u"swish"_s)
        return method == u"e_commerce"_s || method == u"m_commerce"_s || (!currentRevision && method == u"mobile"_s);
    if (provider == u"verifone"_s)
        return !currentRevision && method == u"card"_s;
    if (provider == u"payment_iq"_s)
        return method == u"card"_s || method == u"vipps"_s;
    if (provider == u"billmate"_s)
        return method == u"invoice"_s;
    if (provider == u"quickpay"_s)
        return method == u"vipps"_s;
    return !currentRevision && provider == u"dummy"_s && method == u"dummy"_s;
}

PaymentLinkValidator::Result PaymentLinkValidator::validate(const QJsonObject &body,
                                                            RequestValidator &v,
                                                            const std::function<bool(const QString &)> &knownMerchant,
                                                            bool currentRevision)
{
    Result result;
    result.orderId = v.uuid(body, u"payment_order_id"_s, {}, true);
    result.currency = v.enumeration(body, u"currency"_s, {}, currencies(), true);

    if (const auto customer = v.object(body, u"customer"_s, {}, true)) {
        v.nonEmptyString(*customer, u"first_name"_s, u"customer"_s, true);
        v.nonEmptyString(*customer, u"last_name"_s, u"customer"_s, true);
        for (const QString &key : {u"email"_s, u"phone"_s, u"reference"_s})
            v.string(*customer, key, u"customer"_s, false);
    }
    if (const auto supplier = v.object(body, u"supplier"_s, {}, true)) {
        v.nonEmptyString(*supplier, u"name"_s, u"supplier"_s, true);
        for (const QString &key : {u"city"_s, u"organization_number"_s, u"website"_s, u"zip"_s})
            v.string(*supplier, key, u"supplier"_s, false);
    }

    // Legacy "language": "SE" (S001) stands in for locale, in the older revision only.
    if (currentRevision || body.contains(u"locale"_s) || !body.contains(u"language"_s)) {
        result.locale = v.enumeration(body, u"locale"_s, {}, locales(currentRevision), true);
    } else {
        const QString language = v.enumeration(body, u"language"_s, {}, {u"SE"_s, u"NO"_s, u"EN"_s, u"GB"_s}, true);
        result.locale = language == u"SE"_s ? u"sv-SE"_s : language == u"NO"_s ? u"nb-NO"_s : u"en-GB"_s;
    }

    validateItems(body, v, result, knownMerchant, currentRevision);
    validateMethods(body, v, currentRevision);

    if (const auto total = v.integer(body, u"total_amount"_s, {}, true)) {
        if (*total < 0)
            v.add(u"invalid_value"_s, u"total_amount must not be negative"_s, u"total_amount"_s);
        result.totalAmount = *total;
    }
    const QString dueDate = v.string(body, u"due_date"_s, {}, false);
    if (!dueDate.isEmpty()) {
        result.dueDate = QDate::fromString(dueDate, u"yyyy-MM-dd"_s);
        if (!result.dueDate.isValid())
            v.add(u"invalid_format"_s, u"Invalid format. Expected :date"_s, u"due_date"_s);
    }
    result.callbackUrl = v.string(body, u"payment_link_status_callback_url"_s, {}, false);
    if (!result.callbackUrl.isEmpty()) {
        const QUrl url(result.callbackUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
            v.add(u"invalid_format"_s, u"Invalid format. Expected :uri"_s, u"payment_link_status_callback_url"_s);
    }
    v.string(body, u"logo_image_link"_s, {}, false);
    // Where the checkout sends the payer after paying or giving up (PaymentLink.cs).
    for (const QString &key : {u"checkout_cancel_url"_s, u"checkout_success_url"_s}) {
        const QString text = v.string(body, key, {}, false);
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty()
            && (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()))
            v.add(u"invalid_format"_s, u"Invalid format. Expected :uri"_s, key);
    }
    for (const QString &key : {u"delivery_address"_s, u"invoice_address"_s, u"metadata"_s})
        v.object(body, key, {}, false);
    v.uuid(body, u"merchant_id"_s, {}, false);
    return result;
}

void PaymentLinkValidator::validateItems(const QJsonObject &body,
                                         RequestValidator &v,
                                         Result &result,
                                         const std::function<bool(const QString &)> &knownMerchant,
                                         bool currentRevision)
{
    const auto items = v.array(body, u"items"_s, {}, true);
    if (!items)
        return;
    if (items->isEmpty() || items->size() > kMaxItems)
        v.add(u"invalid_value"_s, u"items must hold 1 to %1 entries"_s.arg(kMaxItems), u"items"_s);
    if (items->size() > kMaxItems)
        return;
    const bool topLevelMerchant = body[u"merchant_id"_s].isString();
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString path = RequestValidator::join(u"items"_s, i);
        if (!items->at(i).isObject()) {
            v.add(u"invalid_type"_s, u"Invalid object."_s, path);
            continue;
        }
        const QJsonObject item = items->at(i).toObject();
        v.nonEmptyString(item, u"description"_s, path, true);
        const QString merchant = v.uuid(item, u"merchant_id"_s, path, !topLevelMerchant);
        if (!merchant.isEmpty() && !knownMerchant(merchant))
            v.add(u"not_found"_s, u"Unknown merchant"_s, RequestValidator::join(path, u"merchant_id"_s));
        // Bounds keep price * quantity and the sum far from qint64 overflow.
        const auto price = v.integer(item, u"price"_s, path, true);
        if (price && (*price < 0 || *price > kMaxPrice))
            v.add(u"invalid_value"_s, u"price must be between 0 and %1"_s.arg(kMaxPrice),
                  RequestValidator::join(path, u"price"_s));
        const auto quantity = v.integer(item, u"quantity"_s, path, true);
        if (quantity && (*quantity < 1 || *quantity > kMaxQuantity))
            v.add(u"invalid_value"_s, u"quantity must be between 1 and %1"_s.arg(kMaxQuantity),
                  RequestValidator::join(path, u"quantity"_s));
        if (const auto vat = v.number(item, u"vat"_s, path, true)) {
            const QList<double> &rates = vatRates(result.currency, currentRevision);
            if (!rates.contains(vatPercent(*vat))) {
                QStringList names;
                for (double rate : rates)
                    names.append(QString::number(rate));
                v.add(u"invalid_value"_s,
                      u"vat must be one of %1 (percent) for %2"_s.arg(
                          names.join(u", "_s), result.currency.isEmpty() ? u"SEK"_s : result.currency),
                      RequestValidator::join(path, u"vat"_s));
            }
        }
        for (const QString &key : {u"item_number"_s, u"unit"_s})
            v.string(item, key, path, false);
        v.object(item, u"metadata"_s, path, false);
        v.array(item, u"tags"_s, path, false);
        if (price && quantity && *price <= kMaxPrice && *quantity <= kMaxQuantity)
            result.itemsTotal += *price * *quantity;
    }
}

void PaymentLinkValidator::validateMethods(const QJsonObject &body, RequestValidator &v, bool currentRevision)
{
    const auto methods = v.array(body, u"payment_provider_methods"_s, {}, true);
    if (!methods)
        return;
    if (methods->isEmpty())
        v.add(u"invalid_value"_s, u"Array length 0 is smaller than the minimum of 1"_s, u"payment_provider_methods"_s);
    for (qsizetype i = 0; i < methods->size(); ++i) {
        const QString path = RequestValidator::join(u"payment_provider_methods"_s, i);
        if (!methods->at(i).isObject()) {
            v.add(u"invalid_type"_s, u"Invalid object."_s, path);
            continue;
        }
        const QJsonObject method = methods->at(i).toObject();
        const QString provider = v.nonEmptyString(method, u"provider"_s, path, true);
        const QString name = v.nonEmptyString(method, u"method"_s, path, true);
        v.object(method, u"parameters"_s, path, false);
        if (!provider.isEmpty() && !name.isEmpty() && !isProviderMethod(provider, name, currentRevision))
            v.add(u"invalid_value"_s, u"Unsupported provider/method: %1/%2"_s.arg(provider, name), path);
    }
}

} // namespace Sandbox
