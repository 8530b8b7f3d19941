#pragma once

#include "backoff.h"
#include "jobrunner.h"
#include "synctimings.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class Clock;
class PingClient;
class QTimer;
class Reachability;
class SaleService;
class StatusPoller;

// Works the outbox and follows payment statuses, from and into the database through SaleService:
// jobs of one sale in order, up to maxParallelSales sales at a time; woken by new jobs, timers and
// reconnects, never busy. Retries with capped exponential backoff and full jitter, honouring
// Retry-After; a refused request (4xx but 408/429) is not retried but shown with the API's words.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SaleService &sales,
               PingClient &client,
               const Clock &clock,
               const SyncTimings &timings = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void setLinkDefaults(const LinkDefaults &defaults) { m_runner.setLinkDefaults(defaults); }
    void setFocusSale(qint64 saleId);
    // The seller looks at this sale (its detail): read its link and newest payment once, now.
    void pollSale(qint64 saleId);
    // A status callback arrived (CallbackReceiver): look at every open link now.
    void statusCallbackReceived();
    void start();
    bool isOnline() const;
    const SyncTimings &timings() const { return m_timings; }
    // How many jobs are being sent right now (for tests and the status bar).
    int runningCount() const { return int(m_running.size()); }

    qint64 focusSale() const { return m_focusSaleId; }

signals:
    void onlineChanged(bool online);
    // The sale being paid at the till now (0: none), for the customer screen.
    void focusSaleChanged(qint64 saleId);

private:
    void pump();
    void run(const OutboxJob &job);
    void finish(const OutboxJob &sent,
                bool wasInFlight,
                const QDateTime &sentAt,
                const PingResponse &response,
                const JobRunner::OnSuccess &onSuccess);

    SaleService &m_sales;
    PingClient &m_client;
    const Clock &m_clock;
    SyncTimings m_timings;
    JobRunner m_runner;
    Backoff m_backoff;
    QRandomGenerator m_random;
    Reachability *m_reachability;
    StatusPoller *m_poller;
    QTimer *m_pumpTimer;
    QSet<qint64> m_running; // sale ids with a job under way in this process
    bool m_started = false;
    qint64 m_focusSaleId = 0;
};
