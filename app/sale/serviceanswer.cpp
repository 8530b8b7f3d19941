#include "serviceanswer.h"

#include "saleevents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QStringList args(const QJsonObject &answer)
{
    QStringList out;
    for (const QJsonValue &v : answer.value(u"args"_s).toArray())
        out.append(v.toString());
    while (out.size() < 2)
        out.append(QString());
    return out;
}

// Stallpay's own reasons, by code. The translation contexts are where the texts were first written.
QString reasonText(const QString &code, const QStringList &a)
{
    if (code == u"cut_off"_s)
        return QCoreApplication::translate(
            "PingResponse", "the answer was larger than any answer of this request can be, and was cut off");
    if (code == u"certificate"_s)
        return QCoreApplication::translate("PingResponse", "the payment service's certificate is not trusted (%1)")
            .arg(a.at(0));
    if (code == u"redirect"_s)
        return QCoreApplication::translate(
                   "PingResponse",
                   "the answer sent us to another address (%1); Stallpay does not follow it with the account's "
                   "credentials")
            .arg(a.at(0));
    if (code == u"not_json"_s)
        return QCoreApplication::translate(
                   "PingResponse",
                   "the answer was not from the payment service (%1 instead of JSON; a network's login page?)")
            .arg(a.at(0));
    if (code == u"malformed_json"_s)
        return QCoreApplication::translate("PingResponse", "malformed JSON in the answer");
    if (code == u"pdf_incomplete"_s)
        return QCoreApplication::translate("PingResponse", "the PDF did not arrive whole");
    if (code == u"no_order_id"_s)
        return QCoreApplication::translate("PingResponse", "an answer without the new order's id");
    if (code == u"no_link_id"_s)
        return QCoreApplication::translate("PingResponse", "an answer without the new link's id or address");
    if (code == u"no_document_url"_s)
        return QCoreApplication::translate("PingResponse", "an answer without the document's address");
    if (code == u"untrusted_checkout"_s && !a.at(0).isEmpty())
        return QCoreApplication::translate(
                   "PingResponse",
                   "The payment service returned an address we do not trust (%1), so no QR code is drawn and "
                   "nothing is sent. Check the payment service's address in Settings.")
            .arg(a.at(0));
    if (code == u"untrusted_checkout"_s)
        return QCoreApplication::translate(
            "JobRunner",
            "The payment service's link has no address we trust, so no QR code is drawn and nothing is sent.");
    if (code == u"insecure_url"_s)
        return QCoreApplication::translate("PingResponse", "The document's address is not HTTPS: %1").arg(a.at(0));
    if (code == u"not_offered"_s)
        return QCoreApplication::translate("PaymentProvider", "The payment service does not offer this document.");
    if (code == u"no_completed_payment"_s)
        return QCoreApplication::translate("JobRunner", "The payment order has no completed payment to refund.");
    if (code == u"link_not_open"_s)
        return QCoreApplication::translate(
                   "DocumentJobs", "Ping makes an invoice only of a link that waits for payment; this one is %1.")
            .arg(SaleEvents::linkStatusName(a.at(0)));
    if (code == u"cache_not_written"_s)
        return QCoreApplication::translate("DocumentJobs", "Cannot save Ping's PDF in %1: %2").arg(a.at(0), a.at(1));
    if (code == u"settling"_s)
        return QCoreApplication::translate(
            "JobRunner",
            "the last request may still be applied by the payment service; looking again before making a "
            "new link");
    return code; // a code of a newer Stallpay: as it is
}

QString details(const QJsonObject &answer)
{
    QStringList parts;
    for (const QJsonValue &v : answer.value(u"errors"_s).toArray()) {
        const QJsonObject e = v.toObject();
        const QString description = e.value(u"description"_s).toString();
        const QString text = description.isEmpty() ? e.value(u"error"_s).toString() : description;
        const QString property = e.value(u"property"_s).toString();
        parts.append(property.isEmpty() ? text : u"%1: %2"_s.arg(property, text));
    }
    if (const QString reason = answer.value(u"reason"_s).toString(); !reason.isEmpty())
        parts.append(reasonText(reason, args(answer)));
    return parts.join(u"; "_s);
}

} // namespace

namespace ServiceAnswer {

QString trouble(const QJsonObject &answer)
{
    const QString reason = answer.value(u"reason"_s).toString();
    return reason.isEmpty() ? answer.value(u"words"_s).toString() : reasonText(reason, args(answer));
}

QString text(const QJsonObject &answer)
{
    const QString outcome = answer.value(u"outcome"_s).toString();
    const int http = answer.value(u"http"_s).toInt();
    if (outcome == u"rejected"_s) {
        const QString said = details(answer);
        if (said.isEmpty() && (http == 401 || http == 403))
            return QCoreApplication::translate(
                       "PingResponse",
                       "The payment service refused the request (HTTP %1). Check the tenant ID in Settings.")
                .arg(http);
        return said.isEmpty()
            ? QCoreApplication::translate("PingResponse", "The payment service refused the request (HTTP %1).")
                  .arg(http)
            : QCoreApplication::translate("PingResponse", "The payment service refused the request: %1").arg(said);
    }
    if (outcome == u"retryable"_s) {
        if (http == 429)
            return QCoreApplication::translate("PingResponse", "The payment service is busy; Stallpay will try again.");
        if (http >= 200 && http < 300) // the service answered; the step waits for something
            return QCoreApplication::translate("PingResponse", "Not yet: %1.").arg(trouble(answer));
        return QCoreApplication::translate("PingResponse",
                                           "The payment service cannot be reached (%1); Stallpay will try again.")
            .arg(trouble(answer));
    }
    if (outcome == u"unknown"_s) {
        if (http >= 500)
            return QCoreApplication::translate(
                       "PingResponse", "The payment service had an error (HTTP %1); Stallpay will check and try again.")
                .arg(http);
        const QString why = trouble(answer);
        return QCoreApplication::translate(
                   "PingResponse", "No answer from the payment service (%1); Stallpay will check and try again.")
            .arg(why.isEmpty() ? QCoreApplication::translate("PingResponse", "unreadable response") : why);
    }
    return {};
}

QString forLog(const QJsonObject &answer)
{
    QStringList parts {answer.value(u"outcome"_s).toString()};
    if (const int http = answer.value(u"http"_s).toInt(); http != 0)
        parts.append(u"HTTP %1"_s.arg(http));
    for (const QJsonValue &v : answer.value(u"errors"_s).toArray()) {
        const QJsonObject e = v.toObject();
        parts.append(u"%1 %2 %3"_s
                         .arg(e.value(u"error"_s).toString(), e.value(u"property"_s).toString(),
                              e.value(u"description"_s).toString())
                         .simplified());
    }
    if (const QString reason = answer.value(u"reason"_s).toString(); !reason.isEmpty()) {
        QStringList a;
        for (const QJsonValue &v : answer.value(u"args"_s).toArray())
            a.append(v.toString());
        parts.append(a.isEmpty() ? reason : u"%1 (%2)"_s.arg(reason, a.join(u", "_s)));
    }
    if (const QString words = answer.value(u"words"_s).toString(); !words.isEmpty())
        parts.append(words);
    return parts.join(u"; "_s);
}

} // namespace ServiceAnswer
