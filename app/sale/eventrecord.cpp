#include "eventrecord.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Code = EventRecord::Code;

// The stored keys. Never rename one: sale_events.code holds them (migration 10 wrote the old rows').
const std::pair<Code, const char *> kKeys[] = {
    {Code::Note, "note"},
    {Code::SaleCommitted, "sale_committed"},
    {Code::OrderCreated, "order_created"},
    {Code::OrderCreatedLate, "order_created_late"},
    {Code::LinkCreated, "link_created"},
    {Code::LinkCreatedLate, "link_created_late"},
    {Code::OrderClosed, "order_closed"},
    {Code::LinkCancelled, "link_cancelled"},
    {Code::LinkCancelledForNew, "link_cancelled_for_new"},
    {Code::NewLinkRequested, "new_link_requested"},
    {Code::RefundRequested, "refund_requested"},
    {Code::RefundedInCash, "refunded_in_cash"},
    {Code::Refunded, "refunded"},
    {Code::PaymentStatus, "payment_status"},
    {Code::AttemptFailed, "attempt_failed"},
    {Code::AttemptUnclear, "attempt_unclear"},
    {Code::JobRefused, "job_refused"},
    {Code::LinkStatus, "link_status"},
    {Code::Reopened, "reopened"},
    {Code::CancelledBySeller, "cancelled_by_seller"},
    {Code::PaidInCash, "paid_in_cash"},
    {Code::SendingRequested, "sending_requested"},
    {Code::LinkSent, "link_sent"},
    {Code::Delivery, "delivery"},
    {Code::NoLinkSaleSettled, "no_link_sale_settled"},
    {Code::PaidBeforeCancel, "paid_before_cancel"},
    {Code::NotSent, "not_sent"},
    {Code::InvoiceIssued, "invoice_issued"},
    {Code::ReceiptIssued, "receipt_issued"},
    {Code::PingDocumentRequested, "ping_document_requested"},
    {Code::PingInvoiceFetched, "ping_invoice_fetched"},
    {Code::PingReceiptFetched, "ping_receipt_fetched"},
    {Code::PingDocumentOutput, "ping_document_output"},
    {Code::NoPingDocument, "no_ping_document"},
    {Code::ReminderIssued, "reminder_issued"},
    {Code::CreditNoteIssued, "credit_note_issued"},
    {Code::DocumentOutput, "document_output"},
    {Code::NoOrphans, "no_orphans"},
    {Code::Sweep, "sweep"},
    {Code::OrphansClosed, "orphans_closed"},
};

EventRecord make(Code code, QJsonObject args = {})
{
    EventRecord e;
    e.code = code;
    e.args = std::move(args);
    return e;
}

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

QString EventRecord::key(Code code)
{
    for (const auto &[c, k] : kKeys) {
        if (c == code)
            return QString::fromLatin1(k);
    }
    return u"note"_s;
}

QString EventRecord::key() const
{
    return key(code);
}

bool EventRecord::fromKey(const QString &key, Code *code)
{
    for (const auto &[c, k] : kKeys) {
        if (key == QLatin1String(k)) {
            *code = c;
            return true;
        }
    }
    return false;
}

QString EventRecord::argsJson() const
{
    return QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
}

EventRecord EventRecord::fromStored(const QString &key, const QString &argsJson, const QString &detail)
{
    EventRecord e;
    if (!fromKey(key, &e.code))
        return note(detail);
    e.args = QJsonDocument::fromJson(argsJson.toUtf8()).object();
    return e;
}

// The technical English of each event, as the detail column always held it (support reads it).
QString EventRecord::forLog() const
{
    const EventRecord &e = *this;
    switch (code) {
    case Code::Note:
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
        return s(e, "link").isEmpty() ? u"payment link cancelled"_s
                                      : u"payment link %1 cancelled"_s.arg(s(e, "link"));
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
            .arg(code == Code::AttemptUnclear ? u" (outcome unknown)"_s : QString(), s(e, "error"));
    case Code::JobRefused:
        return u"%1 refused: %2"_s.arg(s(e, "job"), s(e, "error"));
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
            .arg(s(e, "due"), s(e, "replaced_link").isEmpty() ? QString()
                                                               : u"; replacing link %1"_s.arg(s(e, "replaced_link")));
    case Code::ReceiptIssued:
        return u"%1receipt %2"_s.arg(args.value(u"return"_s).toBool() ? u"return "_s : QString(), howWords(s(e, "how")));
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

bool EventRecord::insert(QSqlQuery &q,
                         qint64 saleId,
                         const QString &atIso,
                         const QString &kind,
                         const QVariant &state) const
{
    q.prepare(u"INSERT INTO sale_events (sale_id, at, kind, state, code, args, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(saleId);
    q.addBindValue(atIso);
    q.addBindValue(kind);
    q.addBindValue(state);
    q.addBindValue(key());
    q.addBindValue(argsJson());
    q.addBindValue(forLog());
    return q.exec();
}

EventRecord EventRecord::note(const QString &text)
{
    return make(Code::Note, {{u"text"_s, text}});
}
EventRecord EventRecord::saleCommitted(qint64 number, qint64 amountOre)
{
    return make(Code::SaleCommitted, {{u"number"_s, number}, {u"amount_ore"_s, amountOre}});
}
EventRecord EventRecord::orderCreated(const QString &orderId, bool late)
{
    return make(late ? Code::OrderCreatedLate : Code::OrderCreated, {{u"order"_s, orderId}});
}
EventRecord EventRecord::linkCreated(const QString &linkId, bool late)
{
    return make(late ? Code::LinkCreatedLate : Code::LinkCreated, {{u"link"_s, linkId}});
}
EventRecord EventRecord::orderClosed()
{
    return make(Code::OrderClosed);
}
EventRecord EventRecord::linkCancelled(const QString &linkId, bool forNewLink)
{
    QJsonObject a;
    if (!linkId.isEmpty())
        a.insert(u"link"_s, linkId);
    return make(forNewLink ? Code::LinkCancelledForNew : Code::LinkCancelled, a);
}
EventRecord EventRecord::newLinkRequested(const QString &oldLinkId)
{
    return make(Code::NewLinkRequested, {{u"link"_s, oldLinkId}});
}
EventRecord EventRecord::refundRequested(const QString &reason)
{
    return make(Code::RefundRequested, {{u"reason"_s, reason}});
}
EventRecord EventRecord::refundedInCash(const QString &reason)
{
    return make(Code::RefundedInCash, {{u"reason"_s, reason}});
}
EventRecord EventRecord::refunded(const QString &paymentId, const QString &status)
{
    QJsonObject a {{u"payment"_s, paymentId}};
    if (!status.isEmpty())
        a.insert(u"status"_s, status);
    return make(Code::Refunded, a);
}
EventRecord EventRecord::paymentStatus(const QString &paymentId, const QString &statusToken)
{
    return make(Code::PaymentStatus, {{u"payment"_s, paymentId}, {u"status"_s, statusToken}});
}
EventRecord EventRecord::attempt(const QString &jobKind, int attempt, bool outcomeUnknown, const QString &error)
{
    return make(outcomeUnknown ? Code::AttemptUnclear : Code::AttemptFailed,
                {{u"job"_s, jobKind}, {u"attempt"_s, attempt}, {u"error"_s, error}});
}
EventRecord EventRecord::jobRefused(const QString &jobKind, const QString &error)
{
    return make(Code::JobRefused, {{u"job"_s, jobKind}, {u"error"_s, error}});
}
EventRecord EventRecord::linkStatus(const QString &statusToken)
{
    return make(Code::LinkStatus, {{u"status"_s, statusToken}});
}
EventRecord EventRecord::reopened()
{
    return make(Code::Reopened);
}
EventRecord EventRecord::cancelledBySeller()
{
    return make(Code::CancelledBySeller);
}
EventRecord EventRecord::paidInCash()
{
    return make(Code::PaidInCash);
}
EventRecord EventRecord::sendingRequested(const QStringList &methods)
{
    return make(Code::SendingRequested, {{u"methods"_s, QJsonArray::fromStringList(methods)}});
}
EventRecord EventRecord::linkSent(const QString &smsToken, bool byEmail)
{
    return make(Code::LinkSent, {{u"sms"_s, smsToken}, {u"email"_s, byEmail}});
}
EventRecord EventRecord::delivery(const QString &smsToken, bool byEmail)
{
    return make(Code::Delivery, {{u"sms"_s, smsToken}, {u"email"_s, byEmail}});
}
EventRecord EventRecord::noLinkSaleSettled()
{
    return make(Code::NoLinkSaleSettled);
}
EventRecord EventRecord::paidBeforeCancel(const QString &linkId)
{
    QJsonObject a;
    if (!linkId.isEmpty())
        a.insert(u"link"_s, linkId);
    return make(Code::PaidBeforeCancel, a);
}
EventRecord EventRecord::notSent(const QString &stateKey)
{
    return make(Code::NotSent, {{u"state"_s, stateKey}});
}
EventRecord EventRecord::invoiceIssued(qint64 number, const QString &dueIso, const QString &replacedLinkId)
{
    QJsonObject a {{u"number"_s, number}, {u"due"_s, dueIso}};
    if (!replacedLinkId.isEmpty())
        a.insert(u"replaced_link"_s, replacedLinkId);
    return make(Code::InvoiceIssued, a);
}
EventRecord EventRecord::receiptIssued(const QString &how, bool returnReceipt)
{
    return make(Code::ReceiptIssued, {{u"how"_s, how}, {u"return"_s, returnReceipt}});
}
EventRecord EventRecord::pingDocumentRequested(const QString &document)
{
    return make(Code::PingDocumentRequested, {{u"document"_s, document}});
}
EventRecord EventRecord::pingInvoiceFetched(const QString &reference)
{
    return make(Code::PingInvoiceFetched, {{u"reference"_s, reference}});
}
EventRecord EventRecord::pingReceiptFetched()
{
    return make(Code::PingReceiptFetched);
}
EventRecord EventRecord::pingDocumentOutput(const QString &document, const QString &how)
{
    return make(Code::PingDocumentOutput, {{u"document"_s, document}, {u"how"_s, how}});
}
EventRecord EventRecord::noPingDocument()
{
    return make(Code::NoPingDocument);
}
EventRecord EventRecord::reminderIssued(qint64 invoiceNumber, const QString &dueIso, bool newLink)
{
    return make(Code::ReminderIssued, {{u"invoice"_s, invoiceNumber}, {u"due"_s, dueIso}, {u"new_link"_s, newLink}});
}
EventRecord EventRecord::creditNoteIssued(qint64 number, qint64 invoiceNumber)
{
    return make(Code::CreditNoteIssued, {{u"number"_s, number}, {u"invoice"_s, invoiceNumber}});
}
EventRecord EventRecord::documentOutput(const QString &document, qint64 number, const QString &how)
{
    return make(Code::DocumentOutput, {{u"document"_s, document}, {u"number"_s, number}, {u"how"_s, how}});
}
EventRecord EventRecord::noOrphans()
{
    return make(Code::NoOrphans);
}
EventRecord EventRecord::sweep(const QStringList &closed, const QStringList &cancelledLinks, const QStringList &leftOpen)
{
    return make(Code::Sweep,
                {{u"closed"_s, QJsonArray::fromStringList(closed)},
                 {u"cancelled_links"_s, QJsonArray::fromStringList(cancelledLinks)},
                 {u"left_open"_s, QJsonArray::fromStringList(leftOpen)}});
}
EventRecord EventRecord::orphansClosed(const QStringList &orderIds)
{
    return make(Code::OrphansClosed, {{u"orders"_s, QJsonArray::fromStringList(orderIds)}});
}
