#include "eventrecord.h"

#include "serviceanswer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// EventRecord::forLog: the plain technical English of each event, for the log and for support
// (sale_events.detail), in the words the detail column always held.
namespace {

using Code = EventRecord::Code;

QString s(const EventRecord &e, const char *name)
{
    return e.args.value(QLatin1String(name)).toString();
}

QStringList list(const EventRecord &e, const char *name)
{
    QStringList out;
    for (const QJsonValue &v : e.args.value(QLatin1String(name)).toArray())
        out.append(v.toString());
    return out;
}

// The service's answer (ServiceAnswer), or an old record's words (migration 10).
QString errorForLog(const EventRecord &e)
{
    const QJsonValue answer = e.args.value(u"answer"_s);
    return answer.isObject() ? ServiceAnswer::forLog(answer.toObject()) : s(e, "error");
}

QString yesNo(bool b)
{
    return b ? u"yes"_s : u"no"_s;
}

QString smsOrDash(const QString &token)
{
    return token.isEmpty() ? u"-"_s : token;
}

QString howWords(const QString &how)
{
    if (how == u"pdf"_s)
        return u"saved as PDF"_s;
    if (how == u"emailed"_s)
        return u"e-mailed"_s;
    if (how == u"sent_by_ping"_s)
        return u"sent by Ping"_s;
    return how; // printed, shown
}

} // namespace

// The technical English of each event, as the detail column always held it (support reads it).
QString EventRecord::forLog() const
{
    const EventRecord &e = *this;
    switch (code) {
    case Code::LegacyText:
        return s(e, "text");
    case Code::SaleCommitted:
        return u"sale %1 committed, %2 öre"_s.arg(args.value(u"number"_s).toInteger())
            .arg(args.value(u"amount_ore"_s).toInteger());
    case Code::OrderCreated:
        return u"payment order %1 created"_s.arg(s(e, "order"));
    case Code::OrderCreatedLate:
        return u"payment order %1 created after the sale was settled; closing it"_s.arg(s(e, "order"));
    case Code::LinkCreated:
        return u"payment link %1 created"_s.arg(s(e, "link"));
    case Code::LinkCreatedLate:
        return u"payment link %1 created after the sale was settled; cancelling it"_s.arg(s(e, "link"));
    case Code::OrderClosed:
        return u"payment order closed"_s;
    case Code::LinkCancelled:
        return s(e, "link").isEmpty() ? u"payment link cancelled"_s : u"payment link %1 cancelled"_s.arg(s(e, "link"));
    case Code::LinkCancelledForNew:
        return u"payment link %1 cancelled; creating a new link"_s.arg(s(e, "link"));
    case Code::NewLinkRequested:
        return u"new payment link requested; cancelling link %1 first"_s.arg(s(e, "link"));
    case Code::RefundRequested:
        return u"refund requested (%1)"_s.arg(s(e, "reason"));
    case Code::RefundedInCash:
        return u"refunded in cash (%1)"_s.arg(s(e, "reason"));
    case Code::Refunded:
        return s(e, "status").isEmpty() ? u"payment %1 refunded"_s.arg(s(e, "payment"))
                                        : u"payment %1 refunded: %2"_s.arg(s(e, "payment"), s(e, "status"));
    case Code::PaymentStatus:
        return u"payment %1 %2"_s.arg(s(e, "payment"), s(e, "status"));
    case Code::AttemptFailed:
    case Code::AttemptUnclear:
        return u"%1 attempt %2%3: %4"_s.arg(s(e, "job"))
            .arg(args.value(u"attempt"_s).toInt())
            .arg(code == Code::AttemptUnclear ? u" (outcome unknown)"_s : QString(), errorForLog(e));
    case Code::JobRefused:
        return u"%1 refused: %2"_s.arg(s(e, "job"), errorForLog(e));
    case Code::LinkStatus:
        return u"link status %1"_s.arg(s(e, "status"));
    case Code::Reopened:
        return u"reopened in the cart for editing"_s;
    case Code::CancelledBySeller:
        return u"cancelled by the seller"_s;
    case Code::PaidInCash:
        return u"paid in cash"_s;
    case Code::SendingRequested:
        return u"sending requested: %1"_s.arg(list(e, "methods").join(u", "_s));
    case Code::LinkSent:
        return u"payment link sent (sms %1, e-mail %2)"_s.arg(smsOrDash(s(e, "sms")),
                                                              yesNo(args.value(u"email"_s).toBool()));
    case Code::Delivery:
        return u"delivery: sms %1, e-mail %2"_s.arg(smsOrDash(s(e, "sms")), yesNo(args.value(u"email"_s).toBool()));
    case Code::NoLinkSaleSettled:
        return u"no link made; the sale is settled"_s;
    case Code::PaidBeforeCancel:
        return s(e, "link").isEmpty() ? u"link was paid before it could be cancelled"_s
                                      : u"link %1 was paid before it could be cancelled"_s.arg(s(e, "link"));
    case Code::NotSent:
        return u"not sent: the sale is %1"_s.arg(s(e, "state"));
    case Code::InvoiceIssued:
        return u"invoice %1 issued, due %2%3"_s.arg(args.value(u"number"_s).toInteger())
            .arg(s(e, "due"),
                 s(e, "replaced_link").isEmpty() ? QString() : u"; replacing link %1"_s.arg(s(e, "replaced_link")));
    case Code::ReceiptIssued:
        return u"%1receipt %2"_s.arg(args.value(u"return"_s).toBool() ? u"return "_s : QString(),
                                     howWords(s(e, "how")));
    case Code::PingDocumentRequested:
        return u"ping %1 requested"_s.arg(s(e, "document"));
    case Code::PingInvoiceFetched:
        return u"ping invoice fetched, reference %1"_s.arg(s(e, "reference"));
    case Code::PingReceiptFetched:
        return u"ping receipt fetched"_s;
    case Code::PingDocumentOutput:
        return u"ping %1 %2"_s.arg(s(e, "document"), howWords(s(e, "how")));
    case Code::NoPingDocument:
        return u"no ping document: the sale has no link"_s;
    case Code::ReminderIssued:
        return u"reminder for invoice %1, due %2%3"_s.arg(args.value(u"invoice"_s).toInteger())
            .arg(s(e, "due"), args.value(u"new_link"_s).toBool() ? u"; new payment link"_s : QString());
    case Code::CreditNoteIssued:
        return u"credit note %1 issued for invoice %2"_s.arg(args.value(u"number"_s).toInteger())
            .arg(args.value(u"invoice"_s).toInteger());
    case Code::DocumentOutput: {
        const QString doc = s(e, "document") == u"credit_note"_s ? u"credit note"_s
            : s(e, "document") == u"reminder"_s                  ? u"reminder for invoice"_s
                                                                 : u"invoice"_s;
        return u"%1 %2 %3"_s.arg(doc).arg(args.value(u"number"_s).toInteger()).arg(howWords(s(e, "how")));
    }
    case Code::PersonalDataRemoved:
        return args.value(u"invoice_kept"_s).toBool() ? u"personal data removed; the invoice's buyer kept"_s
                                                      : u"personal data removed"_s;
    case Code::NoOrphans:
        return u"no orphaned payment orders"_s;
    case Code::Sweep:
        return u"sweep closed [%1]; cancelled links [%2]; left open, not provably ours [%3]"_s.arg(
            list(e, "closed").join(u", "_s), list(e, "cancelled_links").join(u", "_s),
            list(e, "left_open").join(u", "_s));
    case Code::OrphansClosed:
        return u"closed orphaned payment orders: %1"_s.arg(list(e, "orders").join(u", "_s));
    }
    return s(e, "text");
}
