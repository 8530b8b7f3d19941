#pragma once

#include "requestvalidator.h"

#include <QDate>

#include <functional>

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
    static Result validate(const QJsonObject &body,
                           RequestValidator &validator,
                           const std::function<bool(const QString &)> &knownMerchant);

    static const QStringList &currencies();
    static const QStringList &locales();
    // A link item's vat as a percent: 25 stays 25, a fraction such as 0.12 becomes 12.
    static double vatPercent(double vat);
    static bool isProviderMethod(const QString &provider, const QString &method);

private:
    static void validateItems(const QJsonObject &body,
                              RequestValidator &validator,
                              Result &result,
                              const std::function<bool(const QString &)> &knownMerchant);
    static void validateMethods(const QJsonObject &body, RequestValidator &validator);
};
