#include "providerreply.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

// The translation context stays "PingResponse": these texts were the Ping client's first.
QString ProviderReply::message() const
{
    QStringList parts;
    for (const ApiError &e : errors) {
        const QString text = e.description.isEmpty() ? e.error : e.description;
        parts.append(e.property.isEmpty() ? text : u"%1: %2"_s.arg(e.property, text));
    }
    const QString details = parts.join(u"; "_s);
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::Rejected:
        if (httpStatus == 401 || httpStatus == 403) {
            if (details.isEmpty())
                return QCoreApplication::translate("PingResponse",
                                                   "The payment service refused the request (HTTP %1). "
                                                   "Check the tenant ID in Settings.")
                    .arg(httpStatus);
        }
        return details.isEmpty()
            ? QCoreApplication::translate("PingResponse", "The payment service refused the request (HTTP %1).")
                  .arg(httpStatus)
            : QCoreApplication::translate("PingResponse", "The payment service refused the request: %1").arg(details);
    case Outcome::Retryable:
        if (httpStatus == 429)
            return QCoreApplication::translate("PingResponse", "The payment service is busy; Stallpay will try again.");
        return QCoreApplication::translate("PingResponse",
                                           "The payment service cannot be reached (%1); Stallpay will try again.")
            .arg(transportError);
    case Outcome::Unknown:
        if (httpStatus >= 500)
            return QCoreApplication::translate(
                       "PingResponse", "The payment service had an error (HTTP %1); Stallpay will check and try again.")
                .arg(httpStatus);
        return QCoreApplication::translate(
                   "PingResponse", "No answer from the payment service (%1); Stallpay will check and try again.")
            .arg(transportError.isEmpty() ? QCoreApplication::translate("PingResponse", "unreadable response")
                                          : transportError);
    }
    return {};
}
