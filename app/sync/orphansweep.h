#pragma once

#include "provider/providertypes.h"
#include "sale/eventrecord.h"

#include <QSet>
#include <QStringList>

// What a sweep may touch at the payment service, decided from what it lists: only what it can
// prove is this till's. A link proves it by its tag (this till's id); an order by such a link on
// it. An open order that nothing proves ours — one from a create-order attempt whose answer was
// lost, or another till's that has no link yet — stays open: an open order without payments costs
// nothing, and closing another till's order would fail that till's sale. Pure, so it is tested as
// a table (tests/unit/tst_syncengine).
struct SweepPlan
{
    QStringList linksToCancel; // our live links no sale of ours uses (a second live link)
    QStringList ordersToClose; // our open orders no sale of ours uses
    QStringList ordersLeftOpen; // open orders of the attempts' windows that nothing proves ours

    // The timeline's event: the IDs kept as its arguments for support (the seller sees counts).
    EventRecord event() const;
};

namespace OrphanSweep {
SweepPlan plan(const QString &tillId,
               const QList<OrderSnapshot> &windowOrders,
               const QList<LinkSnapshot> &links,
               const QSet<QString> &knownOrderIds,
               const QSet<QString> &knownLinkIds);
} // namespace OrphanSweep
