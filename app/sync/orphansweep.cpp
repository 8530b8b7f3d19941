#include "orphansweep.h"

using namespace Qt::StringLiterals;

EventRecord SweepPlan::event() const
{
    if (linksToCancel.isEmpty() && ordersToClose.isEmpty() && ordersLeftOpen.isEmpty())
        return EventRecord::noOrphans();
    return EventRecord::sweep(ordersToClose, linksToCancel, ordersLeftOpen);
}

namespace OrphanSweep {

SweepPlan plan(const QString &tillId,
               const QList<OrderSnapshot> &windowOrders,
               const QList<LinkSnapshot> &links,
               const QSet<QString> &knownOrderIds,
               const QSet<QString> &knownLinkIds)
{
    SweepPlan plan;
    QSet<QString> linked; // orders any link uses, ours or not
    QSet<QString> provablyOurs; // orders a link of this till uses
    for (const LinkSnapshot &link : links) {
        linked.insert(link.paymentOrderId);
        if (tillId.isEmpty() || link.tag.tillId != tillId)
            continue;
        provablyOurs.insert(link.paymentOrderId);
        // A live link of ours is stray only on an order no sale knows: on a sale's order it is the
        // one that sale's link request made (its answer lost; the reconcile adopts it), or a second
        // one the poll cancels once the sale shows its own.
        if (link.status == LinkStatus::Created && !knownLinkIds.contains(link.id)
            && !knownOrderIds.contains(link.paymentOrderId))
            plan.linksToCancel.append(link.id);
    }
    // Our orders no sale uses: open ones of the windows that a link of ours proves.
    for (const OrderSnapshot &order : windowOrders) {
        if (order.status == OrderStatus::Open && provablyOurs.contains(order.id) && !knownOrderIds.contains(order.id))
            plan.ordersToClose.append(order.id);
    }
    for (const OrderSnapshot &order : windowOrders) {
        if (order.status == OrderStatus::Open && !knownOrderIds.contains(order.id) && !linked.contains(order.id))
            plan.ordersLeftOpen.append(order.id);
    }
    plan.linksToCancel.sort();
    plan.ordersToClose.sort();
    return plan;
}

} // namespace OrphanSweep
