#include "eventrecord.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Code = EventRecord::Code;

// The stored keys. Never rename one: sale_events.code holds them (migration 10 wrote the old rows').
const std::pair<Code, const char *> kKeys[] = {
    {Code::LegacyText, "legacy_text"},
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
    {Code::PersonalDataRemoved, "personal_data_removed"},
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

} // namespace

QString EventRecord::key(Code code)
{
    for (const auto &[c, k] : kKeys) {
        if (c == code)
            return QString::fromLatin1(k);
    }
    return u"legacy_text"_s;
}

QList<EventRecord::Code> EventRecord::allCodes()
{
    QList<Code> all;
    for (const auto &entry : kKeys)
        all.append(entry.first);
    return all;
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
        return legacyText(detail);
    e.args = QJsonDocument::fromJson(argsJson.toUtf8()).object();
    return e;
}

bool EventRecord::insert(
    QSqlQuery &q, qint64 saleId, const QString &atIso, const QString &kind, const QVariant &state) const
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

EventRecord EventRecord::legacyText(const QString &text)
{
    return make(Code::LegacyText, {{u"text"_s, text}});
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
EventRecord EventRecord::attempt(const QString &jobKind, int attempt, bool outcomeUnknown, const QJsonObject &answer)
{
    return make(outcomeUnknown ? Code::AttemptUnclear : Code::AttemptFailed,
                {{u"job"_s, jobKind}, {u"attempt"_s, attempt}, {u"answer"_s, answer}});
}
EventRecord EventRecord::jobRefused(const QString &jobKind, const QJsonObject &answer)
{
    return make(Code::JobRefused, {{u"job"_s, jobKind}, {u"answer"_s, answer}});
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
EventRecord EventRecord::personalDataRemoved(bool invoiceKept)
{
    return make(Code::PersonalDataRemoved, {{u"invoice_kept"_s, invoiceKept}});
}
EventRecord EventRecord::noOrphans()
{
    return make(Code::NoOrphans);
}
EventRecord
EventRecord::sweep(const QStringList &closed, const QStringList &cancelledLinks, const QStringList &leftOpen)
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
