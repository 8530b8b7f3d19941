#pragma once

#include "eventrecord.h"
#include "invoice.h"
#include "pingdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Cart;
class Clock;
struct CartLine;
class PayerData;
class SaleQueries;
class SaleWriter;
class VatTable;

// What the seller does to a sale: charge the cart, cancel, take cash, make a new link, edit,
// refund, invoice, remind. Each checks the sale may do it, then has SaleWriter store the change and
// the outbox jobs it causes in one transaction. Errors are for people, in the user's language.
class SaleCommands
{
    Q_DECLARE_TR_FUNCTIONS(SaleCommands)
public:
    SaleCommands(SaleWriter &writer,
                 const SaleQueries &queries,
                 const PayerData &payer,
                 const Clock &clock,
                 const VatTable &vatTable);

    // Freezes the cart as a sale with the next number and queues its payment order. Returns the id.
    // With `invoice`, the sale's invoice is issued in the same transaction (batch invoicing: a crash
    // leaves neither or both, so a re-run by reference makes nothing twice).
    qint64 commit(const Cart &cart, QString *error, const InvoiceRequest *invoice = nullptr);
    bool cancel(qint64 saleId, QString *error);
    // "Edit" on an unpaid sale: in one transaction it is cancelled (its link too, by the outbox, as
    // cancel() does) with a timeline event saying it was reopened; *lines gets its items back for
    // the cart, to be charged again as a new sale (numbers are never reused).
    bool reopenForEditing(qint64 saleId, QList<CartLine> *lines, QString *error);
    bool markPaidInCash(qint64 saleId, QString *error);
    // A new payment link for a sale waiting for payment (e.g. after a declined payment): the old link
    // is cancelled, then a new one made on the same payment order. The sale waits in OrderCreated.
    bool requestNewLink(qint64 saleId, QString *error);
    // Queues sending the link by SMS and/or e-mail to the stored contact. Allowed before the link
    // exists: the job waits behind the link's creation and goes out when the network is back.
    bool requestDistribution(qint64 saleId, bool sms, bool email, QString *error);

    // Refunds a paid sale in full (salerefunds.cpp). Swish or card: Refunding, and a refund job;
    // cash: Refunded at once with its return receipt (given back in cash, recorded only).
    // reason: requested_by_customer, fraudulent or other; note: the seller's words, may be empty.
    bool requestRefund(qint64 saleId, const QString &reason, const QString &note, QString *error);
    static const QStringList &refundReasons();

    // Invoicing (saleinvoicing.cpp). Issues the sale's invoice: the next number of the invoice series,
    // the invoice row, the buyer's details, the timeline event and — for a sale whose link is ready —
    // a replace_link job (the new link is due on the invoice's due date), all in one transaction.
    // VAT is set by the rate valid on the delivery date. Returns the invoice's id, 0 with *error.
    qint64 invoice(qint64 saleId, const InvoiceRequest &request, QString *error);
    // A reminder of the sale's overdue invoice: to be paid within `days`; an expired link is made
    // anew (a new order and link), a ready one replaced, both due with the reminder.
    bool remind(qint64 saleId, int days, QString *error);
    // The sale's receipt — or, with returnReceipt, the return receipt of its refund — was printed or
    // saved ("printed", "saved as PDF"); any later one of the same is a copy (KOPIA).
    bool recordReceiptIssued(qint64 saleId, const QString &how, bool returnReceipt = false);
    // Ping's own documents (saledocuments.cpp): Ping's invoice of the sale's link (while it waits
    // for payment) or Ping's receipt (once paid), as a ping_invoice / ping_receipt job in the
    // outbox, done when the network is there. Refused while one is under way, or when it is cached.
    bool requestPingDocument(qint64 saleId, PingDocument::Kind kind, QString *error);
    // A document of the sale went out (EventRecord::documentOutput, pingDocumentOutput): on the timeline.
    bool recordInvoiceSent(qint64 saleId, const EventRecord &event);

private:
    SaleWriter &m_writer;
    const SaleQueries &m_queries;
    const PayerData &m_payer;
    const Clock &m_clock;
    const VatTable &m_vatTable;
};
