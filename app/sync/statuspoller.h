#pragma once

#include "synctimings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

class AnswerCosts;
class Clock;
class PaymentProvider;
class QTimer;
class Reachability;
class SaleService;
struct LinkSnapshot;
struct Sale;

// Follows the links of unpaid sales, each on its own schedule: the one on the customer screen
// every second, every other one by its own age (SyncTimings::listPollByAge), read by itself — one
// GET of that link — so the cost follows this till's open links, not the account's (a platform
// tenant holds every merchant's links). The account's whole list is read instead only where it is
// measured to cost less than the links due now (AnswerCosts), and while a sale's link request of
// unknown outcome could still bring a second live link (until twice the settle window after it),
// which is then cancelled. Paused while offline.
class StatusPoller : public QObject
{
    Q_OBJECT
public:
    StatusPoller(SaleService &sales,
                 PaymentProvider &provider,
                 Reachability &reachability,
                 AnswerCosts &costs,
                 const Clock &clock,
                 const SyncTimings &timings,
                 QObject *parent = nullptr);

    void start();
    // Links tagged with this till's id are ours: a second live one of a sale is cancelled.
    void setTillId(const QString &tillId) { m_tillId = tillId; }
    void setFocusSale(qint64 saleId);
    void pollAllNow(); // after a reconnect, or when a status callback arrived: every open link is due
    // Reads one sale's link (and its newest payment, where that changed) now, once: e.g. the sale
    // the seller opened. The focus sale is polled so every second.
    void pollSale(qint64 saleId);

    // At most this many single-link reads in the air at once; the rest follow as answers come.
    static constexpr int kParallelReads = 4;

private:
    void pollDue();
    void schedule();
    void readList(bool forSecondLinksOnly);
    // Sales of which a link request had an unknown outcome recently enough that the service may
    // still apply it: a second live link can only come from these.
    QSet<qint64> salesInDoubt(const QList<Sale> &open) const;
    void polled(qint64 saleId, const QDateTime &createdAt); // read now: due again by its age
    void apply(const Sale &sale, const LinkSnapshot &info);
    // A payment attempt on the link is new or still under way: its outcome is in the payment order.
    void checkPayment(const Sale &sale, const LinkSnapshot &info);
    // A live link of ours for a sale that already pays through another (a create whose answer was
    // lost and applied late): cancelled, so only one link can ever be paid.
    void cancelSecondLinks(const QList<Sale> &open, const QList<LinkSnapshot> &links);

    SaleService &m_sales;
    PaymentProvider &m_provider;
    Reachability &m_reachability;
    AnswerCosts &m_costs;
    const Clock &m_clock;
    SyncTimings m_timings;
    QTimer *m_focusTimer;
    QTimer *m_dueTimer;
    qint64 m_focusSaleId = 0;
    QHash<qint64, QDateTime> m_dueAt; // open sales' next read; a sale not in it is due now
    QSet<qint64> m_linkPolls; // sales whose link is being read
    QSet<qint64> m_paymentChecks; // sales whose payment order is being read
    bool m_listBusy = false;
    QDateTime m_doubtListDueAt; // the next list read for second links
    QString m_tillId;
    QSet<QString> m_cancelling; // second links being cancelled
    QSet<qint64> m_mismatched; // sales whose link answered for another order or total (logged once)
};
