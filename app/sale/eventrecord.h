#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// What a timeline event says, as stored: a stable code (sale_events.code, its key) and its
// arguments (sale_events.args, JSON: ids, numbers, status tokens, job kinds, the API's own words).
// SaleEvents::describe makes the seller's sentence from them when shown; forLog() is the plain
// technical English kept for the log and support (sale_events.detail).
struct EventRecord
{
    enum class Code {
        LegacyText, // an old record no form matched (migration 10): args.text, shown as it was
        SaleCommitted,
        OrderCreated,
        OrderCreatedLate,
        LinkCreated,
        LinkCreatedLate,
        OrderClosed,
        LinkCancelled,
        LinkCancelledForNew,
        NewLinkRequested,
        RefundRequested,
        RefundedInCash,
        Refunded,
        PaymentStatus,
        AttemptFailed,
        AttemptUnclear,
        JobRefused,
        LinkStatus,
        Reopened,
        CancelledBySeller,
        PaidInCash,
        SendingRequested,
        LinkSent,
        Delivery,
        NoLinkSaleSettled,
        PaidBeforeCancel,
        NotSent,
        InvoiceIssued,
        ReceiptIssued,
        PingDocumentRequested,
        PingInvoiceFetched,
        PingReceiptFetched,
        PingDocumentOutput,
        NoPingDocument,
        ReminderIssued,
        CreditNoteIssued,
        DocumentOutput,
        PersonalDataRemoved,
        NoOrphans,
        Sweep,
        OrphansClosed,
    };

    Code code = Code::LegacyText;
    QJsonObject args;

    QString key() const;
    static QString key(Code code);
    // False for a key this build does not know (it reads as a legacy text then).
    static bool fromKey(const QString &key, Code *code);
    static QList<Code> allCodes();
    QString argsJson() const;
    static EventRecord fromStored(const QString &key, const QString &argsJson, const QString &detail);
    QString forLog() const;
    // Its sale_events row (code, args and the log's English in detail), in the caller's transaction.
    bool insert(QSqlQuery &q, qint64 saleId, const QString &atIso, const QString &kind, const QVariant &state) const;
    bool operator==(const EventRecord &o) const { return code == o.code && args == o.args; }

    static EventRecord legacyText(const QString &text);
    static EventRecord saleCommitted(qint64 number, qint64 amountOre);
    static EventRecord orderCreated(const QString &orderId, bool late);
    static EventRecord linkCreated(const QString &linkId, bool late);
    static EventRecord orderClosed();
    static EventRecord linkCancelled(const QString &linkId, bool forNewLink);
    static EventRecord newLinkRequested(const QString &oldLinkId);
    static EventRecord refundRequested(const QString &reason);
    static EventRecord refundedInCash(const QString &reason);
    static EventRecord refunded(const QString &paymentId, const QString &status = {});
    static EventRecord paymentStatus(const QString &paymentId, const QString &statusToken);
    // answer: the service's (ProviderReply::record, ServiceAnswer words it when shown)
    static EventRecord attempt(const QString &jobKind, int attempt, bool outcomeUnknown, const QJsonObject &answer);
    static EventRecord jobRefused(const QString &jobKind, const QJsonObject &answer);
    static EventRecord linkStatus(const QString &statusToken);
    static EventRecord reopened();
    static EventRecord cancelledBySeller();
    static EventRecord paidInCash();
    static EventRecord sendingRequested(const QStringList &methods);
    static EventRecord linkSent(const QString &smsToken, bool byEmail);
    static EventRecord delivery(const QString &smsToken, bool byEmail);
    static EventRecord noLinkSaleSettled();
    static EventRecord paidBeforeCancel(const QString &linkId);
    static EventRecord notSent(const QString &stateKey);
    static EventRecord invoiceIssued(qint64 number, const QString &dueIso, const QString &replacedLinkId = {});
    // how: "printed" or "pdf"
    static EventRecord receiptIssued(const QString &how, bool returnReceipt);
    // document: "invoice" or "receipt" (PingDocument::kindKey)
    static EventRecord pingDocumentRequested(const QString &document);
    static EventRecord pingInvoiceFetched(const QString &reference);
    static EventRecord pingReceiptFetched();
    // how: "shown", "printed" or "pdf"
    static EventRecord pingDocumentOutput(const QString &document, const QString &how);
    static EventRecord noPingDocument();
    static EventRecord reminderIssued(qint64 invoiceNumber, const QString &dueIso, bool newLink);
    static EventRecord creditNoteIssued(qint64 number, qint64 invoiceNumber);
    // document: "invoice", "credit_note" or "reminder"; how: "pdf", "printed", "emailed", "sent_by_ping"
    static EventRecord documentOutput(const QString &document, qint64 number, const QString &how);
    // invoiceKept: the sale has an invoice, whose buyer stays (only phone and e-mail go)
    static EventRecord personalDataRemoved(bool invoiceKept);
    static EventRecord noOrphans();
    static EventRecord sweep(const QStringList &closed, const QStringList &cancelledLinks, const QStringList &leftOpen);
    static EventRecord orphansClosed(const QStringList &orderIds);
};
