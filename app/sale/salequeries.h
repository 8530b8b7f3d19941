#pragma once

#include "eventrecord.h"
#include "invoice.h"
#include "pingdocument.h"
#include "sale.h"
#include "store/outbox.h"

#include <QList>
#include <QMultiHash>
#include <QSet>

class Database;

// One entry of a sale's timeline: a state change or the outcome of an API call.
struct SaleEvent
{
    QDateTime at;
    QString kind;
    QString state;
    QString detail; // the plain technical English, for the log and support
    EventRecord event; // what it says: SaleEvents::describe makes the sentence
};

// What the till has stored about its sales, read only: a sale, its timeline, its invoices, and the
// outbox jobs still to do. Nothing here writes (SaleWriter does).
class SaleQueries
{
public:
    explicit SaleQueries(Database &db);

    // With its lines; false when there is no such sale.
    bool load(qint64 id, Sale *out) const;
    QList<SaleEvent> timeline(qint64 saleId) const;
    QList<Sale> openLinkSales() const; // link ready, waiting for payment
    int pendingActionCount() const;
    QList<OutboxJob> openJobs() const;
    // The create_link jobs (done or not) of the sales whose link is ready, by sale id: their
    // payloads say whether a request of unknown outcome might still bring a second link.
    QMultiHash<qint64, QString> linkRequestsOfOpenSales() const;
    // Every payment order id this till knows; an orphan sweep never touches these.
    // Every payment link id a sale of this till names now; a sweep never cancels these.
    QSet<QString> knownPaymentLinkIds() const;
    QSet<QString> knownPaymentOrderIds() const;

    // Invoices (saleinvoicing.cpp).
    bool loadInvoice(qint64 invoiceId, Invoice *out) const;
    QList<Invoice> invoices(qint64 saleId) const; // the invoice, then its credit note
    // The sale a batch caller's reference was invoiced as (0: none yet).
    qint64 saleIdForReference(const QString &reference) const;
    // The sale's receipt (or its return receipt) was printed or saved before: any later one is a copy.
    bool receiptIssued(qint64 saleId, bool returnReceipt = false) const;
    // Ping's documents of the sale that are cached (saledocuments.cpp), oldest first.
    QList<PingDocument> pingDocuments(qint64 saleId) const;
    // The data folder (where the database is); Ping's PDFs are cached in its ping-documents/.
    QString dataFolder() const;

private:
    Database &m_db;
};
