#include "sandbox/paymentvalidator.h"

#include "sandbox/paymentflow.h"
#include "sandbox/paymentlinkvalidator.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
constexpr qint64 kMaxAmount = 1'000'000'000'000; // ten billion kronor, in öre
constexpr qsizetype kMaxItems = 1000;
} // namespace

QStringList PaymentValidator::requiredParameters(const QString &provider, const QString &method)
{
    const QString pair = provider + u'/' + method;
    if (pair == u"dummy/dummy"_s)
        return {u"desired_payment_status"_s};
    if (pair == u"swish/e_commerce"_s)
        return {u"message"_s, u"phone_number"_s};
    if (pair == u"swish/m_commerce"_s)
        return {u"message"_s};
    if (pair == u"open_banking/pis"_s)
        return {u"cancel_url"_s, u"error_url"_s, u"reference"_s, u"success_url"_s};
    if (pair == u"verifone/card"_s)
        return {u"cancel_url"_s, u"email"_s, u"first_name"_s, u"last_name"_s, u"success_url"_s};
    if (pair == u"billmate/invoice"_s)
        return {u"country"_s,   u"customer_reference"_s, u"email"_s,       u"first_name"_s, u"ip_address"_s,
                u"last_name"_s, u"national_id_number"_s, u"phone_number"_s};
    if (pair == u"bankgirot/autogiro"_s)
        return {u"mandate_id"_s};
    if (pair == u"payment_iq/card"_s)
        return {u"error_url"_s, u"success_url"_s};
    return {};
}

PaymentValidator::Result PaymentValidator::validate(const QJsonObject &body, RequestValidator &v)
{
    static const QStringList providers {u"swish"_s,     u"open_banking"_s, u"verifone"_s, u"billmate"_s,
                                        u"bankgirot"_s, u"payment_iq"_s,   u"dummy"_s};
    static const QStringList methods {u"e_commerce"_s, u"m_commerce"_s, u"pis"_s,  u"card"_s,
                                      u"invoice"_s,    u"autogiro"_s,   u"dummy"_s};
    Result result;
    result.currency = v.enumeration(body, u"currency"_s, {}, PaymentLinkValidator::currencies(), true);
    result.provider = v.enumeration(body, u"provider"_s, {}, providers, true);
    result.method = v.enumeration(body, u"method"_s, {}, methods, true);
    v.object(body, u"metadata"_s, {}, false);
    v.string(body, u"status_callback_url"_s, {}, false);
    if (const auto total = v.integer(body, u"total_amount"_s, {}, true))
        result.totalAmount = *total;

    if (const auto items = v.array(body, u"order_items"_s, {}, true)) {
        if (items->isEmpty() || items->size() > kMaxItems)
            v.add(u"invalid_value"_s, u"order_items must hold 1 to %1 entries"_s.arg(kMaxItems), u"order_items"_s);
        for (qsizetype i = 0; i < qMin(items->size(), kMaxItems); ++i) {
            const QString path = RequestValidator::join(u"order_items"_s, i);
            const QJsonObject item = items->at(i).toObject();
            if (!items->at(i).isObject()) {
                v.add(u"invalid_type"_s, u"Invalid object."_s, path);
                continue;
            }
            // The bound keeps the sum of up to 1000 items far from qint64 overflow.
            const auto amount = v.integer(item, u"amount"_s, path, true);
            if (amount && (*amount < 0 || *amount > kMaxAmount))
                v.add(u"invalid_value"_s, u"amount must be between 0 and %1"_s.arg(kMaxAmount),
                      RequestValidator::join(path, u"amount"_s));
            else if (amount)
                result.itemsTotal += *amount;
            v.uuid(item, u"merchant_id"_s, path, true);
            v.nonEmptyString(item, u"name"_s, path, true);
            // The current docs send vat_rate as a string ("0"); older ones as a number.
            const QJsonValue vat = item.value(u"vat_rate"_s);
            const double rate = vat.isString() ? vat.toString().toDouble() : vat.toDouble(-1);
            if (vat.isUndefined())
                v.add(u"missing_field"_s, u"Missing field: vat_rate"_s, RequestValidator::join(path, u"vat_rate"_s));
            else if (!QList<double> {0, 6, 12, 25}.contains(rate))
                v.add(u"invalid_value"_s, u"vat_rate must be one of 0, 6, 12, 25"_s,
                      RequestValidator::join(path, u"vat_rate"_s));
        }
    }

    const auto parameters = v.object(body, u"provider_method_parameters"_s, {}, true);
    if (!result.provider.isEmpty() && !result.method.isEmpty()) {
        const QStringList required = requiredParameters(result.provider, result.method);
        if (required.isEmpty()) {
            v.add(u"invalid_value"_s, u"Unsupported provider/method: %1/%2"_s.arg(result.provider, result.method),
                  u"method"_s);
        } else if (parameters) {
            for (const QString &key : required) {
                if (key == u"desired_payment_status"_s)
                    result.desiredStatus = v.enumeration(*parameters, key, u"provider_method_parameters"_s,
                                                         PaymentFlow::paymentStatuses(), true);
                else
                    v.string(*parameters, key, u"provider_method_parameters"_s, true);
            }
        }
    }
    return result;
}

} // namespace Sandbox
