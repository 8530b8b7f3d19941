#pragma once

#include "invoice.h"
#include "sale.h"
#include "salecontact.h"
#include "store/outbox.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

class Cart;
class Clock;
struct CartLine;
class Database;
class VatTable;

// One entry of a sale's timeline: a state change or the outcome of an API call.
struct SaleEvent
{
    QDateTime at;
    QString kind;
    QString state;
    QString detail;
};

// Commits sales and moves them through their states. Every change is one SQLite transaction that
// writes the new state, its data, a timeline event and the outbox jobs it causes; illegal
// transitions are refused here and nowhere else.
class SaleService : public QObject
{
    Q_OBJECT
public:
    SaleService(Database &db, const Clock &clock, const VatTable &vatTable, QObject *parent = nullptr);

    // Freezes the cart as a sale with the next number and queues its payment order. Returns the id.
    // With `invoice`, the sale's invoice is issued in the same transaction (batch invoicing: a crash
    // leaves neither or both, so a re-run by reference makes nothing twice).
    qint64 commit(const Cart &cart, QString *error, const InvoiceRequest *invoice = nullptr);

    bool load(qint64 id, Sale *out) const;
    QList<Sale> salesOn(const QDate &day) const; // newest first, without lines
    QList<SaleEvent> timeline(qint64 saleId) const;
    QList<Sale> openLinkSales() const; // link ready, waiting for payment
    int pendingActionCount() const;
    QList<OutboxJob> openJobs() const;

    // Outcomes of outbox jobs, each stored with the job's end in one transaction.
    // orphanWindows: when earlier attempts of unknown outcome were sent; a payment order they may
    // have created is looked for there and closed (a close_orphans job).
    bool recordOrderCreated(qint64 jobId,
                            qint64 saleId,
                            const QString &paymentOrderId,
                            const QList<QDateTime> &unknownAttempts = {});
    bool recordLinkCreated(qint64 jobId, qint64 saleId, const QString &linkId, const QString &checkoutUrl);
    bool recordOrderClosed(qint64 jobId, qint64 saleId);
    // replaced: a replace_link job (requestNewLink) ends here; the new link is queued in this transaction.
    bool recordLinkCancelled(qint64 jobId, qint64 saleId, bool replaced = false);
    // A cancel found the link paid: the sale is paid (even while waiting for a replacement), no new link.
    bool recordLinkPaidBeforeCancel(const OutboxJob &job);
    // Before the request leaves; payload (when set) replaces the job's, e.g. with the send time.
    // False (and the database's words in *error) when the mark is not on disk: nothing may be sent.
    bool recordJobInFlight(const OutboxJob &job, const std::optional<QString> &payload = {}, QString *error = nullptr);
    // A retry is due at nextAttemptUtc (never before notBefore). An attempt of unknown outcome keeps
    // the job in flight, so the next attempt reconciles first; payload, when set, replaces the job's.
    bool recordJobRetry(const OutboxJob &job,
                        const QString &error,
                        const QDateTime &nextAttemptUtc,
                        const QDateTime &notBefore,
                        bool outcomeUnknown,
                        const QDateTime &sentAt,
                        const std::optional<QString> &payload = {});
    bool recordJobDone(const OutboxJob &job, const QString &detail);
    // Every payment order id this till knows; an orphan sweep never touches these.
    QSet<QString> knownPaymentOrderIds() const;
    // Every payment link id a sale of this till names now; a sweep never cancels these.
    QSet<QString> knownPaymentLinkIds() const;
    // How a paid sale was paid: the method ("swish", "card", … see PaymentMethods) and, as a
    // detail, the provider that carried it.
    bool recordPaymentMethod(qint64 saleId, const QString &method, const QString &provider = {});
    // The network is back: every waiting job is due now (or at its Retry-After floor).
    void wakeJobs();
    bool recordJobFailed(const OutboxJob &job, const QString &error);

    // What the poller saw: the link's status (completed: Paid, expired: Expired, cancelled elsewhere:
    // Cancelled). paymentMethod, when known, is stored with a Paid.
    bool recordLinkStatus(qint64 saleId, const ReportedLink &linkStatus, const QString &paymentMethod = {});
    // The newest payment attempt on link linkId, as the payment order lists it. Ignored when the sale
    // follows another link by now; nothing is written when it is what the sale says already.
    bool
    recordPaymentStatus(qint64 saleId, const QString &linkId, const QString &paymentId, const ReportedPayment &status);

    // The payer's contact (personal data, stored apart from the sale). Values are stored as given:
    // the UI validates and normalises them first.
    bool saveContact(qint64 saleId, const SaleContact &contact, QString *error);
    bool contact(qint64 saleId, SaleContact *out) const;
    // Purges contacts of sales older than the cutoff; the sales themselves stay. Returns how many.
    int purgeContactsBefore(const QDate &cutoff);
    // Queues sending the link by SMS and/or e-mail to the stored contact. Allowed before the link
    // exists: the job waits behind the link's creation and goes out when the network is back.
    bool requestDistribution(qint64 saleId, bool sms, bool email, QString *error);
    bool recordDistributed(qint64 jobId, qint64 saleId, const ReportedSms &smsStatus, bool byEmail);
    // The delivery status the poller read from the link.
    bool recordDeliveryStatus(qint64 saleId, const ReportedSms &smsStatus, bool byEmail);

    // Seller's actions.
    bool cancel(qint64 saleId, QString *error);
    // "Edit" on an unpaid sale: in one transaction it is cancelled (its link too, by the outbox, as
    // cancel() does) with a timeline event saying it was reopened; *lines gets its items back for
    // the cart, to be charged again as a new sale (numbers are never reused).
    bool reopenForEditing(qint64 saleId, QList<CartLine> *lines, QString *error);
    bool markPaidInCash(qint64 saleId, QString *error);
    // A new payment link for a sale waiting for payment (e.g. after a declined payment): the old link
    // is cancelled, then a new one made on the same payment order. The sale waits in OrderCreated.
    bool requestNewLink(qint64 saleId, QString *error);
    // Refunds a paid sale in full (salerefunds.cpp). Swish or card: Refunding, and a refund job;
    // cash: Refunded at once with its return receipt (given back in cash, recorded only).
    // reason: requested_by_customer, fraudulent or other; note: the seller's words, may be empty.
    bool requestRefund(qint64 saleId, const QString &reason, const QString &note, QString *error);
    // The payment service has refunded the payment (or had, when an answer was lost): Refunded,
    // with the return receipt's number.
    bool recordRefunded(qint64 jobId, qint64 saleId, const QString &detail);
    static const QStringList &refundReasons();

    // Invoicing (saleinvoicing.cpp). Issues the sale's invoice: the next number of the invoice series,
    // the invoice row, the buyer's details, the timeline event and — for a sale whose link is ready —
    // a replace_link job (the new link is due on the invoice's due date), all in one transaction.
    // VAT is set by the rate valid on the delivery date. Returns the invoice's id, 0 with *error.
    qint64 invoice(qint64 saleId, const InvoiceRequest &request, QString *error);
    bool loadInvoice(qint64 invoiceId, Invoice *out) const;
    QList<Invoice> invoices(qint64 saleId) const; // the invoice, then its credit note
    // The sale a batch caller's reference was invoiced as (0: none yet).
    qint64 saleIdForReference(const QString &reference) const;
    bool buyer(qint64 saleId, InvoiceBuyer *out) const;
    // A reminder of the sale's overdue invoice: to be paid within `days`; an expired link is made
    // anew (a new order and link), a ready one replaced, both due with the reminder.
    bool remind(qint64 saleId, int days, QString *error);
    // The sale's receipt was printed or saved ("printed", "saved as PDF"); any later one is a copy.
    bool recordReceiptIssued(qint64 saleId, const QString &how);
    bool receiptIssued(qint64 saleId) const;
    // A document of the sale went out (saved, printed, e-mailed, reminded): on the timeline.
    bool recordInvoiceSent(qint64 saleId, const QString &what, const QString &how);

signals:
    void saleChanged(qint64 saleId);
    // The payer paid (the sale just became Paid): the seller may be on another sale by now.
    void salePaid(qint64 saleId);
    void outboxChanged();

private:
    struct Change
    {
        qint64 saleId = 0;
        std::optional<SaleState> to;
        QVariantMap columns;
        QString eventKind;
        QString detail;
        struct NewJob
        {
            NewJob(OutboxJob::Kind k, QString p = {})
                : kind(k)
                , payload(std::move(p))
            { }
            OutboxJob::Kind kind;
            QString payload;
        };
        QList<NewJob> enqueue;
        JobUpdate job; // the outbox job this change finishes (jobId 0: none)
        bool dropOpenJobs = false; // the sale was settled locally: unsent actions are moot
        bool takeReturnNumber = false; // the refund is done: number its return receipt
        bool creditInvoice = false; // an invoiced sale is cancelled: its credit note, same transaction
        QVariantMap invoiceColumns; // set on the sale's invoice row
    };
    bool apply(const Change &change, QString *error = nullptr);
    // The invoice's rows inside the caller's open transaction (saleinvoicing.cpp); 0 with *why.
    // *replaceLink: the sale's ready link is to be replaced by one due with the invoice.
    qint64 writeInvoice(QSqlDatabase db,
                        const Sale &sale,
                        const InvoiceRequest &request,
                        const QDateTime &now,
                        bool *replaceLink,
                        QString *why);

    Database &m_db;
    const Clock &m_clock;
    const VatTable &m_vatTable;
};
