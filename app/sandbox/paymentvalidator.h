#pragma once

#include "sandbox/requestvalidator.h"

namespace Sandbox {

// Validates an initiate-payment body (ping-api.md §2.3), including the per-provider parameters.
class PaymentValidator
{
public:
    struct Result
    {
        QString provider;
        QString method;
        QString currency;
        QString desiredStatus; // dummy provider only
        qint64 itemsTotal = 0;
        qint64 totalAmount = 0;
    };

    static Result validate(const QJsonObject &body, RequestValidator &validator);
    // Required provider_method_parameters of each provider/method pair.
    static QStringList requiredParameters(const QString &provider, const QString &method);
};

} // namespace Sandbox
