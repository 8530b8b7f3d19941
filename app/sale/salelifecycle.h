#pragma once

#include "salestate.h"
#include "store/outbox.h"

#include <QList>
#include <QString>

#include <optional>

struct Sale;

// What happens to a sale: a seller's action or an outcome the sync engine learnt.
enum class SaleTrigger {
    OrderCreated, // create_order done
    LinkCreated, // create_link done
    LinkPaid, // the link's status is COMPLETED
    LinkExpired, // the link's status is EXPIRED
    LinkCancelledElsewhere, // the link's status is CANCELLED, not by this till
    LinkCancelled, // cancel_link done
    LinkReplaced, // replace_link done: the old link is cancelled
    LinkPaidBeforeCancel, // a cancel or replace found the link paid
    JobRefused, // create_order or create_link refused for good
    ReplaceRefused, // replace_link refused for good: the old link stays the one to pay
    RefundRefused, // refund refused for good: the money stays with the seller
    Refunded, // refund done
    Cancel, // the seller cancels
    Edit, // the seller reopens the sale in the cart (a cancel of its own)
    PaidInCash, // the seller took cash
    NewLink, // the seller asks for a new link
    Distribute, // the seller sends the link by SMS or e-mail
    Refund, // the seller refunds a paid sale
    Invoice, // the seller invoices an unpaid sale
    Remind, // the seller reminds of an overdue invoice
    PingInvoice, // the seller asks for Ping's own invoice of the link
    PingReceipt, // the seller asks for Ping's receipt of the paid link
};

// The life of a sale as data (docs/ARCHITECTURE.md): for each state and trigger the new state and
// the outbox jobs it queues, and the order a sale's jobs run in. SaleWriter applies it; a trigger
// without a row is refused (a seller's action) or changes no state (an outcome, e.g. a status
// the sale is past). SaleStates::canTransition is the graph every row stays inside.
namespace SaleLifecycle {

// What the sale holds at the payment service, where that decides the jobs.
enum class Holds {
    Any,
    Nothing, // no payment order yet
    Order, // a payment order, no link
    Link, // a payment link (on its order)
};

struct Row
{
    SaleTrigger on;
    QList<SaleState> from;
    Holds holds;
    std::optional<SaleState> to; // none: the state stays
    QList<OutboxJob::Kind> jobs;
};

struct Step
{
    SaleState to;
    QList<OutboxJob::Kind> jobs;
};

// A new sale: Committed, with its payment order to create; or, on a payment order made ahead
// (Holds::Order, SpareOrders), OrderCreated with its link to create.
Step start(Holds held = Holds::Nothing);

const QList<Row> &table();
// The row for a sale in `from` holding `holds`; nullopt when the trigger is not possible there.
std::optional<Step> next(SaleState from, SaleTrigger on, Holds holds);
// For a stored sale; a close_order of an order closed already is left out.
std::optional<Step> next(const Sale &sale, SaleTrigger on);
Holds holds(const Sale &sale);
// The state every row of a trigger leads to, when they agree (for the seller's "cannot become").
std::optional<SaleState> aim(SaleTrigger on);
// A sale's jobs run in this order (order, link or its replacement, send, cancel, close, then the
// rest), whenever they were queued: the link is sent only after it exists.
int runOrder(OutboxJob::Kind kind);
// The outbox's jobs, per sale in runOrder, else in the order they were queued.
void sortForRunning(QList<OutboxJob> *jobs);
QString triggerKey(SaleTrigger on); // for logs and tests
} // namespace SaleLifecycle
