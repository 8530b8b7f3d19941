#pragma once

#include "eventrecord.h"
#include "invoice.h"
#include "pingdocument.h"
#include "sale.h"
#include "salecontact.h"
#include "salelifecycle.h"
#include "spareorders.h"
#include "store/outbox.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

class Cart;
class Clock;
class Database;
class SaleQueries;
class VatTable;

// One change to a sale as SaleWriter::apply stores it: what happened (the lifecycle gives the new
// state and the jobs it queues), its columns, a timeline event and the outbox job it ends.
struct SaleChange
{
    qint64 saleId = 0;
    std::optional<SaleTrigger> on;
    // A seller's action is refused where the lifecycle has no row for it; an outcome there only
    // stores its facts (e.g. a status the sale is past).
    bool refuseIfNoRow = false;
    QString jobPayload; // the parameters of the job the lifecycle queues (distribute: the methods)
    QVariantMap columns;
    QString eventKind; // empty: no timeline event
    EventRecord event;
    struct NewJob
    {
        NewJob(OutboxJob::Kind k, QString p = {})
            : kind(k)
            , payload(std::move(p))
        { }
        OutboxJob::Kind kind;
        QString payload;
    };
    QList<NewJob> enqueue; // besides the lifecycle's: a sweep of orders earlier attempts may have made
    JobUpdate job; // the outbox job this change finishes (jobId 0: none)
    bool dropOpenJobs = false; // the sale was settled locally: unsent actions are moot
    bool creditInvoice = false; // an invoiced sale is cancelled: its credit note (refunded: always)
    QVariantMap invoiceColumns; // set on the sale's invoice row
    std::optional<PingDocument> document; // Ping's invoice or receipt, fetched and cached: its row
};

// The one place that writes sales, their timeline, their contact and the outbox. Each change is one
// SQLite transaction whose every step is checked (its start, each write, the commit); a failure
// rolls it all back and says SQLite's own error. Illegal transitions are refused here.
class SaleWriter : public QObject
{
    Q_OBJECT
public:
    SaleWriter(Database &db,
               const Clock &clock,
               const VatTable &vatTable,
               const SaleQueries &queries,
               QObject *parent = nullptr);

    bool apply(const SaleChange &change, QString *error = nullptr);
    // A change of the till's own jobs and spare orders (spareorders.cpp), in one transaction.
    bool applyTillJob(const TillJobChange &change, QString *error = nullptr);
    // The cart frozen as a new sale with the next number, its lines, its first event and its first
    // job: the link on a spare order it takes (SpareOrders), else create_order; with `invoice`, the
    // sale's invoice in the same transaction. Returns the id.
    qint64 insertSale(const Cart &cart, const InvoiceRequest *invoice, QString *error);
    // The sale's invoice and what comes with it (saleinvoicing.cpp). Returns its id, 0 with *error.
    qint64 issueInvoice(const Sale &sale, const InvoiceRequest &request, QString *error);
    // Before the request leaves; payload (when set) replaces the job's, e.g. with the send time.
    // False (with the database's words in *error) when the mark is not on disk: nothing may be sent.
    bool markJobInFlight(const OutboxJob &job, const std::optional<QString> &payload, QString *error = nullptr);
    // The network is back: every waiting job is due now (or at its Retry-After floor).
    void wakeJobs();
    bool saveContact(qint64 saleId, const SaleContact &contact, QString *error);
    // Removes the payer's personal data of sales dated before the cutoff, with a timeline event
    // each; the bookkeeping stays (an invoiced sale keeps its invoice's buyer). Returns how many.
    int purgeContactsBefore(const QDate &cutoff);

signals:
    void saleChanged(qint64 saleId);
    void salePaid(qint64 saleId);
    void outboxChanged();

private:
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
    const SaleQueries &m_queries;
};
