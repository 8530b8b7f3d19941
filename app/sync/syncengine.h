#pragma once

#include "answercosts.h"
#include "backoff.h"
#include "jobrunner.h"
#include "synctimings.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>

class Clock;
class PaymentProvider;
class QTimer;
class Reachability;
class SaleService;
class StatusPoller;

// Works the outbox and follows payment statuses, from and into the database through SaleService,
// talking to the payment service only through PaymentProvider: jobs of one sale in order, up to
// maxParallelSales sales at a time; woken by new jobs, timers and reconnects, never busy. Retries
// with capped exponential backoff and full jitter, honouring Retry-After; a refused request (4xx
// but 408/429) is not retried but shown with the API's words. A request leaves only after its
// "in flight" mark is on disk; when that write fails the engine holds (isHeld) and sends nothing
// until a write succeeds again.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SaleService &sales,
               PaymentProvider &provider,
               const Clock &clock,
               const SyncTimings &timings = {},
               QObject *parent = nullptr);
    ~SyncEngine() override;

    void setLinkDefaults(const LinkDefaults &defaults);
    void setFocusSale(qint64 saleId);
    // The seller looks at this sale (its detail): read its link and newest payment once, now.
    void pollSale(qint64 saleId);
    // A status callback arrived (CallbackReceiver): look at every open link now.
    void statusCallbackReceived();
    void start();
    // The till quits: a spare payment order is retired, durably; its close_spare_order job goes
    // out at the next start (before a new spare is made), so no order is left that no sale uses.
    void retireSpareOrders();
    bool isOnline() const;
    // Why the service is not reached, when it is more than silence (Reachability::trouble).
    QString connectionTrouble() const;
    const SyncTimings &timings() const { return m_timings; }
    // How many jobs are being sent right now (for tests and the status bar).
    int runningCount() const { return int(m_running.size()); }

    qint64 focusSale() const { return m_focusSaleId; }

    // The database would not take a job's "in flight" mark (a full disk, a read-only folder), so
    // nothing is sent: what the seller should know, in their language. Tried again with growing
    // pauses and at every new job; the first mark that is written resumes the engine.
    bool isHeld() const { return !m_heldReason.isEmpty(); }
    QString heldReason() const { return m_heldReason; }

signals:
    void onlineChanged(bool online);
    // The sale being paid at the till now (0: none), for the customer screen.
    void focusSaleChanged(qint64 saleId);
    void heldChanged(bool held);

private:
    void pump();
    // One spare payment order ready (SpareOrders): an aged one retired, a missing one prepared.
    // True when it queued a job.
    bool keepSpareOrder(const QList<OutboxJob> &jobs, const QDateTime &now);
    // False when the job could not be marked in flight: it was not sent, and the engine holds.
    bool run(const OutboxJob &job);
    void hold(const QString &databaseError);
    void resume();
    void finish(const OutboxJob &sent,
                bool wasInFlight,
                const QDateTime &sentAt,
                const ProviderReply &response,
                const JobRunner::OnSuccess &onSuccess);

    SaleService &m_sales;
    PaymentProvider &m_provider;
    const Clock &m_clock;
    SyncTimings m_timings;
    AnswerCosts m_costs; // what reading links costs, learnt by the runner's and the poller's lists
    JobRunner m_runner;
    Backoff m_backoff;
    QRandomGenerator m_random;
    Reachability *m_reachability;
    StatusPoller *m_poller;
    QTimer *m_pumpTimer;
    QTimer *m_heldTimer; // tries the write again while held
    QString m_heldReason;
    int m_heldRetryMs = 0;
    QSet<qint64> m_running; // sale ids with a job under way in this process
    bool m_started = false;
    bool m_spareRefused = false; // the service refused a spare order: none is made in this run
    qint64 m_focusSaleId = 0;
};
