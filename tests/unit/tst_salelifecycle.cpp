#include "sale/sale.h"
#include "sale/salelifecycle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = OutboxJob::Kind;
using S = SaleState;
using T = SaleTrigger;
using H = SaleLifecycle::Holds;

namespace {
constexpr SaleState kStates[] = {S::Committed, S::OrderCreated, S::LinkReady, S::Paid,      S::PaidCash,
                                 S::Cancelled, S::Expired,      S::Failed,    S::Refunding, S::Refunded};
constexpr SaleTrigger kTriggers[] = {T::OrderCreated,
                                     T::LinkCreated,
                                     T::LinkPaid,
                                     T::LinkExpired,
                                     T::LinkCancelledElsewhere,
                                     T::LinkCancelled,
                                     T::LinkReplaced,
                                     T::LinkPaidBeforeCancel,
                                     T::JobRefused,
                                     T::ReplaceRefused,
                                     T::RefundRefused,
                                     T::Refunded,
                                     T::Cancel,
                                     T::Edit,
                                     T::PaidInCash,
                                     T::NewLink,
                                     T::Distribute,
                                     T::Refund,
                                     T::Invoice,
                                     T::Remind};
constexpr H kHoldings[] = {H::Nothing, H::Order, H::Link};
constexpr SaleState kSettled[] = {S::Paid, S::PaidCash, S::Cancelled, S::Expired, S::Failed, S::Refunding, S::Refunded};
constexpr SaleState kUnsettled[] = {S::Committed, S::OrderCreated, S::LinkReady};

// The life of a sale as the product describes it (docs/ARCHITECTURE.md), written out here apart
// from the code: from, trigger, what the sale holds (Any: whatever), to, the jobs queued.
struct Expected
{
    SaleState from;
    SaleTrigger on;
    H holds;
    SaleState to;
    QList<Kind> jobs;
};

QList<Expected> expectedLife()
{
    QList<Expected> e {
        {S::Committed, T::OrderCreated, H::Any, S::OrderCreated, {Kind::CreateLink}},
        {S::OrderCreated, T::LinkCreated, H::Any, S::LinkReady, {}},
        {S::LinkReady, T::LinkPaid, H::Any, S::Paid, {Kind::CloseOrder}},
        {S::LinkReady, T::LinkExpired, H::Any, S::Expired, {Kind::CloseOrder}},
        {S::LinkReady, T::LinkCancelledElsewhere, H::Any, S::Cancelled, {Kind::CloseOrder}},
        {S::LinkReady, T::LinkPaidBeforeCancel, H::Any, S::Paid, {Kind::CloseOrder}},
        {S::OrderCreated, T::LinkPaidBeforeCancel, H::Any, S::Paid, {Kind::CloseOrder}},
        // Cancelled (or paid in cash) while the payer paid by the link: the money is paid out.
        {S::Cancelled, T::LinkPaidBeforeCancel, H::Any, S::Paid, {Kind::CloseOrder}},
        {S::PaidCash, T::LinkPaidBeforeCancel, H::Any, S::PaidCash, {Kind::CloseOrder}},
        {S::Committed, T::JobRefused, H::Any, S::Failed, {}},
        {S::OrderCreated, T::JobRefused, H::Any, S::Failed, {}},
        {S::OrderCreated, T::ReplaceRefused, H::Any, S::LinkReady, {}},
        {S::Refunding, T::RefundRefused, H::Any, S::Paid, {}},
        {S::Refunding, T::Refunded, H::Any, S::Refunded, {}},
        {S::LinkReady, T::NewLink, H::Link, S::OrderCreated, {Kind::ReplaceLink}},
        {S::Paid, T::Refund, H::Any, S::Refunding, {Kind::Refund}},
        {S::PaidCash, T::Refund, H::Any, S::Refunded, {}},
        {S::LinkReady, T::Invoice, H::Link, S::OrderCreated, {Kind::ReplaceLink}},
        {S::Committed, T::Invoice, H::Any, S::Committed, {}},
        {S::OrderCreated, T::Invoice, H::Any, S::OrderCreated, {}},
        {S::Expired, T::Remind, H::Any, S::Committed, {Kind::CreateOrder}},
        {S::LinkReady, T::Remind, H::Any, S::OrderCreated, {Kind::ReplaceLink}},
        {S::Committed, T::Remind, H::Any, S::Committed, {}},
        {S::OrderCreated, T::Remind, H::Any, S::OrderCreated, {}},
    };
    for (SaleState s : kSettled) {
        e.append({s, T::OrderCreated, H::Any, s, {Kind::CloseOrder}}); // came after the sale was settled
        e.append({s, T::LinkCreated, H::Any, s, {Kind::CancelLink}});
        e.append({s, T::LinkReplaced, H::Any, s, {Kind::CloseOrder}});
    }
    for (SaleState s : kUnsettled) {
        e.append({s, T::LinkReplaced, H::Any, s, {Kind::CreateLink}});
        e.append({s, T::Distribute, H::Any, s, {Kind::Distribute}});
    }
    for (SaleState s : kStates)
        e.append({s, T::LinkCancelled, H::Any, s, {Kind::CloseOrder}});
    for (auto [on, to] : {std::pair {T::Cancel, S::Cancelled}, {T::Edit, S::Cancelled}, {T::PaidInCash, S::PaidCash}}) {
        e.append({S::Committed, on, H::Any, to, {}});
        e.append({S::OrderCreated, on, H::Link, to, {Kind::CancelLink}});
        e.append({S::OrderCreated, on, H::Order, to, {Kind::CloseOrder}});
        e.append({S::LinkReady, on, H::Any, to, {Kind::CancelLink}});
    }
    return e;
}

const Expected *expectedFor(const QList<Expected> &life, SaleState from, SaleTrigger on, H holds)
{
    for (const Expected &e : life) {
        if (e.from == from && e.on == on && (e.holds == H::Any || e.holds == holds))
            return &e;
    }
    return nullptr;
}

QString jobsText(const QList<Kind> &jobs)
{
    QStringList keys;
    for (Kind k : jobs)
        keys.append(Outbox::kindKey(k));
    return keys.join(u","_s);
}

QString where(SaleState from, SaleTrigger on, H holds)
{
    return u"%1 on %2 holding %3"_s.arg(SaleStates::key(from), SaleLifecycle::triggerKey(on)).arg(int(holds));
}
} // namespace

class TestSaleLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void aNewSaleCreatesItsOrder()
    {
        const SaleLifecycle::Step first = SaleLifecycle::start();
        QCOMPARE(first.to, S::Committed);
        QCOMPARE(first.jobs, QList<Kind> {Kind::CreateOrder});
    }

    // On a payment order made ahead (SpareOrders) the sale starts where an order's answer would
    // have put it: only its link is left to ask for.
    void aNewSaleOnASpareOrderCreatesOnlyItsLink()
    {
        const SaleLifecycle::Step first = SaleLifecycle::start(SaleLifecycle::Holds::Order);
        QCOMPARE(first.to, S::OrderCreated);
        QCOMPARE(first.jobs, QList<Kind> {Kind::CreateLink});
        QVERIFY(SaleStates::canTransition(S::Committed, first.to));
    }

    // Row by row: every state × trigger × holding gives exactly what the life above says, and
    // anything it does not list is refused (no row).
    void everyRowAndOnlyThose()
    {
        const QList<Expected> life = expectedLife();
        int rows = 0;
        for (SaleState from : kStates) {
            for (SaleTrigger on : kTriggers) {
                for (H holds : kHoldings) {
                    const std::optional<SaleLifecycle::Step> step = SaleLifecycle::next(from, on, holds);
                    const Expected *want = expectedFor(life, from, on, holds);
                    const QString at = where(from, on, holds);
                    if (!want) {
                        QVERIFY2(!step,
                                 qPrintable(at + u" should be refused, goes to "_s
                                            + (step ? SaleStates::key(step->to) : QString())));
                        continue;
                    }
                    ++rows;
                    QVERIFY2(step, qPrintable(at + u" is refused"_s));
                    QVERIFY2(step->to == want->to, qPrintable(at + u" goes to "_s + SaleStates::key(step->to)));
                    QVERIFY2(
                        step->jobs == want->jobs,
                        qPrintable(at + u" queues "_s + jobsText(step->jobs) + u", not "_s + jobsText(want->jobs)));
                }
            }
        }
        QVERIFY(rows > 100);
    }

    void illegalEventsAreRefused()
    {
        QVERIFY(!SaleLifecycle::next(S::Paid, T::Cancel, H::Link)); // paid is paid
        QVERIFY(!SaleLifecycle::next(S::Cancelled, T::PaidInCash, H::Link));
        QVERIFY(!SaleLifecycle::next(S::Committed, T::NewLink, H::Nothing)); // no link to replace
        QVERIFY(!SaleLifecycle::next(S::LinkReady, T::Refund, H::Link)); // not paid yet
        QVERIFY(!SaleLifecycle::next(S::Refunded, T::Refund, H::Link)); // never twice
        QVERIFY(!SaleLifecycle::next(S::Paid, T::Invoice, H::Link));
        QVERIFY(!SaleLifecycle::next(S::Expired, T::LinkPaid, H::Link)); // a status the sale is past
    }

    // The table stays inside the one graph of states.
    void everyStateChangeIsATransitionThatExists()
    {
        for (const SaleLifecycle::Row &row : SaleLifecycle::table()) {
            if (!row.to)
                continue;
            for (SaleState from : row.from) {
                QVERIFY2(SaleStates::canTransition(from, *row.to),
                         qPrintable(where(from, row.on, row.holds) + u" -> "_s + SaleStates::key(*row.to)));
            }
        }
    }

    void aClosedOrderIsNotClosedAgain()
    {
        Sale sale;
        sale.state = S::Cancelled;
        sale.paymentOrderId = u"po"_s;
        sale.paymentLinkId = u"pl"_s;
        QCOMPARE(SaleLifecycle::next(sale, T::LinkCancelled)->jobs, QList<Kind> {Kind::CloseOrder});
        sale.orderClosed = true;
        QVERIFY(SaleLifecycle::next(sale, T::LinkCancelled)->jobs.isEmpty());
    }

    void aSalesJobsRunInTheOrderOfItsLife()
    {
        auto job = [](qint64 id, qint64 sale, Kind kind) {
            OutboxJob j;
            j.id = id;
            j.saleId = sale;
            j.kind = kind;
            return j;
        };
        // Queued in the order a seller might cause them: sent before the link existed, etc.
        QList<OutboxJob> jobs {job(1, 2, Kind::CloseOrder),  job(2, 1, Kind::Distribute),  job(3, 1, Kind::CreateLink),
                               job(4, 1, Kind::CancelLink),  job(5, 1, Kind::CreateOrder), job(6, 2, Kind::Refund),
                               job(7, 1, Kind::ReplaceLink), job(8, 1, Kind::CloseOrder)};
        SaleLifecycle::sortForRunning(&jobs);
        QList<qint64> ids;
        for (const OutboxJob &j : jobs)
            ids.append(j.id);
        QCOMPARE(ids, (QList<qint64> {5, 3, 7, 2, 4, 8, 1, 6}));
    }
};

QTEST_APPLESS_MAIN(TestSaleLifecycle)
#include "tst_salelifecycle.moc"
