#include "salelifecycle.h"

#include "sale.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SaleLifecycle {

namespace {
using Kind = OutboxJob::Kind;
using S = SaleState;
using T = SaleTrigger;
constexpr std::nullopt_t kStays = std::nullopt;

const QList<SaleState> kUnsettled {S::Committed, S::OrderCreated, S::LinkReady};
const QList<SaleState> kSettled {S::Paid, S::PaidCash, S::Cancelled, S::Expired, S::Failed, S::Refunding, S::Refunded};

// A sale settled at the till while it was still unpaid: the jobs that end what it holds at the
// payment service (a link is cancelled, and its order closed when that is done; an order without
// a link is closed at once). Queued jobs it no longer needs are dropped by the change itself.
QList<Row> settling(SaleTrigger on, SaleState to)
{
    return {
        {on, {S::Committed}, Holds::Any, to, {}},
        {on, {S::OrderCreated}, Holds::Link, to, {Kind::CancelLink}}, // the link being replaced
        {on, {S::OrderCreated}, Holds::Order, to, {Kind::CloseOrder}},
        {on, {S::LinkReady}, Holds::Any, to, {Kind::CancelLink}},
    };
}
} // namespace

Step start(Holds held)
{
    if (held == Holds::Order)
        return {S::OrderCreated, {Kind::CreateLink}};
    return {S::Committed, {Kind::CreateOrder}};
}

const QList<Row> &table()
{
    static const QList<Row> rows = [] {
        QList<Row> t {
            // The payment service's answers.
            {T::OrderCreated, {S::Committed}, Holds::Any, S::OrderCreated, {Kind::CreateLink}},
            // Settled at the till while the request was under way: nobody may pay on it.
            {T::OrderCreated, kSettled, Holds::Any, kStays, {Kind::CloseOrder}},
            {T::LinkCreated, {S::OrderCreated}, Holds::Any, S::LinkReady, {}},
            {T::LinkCreated, kSettled, Holds::Any, kStays, {Kind::CancelLink}},
            // Every finished sale has its payment order closed.
            {T::LinkPaid, {S::LinkReady}, Holds::Any, S::Paid, {Kind::CloseOrder}},
            {T::LinkExpired, {S::LinkReady}, Holds::Any, S::Expired, {Kind::CloseOrder}},
            {T::LinkCancelledElsewhere, {S::LinkReady}, Holds::Any, S::Cancelled, {Kind::CloseOrder}},
            {T::LinkCancelled, kUnsettled + kSettled, Holds::Any, kStays, {Kind::CloseOrder}},
            // Queued in the transaction that knows the old link is dead: never two live links.
            {T::LinkReplaced, kUnsettled, Holds::Any, kStays, {Kind::CreateLink}},
            {T::LinkReplaced, kSettled, Holds::Any, kStays, {Kind::CloseOrder}},
            // Waiting for the link or for its replacement: the money is there, so no new link.
            {T::LinkPaidBeforeCancel, {S::LinkReady, S::OrderCreated}, Holds::Any, S::Paid, {Kind::CloseOrder}},
            // Cancelled at the till while the payer paid: the money is there, so the sale is paid
            // (the seller is told, and refunds if the goods stay); its order is closed and paid
            // out, never left open with the money on it (tst_sync_lifecrash found it so).
            {T::LinkPaidBeforeCancel, {S::Cancelled}, Holds::Any, S::Paid, {Kind::CloseOrder}},
            // Paid in cash and by the link: the sale stays paid in cash, the link's money is paid
            // out with its order closed, and the seller sees both in the timeline (one to refund).
            {T::LinkPaidBeforeCancel, {S::PaidCash}, Holds::Any, kStays, {Kind::CloseOrder}},
            {T::JobRefused, {S::Committed, S::OrderCreated}, Holds::Any, S::Failed, {}},
            {T::ReplaceRefused, {S::OrderCreated}, Holds::Any, S::LinkReady, {}},
            {T::RefundRefused, {S::Refunding}, Holds::Any, S::Paid, {}},
            {T::Refunded, {S::Refunding}, Holds::Any, S::Refunded, {}},

            // The seller's actions.
            {T::NewLink, {S::LinkReady}, Holds::Link, S::OrderCreated, {Kind::ReplaceLink}},
            // Allowed before the link exists: the job waits behind the link's creation (runOrder).
            {T::Distribute, kUnsettled, Holds::Any, kStays, {Kind::Distribute}},
            {T::Refund, {S::Paid}, Holds::Any, S::Refunding, {Kind::Refund}},
            // Cash goes back across the counter: nothing to ask the payment service.
            {T::Refund, {S::PaidCash}, Holds::Any, S::Refunded, {}},
            // A ready link is due on its own day: it is replaced by one due with the invoice.
            {T::Invoice, {S::LinkReady}, Holds::Link, S::OrderCreated, {Kind::ReplaceLink}},
            {T::Invoice, {S::Committed, S::OrderCreated}, Holds::Any, kStays, {}},
            // An expired link's order is dead: a new order and link, due with the reminder.
            {T::Remind, {S::Expired}, Holds::Any, S::Committed, {Kind::CreateOrder}},
            {T::Remind, {S::LinkReady}, Holds::Any, S::OrderCreated, {Kind::ReplaceLink}},
            {T::Remind, {S::Committed, S::OrderCreated}, Holds::Any, kStays, {}},
            // Ping's own documents of the link: jobs that never move the payment state.
            {T::PingInvoice, {S::LinkReady}, Holds::Link, kStays, {Kind::PingInvoice}},
            {T::PingReceipt, {S::Paid, S::Refunding, S::Refunded}, Holds::Link, kStays, {Kind::PingReceipt}},
        };
        t += settling(T::Cancel, S::Cancelled);
        t += settling(T::Edit, S::Cancelled);
        t += settling(T::PaidInCash, S::PaidCash);
        return t;
    }();
    return rows;
}

std::optional<Step> next(SaleState from, SaleTrigger on, Holds held)
{
    for (const Row &row : table()) {
        if (row.on == on && row.from.contains(from) && (row.holds == Holds::Any || row.holds == held))
            return Step {row.to.value_or(from), row.jobs};
    }
    return std::nullopt;
}

std::optional<Step> next(const Sale &sale, SaleTrigger on)
{
    std::optional<Step> step = next(sale.state, on, holds(sale));
    if (step && sale.orderClosed)
        step->jobs.removeAll(Kind::CloseOrder);
    return step;
}

Holds holds(const Sale &sale)
{
    if (!sale.paymentLinkId.isEmpty())
        return Holds::Link;
    return sale.paymentOrderId.isEmpty() ? Holds::Nothing : Holds::Order;
}

std::optional<SaleState> aim(SaleTrigger on)
{
    std::optional<SaleState> to;
    for (const Row &row : table()) {
        if (row.on != on)
            continue;
        if (!row.to || (to && *to != *row.to))
            return std::nullopt;
        to = row.to;
    }
    return to;
}

int runOrder(OutboxJob::Kind kind)
{
    switch (kind) {
    case Kind::CreateOrder:
        return 0;
    case Kind::ReplaceLink: // then the create_link it queues
    case Kind::CreateLink:
        return 1;
    case Kind::Distribute:
        return 2;
    case Kind::CancelLink:
        return 3;
    case Kind::CloseOrder:
        return 4;
    case Kind::CloseOrphans:
    case Kind::Refund:
        return 5;
    case Kind::PingInvoice: // of the link as it stands once the others are done
    case Kind::PingReceipt:
        return 6;
    case Kind::PrepareOrder: // the till's own jobs: no sale's order to keep
    case Kind::CloseSpareOrder:
        return 0;
    }
    return 5;
}

void sortForRunning(QList<OutboxJob> *jobs)
{
    std::sort(jobs->begin(), jobs->end(), [](const OutboxJob &a, const OutboxJob &b) {
        if (a.saleId != b.saleId)
            return a.saleId < b.saleId;
        if (runOrder(a.kind) != runOrder(b.kind))
            return runOrder(a.kind) < runOrder(b.kind);
        return a.id < b.id;
    });
}

QString triggerKey(SaleTrigger on)
{
    switch (on) {
    case T::OrderCreated:
        return u"order_created"_s;
    case T::LinkCreated:
        return u"link_created"_s;
    case T::LinkPaid:
        return u"link_paid"_s;
    case T::LinkExpired:
        return u"link_expired"_s;
    case T::LinkCancelledElsewhere:
        return u"link_cancelled_elsewhere"_s;
    case T::LinkCancelled:
        return u"link_cancelled"_s;
    case T::LinkReplaced:
        return u"link_replaced"_s;
    case T::LinkPaidBeforeCancel:
        return u"link_paid_before_cancel"_s;
    case T::JobRefused:
        return u"job_refused"_s;
    case T::ReplaceRefused:
        return u"replace_refused"_s;
    case T::RefundRefused:
        return u"refund_refused"_s;
    case T::Refunded:
        return u"refunded"_s;
    case T::Cancel:
        return u"cancel"_s;
    case T::Edit:
        return u"edit"_s;
    case T::PaidInCash:
        return u"paid_in_cash"_s;
    case T::NewLink:
        return u"new_link"_s;
    case T::Distribute:
        return u"distribute"_s;
    case T::Refund:
        return u"refund"_s;
    case T::Invoice:
        return u"invoice"_s;
    case T::Remind:
        return u"remind"_s;
    case T::PingInvoice:
        return u"ping_invoice"_s;
    case T::PingReceipt:
        return u"ping_receipt"_s;
    }
    return {};
}

} // namespace SaleLifecycle
