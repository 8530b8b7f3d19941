#include "saleevents.h"

#include "money/money.h"
#include "salestate.h"
#include "serviceanswer.h"
#include "smsdelivery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

// The outbox's job kinds as a seller would call the work.
QString SaleEvents::jobName(const QString &kind)
{
    if (kind == u"create_order"_s)
        return tr("Creating the payment order");
    if (kind == u"create_link"_s)
        return tr("Creating the payment link");
    if (kind == u"distribute"_s)
        return tr("Sending the payment link");
    if (kind == u"cancel_link"_s)
        return tr("Cancelling the payment link");
    if (kind == u"close_order"_s)
        return tr("Closing the payment order");
    if (kind == u"replace_link"_s)
        return tr("Replacing the payment link");
    if (kind == u"close_orphans"_s)
        return tr("Closing forgotten payment orders");
    if (kind == u"refund"_s)
        return tr("Refunding the payment");
    if (kind == u"ping_invoice"_s)
        return tr("Fetching Ping's invoice");
    if (kind == u"ping_receipt"_s)
        return tr("Fetching Ping's receipt");
    return kind;
}

// The timeline's record keeps the stored tokens (PaymentStatuses::token); read back, they are
// words. A token Stallpay does not know is "unknown", never the raw word.
QString SaleEvents::linkStatusName(const QString &token)
{
    switch (PaymentStatuses::linkFromToken(token).value) {
    case LinkStatus::Created:
        return tr("open for payment");
    case LinkStatus::Completed:
        return tr("paid");
    case LinkStatus::Expired:
        return tr("expired");
    case LinkStatus::Cancelled:
        return tr("cancelled");
    case LinkStatus::None:
    case LinkStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString SaleEvents::paymentStatusName(const QString &token)
{
    switch (PaymentStatuses::paymentFromToken(token).value) {
    case PaymentStatus::Declined:
        return tr("declined");
    case PaymentStatus::Aborted:
        return tr("aborted by the payer");
    case PaymentStatus::Cancelled:
        return tr("cancelled");
    case PaymentStatus::Crashed:
        return tr("failed at the payment service");
    case PaymentStatus::Completed:
        return tr("completed");
    case PaymentStatus::Expired:
        return tr("timed out");
    case PaymentStatus::Initiated:
    case PaymentStatus::Pending:
        return tr("under way");
    case PaymentStatus::Stopped:
        return tr("stopped");
    case PaymentStatus::Underfunded:
        return tr("too little paid");
    case PaymentStatus::Overfunded:
        return tr("too much paid");
    case PaymentStatus::Funded:
        return tr("money arrived, being checked");
    case PaymentStatus::None:
    case PaymentStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString SaleEvents::smsName(const QString &token)
{
    return SmsDelivery::name(PaymentStatuses::smsFromToken(token));
}

QString SaleEvents::emailName(bool sent)
{
    return sent ? tr("sent") : tr("not sent");
}

QString SaleEvents::methodName(const QString &method)
{
    return method == u"sms"_s ? tr("SMS") : method == u"email"_s ? tr("e-mail") : method;
}

namespace {
QString arg(const EventRecord &e, const char *name)
{
    return e.args.value(QLatin1String(name)).toString();
}

qint64 number(const EventRecord &e, const char *name)
{
    return e.args.value(QLatin1String(name)).toInteger();
}

// The service's answer in the reader's language (ServiceAnswer), or an old record's words as they
// were stored (migration 10 kept them: they were a sentence already).
QString error(const EventRecord &e)
{
    const QJsonValue answer = e.args.value(u"answer"_s);
    return answer.isObject() ? ServiceAnswer::text(answer.toObject()) : arg(e, "error");
}

int count(const EventRecord &e, const char *name)
{
    return int(e.args.value(QLatin1String(name)).toArray().size());
}
} // namespace

QString SaleEvents::describe(const EventRecord &e)
{
    using Code = EventRecord::Code;
    switch (e.code) {
    case Code::LegacyText:
        return arg(e, "text");
    case Code::SaleCommitted:
        return tr("Sale %1 rung up: %2")
            .arg(QString::number(number(e, "number")), Money::fromOre(number(e, "amount_ore")).format(QLocale()));
    case Code::OrderCreatedLate:
        return tr("A payment order came after the sale was settled; it is closed");
    case Code::OrderCreated:
        return tr("Payment order created");
    case Code::LinkCreatedLate:
        return tr("A payment link came after the sale was settled; it is cancelled");
    case Code::LinkCreated:
        return tr("Payment link created");
    case Code::OrderClosed:
        return tr("Payment order closed");
    case Code::LinkCancelledForNew:
        return tr("The old payment link is cancelled; a new one is being made");
    case Code::LinkCancelled:
        return tr("Payment link cancelled");
    case Code::NewLinkRequested:
        return tr("New payment link asked for; the old link is cancelled first");
    case Code::RefundRequested:
        return tr("Refund asked for; the payment service refunds the whole sale");
    case Code::RefundedInCash:
        return tr("Refunded in cash");
    case Code::Refunded:
        return tr("Refunded through the payment service");
    case Code::PaymentStatus:
        return tr("A payment attempt: %1").arg(paymentStatusName(arg(e, "status")));
    case Code::AttemptUnclear:
        return tr("%1, attempt %2: no clear answer; checked before trying again. %3")
            .arg(jobName(arg(e, "job")), QString::number(number(e, "attempt")), error(e));
    case Code::AttemptFailed:
        return tr("%1, attempt %2: %3").arg(jobName(arg(e, "job")), QString::number(number(e, "attempt")), error(e));
    case Code::JobRefused:
        return tr("%1 was refused: %2").arg(jobName(arg(e, "job")), error(e));
    case Code::LinkStatus:
        return tr("The payment link is %1").arg(linkStatusName(arg(e, "status")));
    case Code::Reopened:
        return tr("Reopened in the cart for editing; the payment link is cancelled");
    case Code::CancelledBySeller:
        return tr("Cancelled by the seller");
    case Code::PaidInCash:
        return tr("Paid in cash");
    case Code::SendingRequested: {
        QStringList names;
        for (const QJsonValue &m : e.args.value(u"methods"_s).toArray())
            names.append(methodName(m.toString()));
        return tr("Sending asked for: %1").arg(names.join(u", "_s));
    }
    case Code::LinkSent:
        return tr("Payment link sent (SMS %1, e-mail %2)")
            .arg(smsName(arg(e, "sms")), emailName(e.args.value(u"email"_s).toBool()));
    case Code::Delivery:
        return tr("Delivery: SMS %1, e-mail %2")
            .arg(smsName(arg(e, "sms")), emailName(e.args.value(u"email"_s).toBool()));
    case Code::NoLinkSaleSettled:
        return tr("No link made: the sale was already settled");
    case Code::PaidBeforeCancel:
        return tr("The payer paid before the link could be cancelled");
    case Code::NotSent: {
        SaleState state;
        return tr("Not sent: the sale is %1")
            .arg(SaleStates::fromKey(arg(e, "state"), &state) ? SaleStates::displayName(state).toLower()
                                                              : arg(e, "state"));
    }
    case Code::InvoiceIssued: {
        const QString n = QString::number(number(e, "number"));
        return arg(e, "replaced_link").isEmpty()
            ? tr("Invoice %1 issued, due %2").arg(n, arg(e, "due"))
            : tr("Invoice %1 issued, due %2; a payment link due the same day replaces the old one")
                  .arg(n, arg(e, "due"));
    }
    case Code::ReceiptIssued: {
        const bool printed = arg(e, "how") == u"printed"_s;
        if (e.args.value(u"return"_s).toBool())
            return printed ? tr("Return receipt printed") : tr("Return receipt saved as PDF");
        return printed ? tr("Receipt printed") : tr("Receipt saved as PDF");
    }
    case Code::PingDocumentRequested:
        return arg(e, "document") == u"invoice"_s ? tr("Ping's invoice asked for") : tr("Ping's receipt asked for");
    case Code::PingInvoiceFetched:
        return tr("Ping's invoice fetched (OCR reference %1)").arg(arg(e, "reference"));
    case Code::PingReceiptFetched:
        return tr("Ping's receipt fetched");
    case Code::PingDocumentOutput: {
        const bool invoice = arg(e, "document") == u"invoice"_s;
        const QString how = arg(e, "how");
        if (how == u"shown"_s)
            return invoice ? tr("Ping's invoice shown") : tr("Ping's receipt shown");
        if (how == u"printed"_s)
            return invoice ? tr("Ping's invoice printed") : tr("Ping's receipt printed");
        return invoice ? tr("Ping's invoice saved as PDF") : tr("Ping's receipt saved as PDF");
    }
    case Code::NoPingDocument:
        return tr("No document from Ping: the sale has no payment link");
    case Code::ReminderIssued: {
        const QString n = QString::number(number(e, "invoice"));
        return e.args.value(u"new_link"_s).toBool()
            ? tr("Reminder for invoice %1, to pay by %2, with a new payment link").arg(n, arg(e, "due"))
            : tr("Reminder for invoice %1, to pay by %2").arg(n, arg(e, "due"));
    }
    case Code::CreditNoteIssued:
        return tr("Credit note %1 issued for invoice %2")
            .arg(QString::number(number(e, "number")), QString::number(number(e, "invoice")));
    case Code::DocumentOutput: {
        const QString n = QString::number(number(e, "number"));
        const QString document = arg(e, "document");
        const QString doc = document == u"credit_note"_s ? tr("Credit note %1").arg(n)
            : document == u"reminder"_s                  ? tr("Reminder for invoice %1").arg(n)
                                                         : tr("Invoice %1").arg(n);
        const QString how = arg(e, "how");
        if (how == u"pdf"_s)
            return tr("%1 saved as PDF").arg(doc);
        if (how == u"printed"_s)
            return tr("%1 printed").arg(doc);
        if (how == u"emailed"_s)
            return tr("%1 handed to the mail program").arg(doc);
        return tr("%1 sent by the payment service").arg(doc);
    }
    case Code::PersonalDataRemoved:
        return e.args.value(u"invoice_kept"_s).toBool()
            ? tr("Personal data removed after the retention period; the invoice keeps the buyer")
            : tr("Personal data removed after the retention period");
    case Code::NoOrphans:
        return tr("No forgotten payment orders to close");
    case Code::Sweep: {
        // The IDs stay in the record (and the log) for support; the seller gets counts.
        QStringList parts;
        if (const int n = count(e, "closed"); n > 0)
            parts.append(tr("%n forgotten payment order(s) of this till closed", nullptr, n));
        if (const int n = count(e, "cancelled_links"); n > 0)
            parts.append(tr("%n extra payment link(s) of this till cancelled", nullptr, n));
        if (const int n = count(e, "left_open"); n > 0)
            parts.append(tr("%n payment order(s) left open, as nothing proves this till made "
                            "them (an open order without payments costs nothing)",
                            nullptr, n));
        return parts.isEmpty() ? tr("No forgotten payment orders to close") : parts.join(u"; "_s);
    }
    case Code::OrphansClosed:
        return tr("%n forgotten payment order(s) closed", nullptr, count(e, "orders"));
    }
    return arg(e, "text");
}
