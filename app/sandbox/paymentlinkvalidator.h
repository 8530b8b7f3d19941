#pragma once

#include "sandbox/requestvalidator.h"

#include <QDate>

#include <functional>

namespace Sandbox {

// Validates a create-payment-link body (ping-api.md §2.4) and reads out what the sandbox keeps.
class PaymentLinkValidator
{
public:
    struct Result
    {
        QString orderId;
        QString currency;
        QString locale;
        QString callbackUrl;
        QDate dueDate;
        qint64 itemsTotal = 0;
        qint64 totalAmount = 0;
    };

    // Records every field error in `validator`; `knownMerchant` tells whether an ID is ours.
    // currentRevision: the rules of x-api-version 2025-12-09 (ping-api.md §0b): locale sv-SE or
    // nb-NO only, no verifone/dummy/swish "mobile", Norwegian VAT rates for NOK.
    static Result validate(const QJsonObject &body,
                           RequestValidator &validator,
                           const std::function<bool(const QString &)> &knownMerchant,
                           bool currentRevision = false);

    static const QStringList &currencies();
    static const QStringList &locales(bool currentRevision = false);
    // A link item's vat as a percent: 25 stays 25, a fraction such as 0.12 becomes 12.
    static double vatPercent(double vat);
    // The VAT percentages a link item may carry: Swedish, or Norwegian for NOK in the current revision.
    static const QList<double> &vatRates(const QString &currency, bool currentRevision);
    static bool isProviderMethod(const QString &provider, const QString &method, bool currentRevision = false);

private:
    static void validateItems(const QJsonObject &body,
                              RequestValidator &validator,
                              Result &result,
                              const std::function<bool(const QString &)> &knownMerchant,
                              bool currentRevision);
    static void validateMethods(const QJsonObject &body, RequestValidator &validator, bool currentRevision);
};

} // namespace Sandbox
