#pragma once

#include "synctimings.h"

#include <QObject>

class Clock;
class PingClient;
class QTimer;
class Reachability;
class SaleService;
struct PaymentLinkInfo;
struct Sale;

// Follows the links of unpaid sales: the one on the customer screen every second, all others in
// one list request, less often the older the youngest of them is. Paused while offline.
class StatusPoller : public QObject
{
    Q_OBJECT
public:
    StatusPoller(SaleService &sales,
                 PingClient &client,
                 Reachability &reachability,
                 const Clock &clock,
                 const SyncTimings &timings,
                 QObject *parent = nullptr);

    void start();
    void setFocusSale(qint64 saleId);
    void pollAllNow(); // after a reconnect, or when a status callback arrived

private:
    void pollFocused();
    void pollAll();
    void scheduleAll();
    void apply(const Sale &sale, const PaymentLinkInfo &info);

    SaleService &m_sales;
    PingClient &m_client;
    Reachability &m_reachability;
    const Clock &m_clock;
    SyncTimings m_timings;
    QTimer *m_focusTimer;
    QTimer *m_allTimer;
    qint64 m_focusSaleId = 0;
    bool m_focusBusy = false;
    bool m_allBusy = false;
};
