#pragma once

#include "synctimings.h"

#include <QObject>
#include <QSet>

class Clock;
class PaymentProvider;
class QTimer;
class Reachability;
class SaleService;
struct LinkSnapshot;
struct Sale;

// Follows the links of unpaid sales: the one on the customer screen every second, all others in
// one list request, less often the older the youngest of them is. Paused while offline.
class StatusPoller : public QObject
{
    Q_OBJECT
public:
    StatusPoller(SaleService &sales,
                 PaymentProvider &provider,
                 Reachability &reachability,
                 const Clock &clock,
                 const SyncTimings &timings,
                 QObject *parent = nullptr);

    void start();
    // Links tagged with this till's id are ours: a second live one of a sale is cancelled.
    void setTillId(const QString &tillId) { m_tillId = tillId; }
    void setFocusSale(qint64 saleId);
    void pollAllNow(); // after a reconnect, or when a status callback arrived
    // Reads one sale's link (and its newest payment, where that changed) now, once: e.g. the sale
    // the seller opened. The focus sale is polled so every second.
    void pollSale(qint64 saleId);

private:
    void pollAll();
    void scheduleAll();
    void apply(const Sale &sale, const LinkSnapshot &info);
    // A payment attempt on the link is new or still under way: its outcome is in the payment order.
    void checkPayment(const Sale &sale, const LinkSnapshot &info);
    // A live link of ours for a sale that already pays through another (a create whose answer was
    // lost and applied late): cancelled, so only one link can ever be paid.
    void cancelSecondLinks(const QList<Sale> &open, const QList<LinkSnapshot> &links);

    SaleService &m_sales;
    PaymentProvider &m_provider;
    Reachability &m_reachability;
    const Clock &m_clock;
    SyncTimings m_timings;
    QTimer *m_focusTimer;
    QTimer *m_allTimer;
    qint64 m_focusSaleId = 0;
    QSet<qint64> m_linkPolls; // sales whose link is being read
    QSet<qint64> m_paymentChecks; // sales whose payment order is being read
    bool m_allBusy = false;
    QString m_tillId;
    QSet<QString> m_cancelling; // second links being cancelled
    QSet<qint64> m_mismatched; // sales whose link answered for another order or total (logged once)
};
