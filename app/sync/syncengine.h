#pragma once

#include "backoff.h"
#include "ping/pingtypes.h"
#include "store/outbox.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <functional>

class Clock;
class PingClient;
class QTimer;
class SaleService;
struct PingResponse;
struct Sale;

// What the sync engine needs from settings to build a payment link for a sale.
struct LinkDefaults
{
    QString locale = QStringLiteral("sv-SE");
    LinkSupplier supplier;
    QList<PaymentMethodChoice> methods;
    int dueDays = 0; // 0: no due date
    QUrl statusCallbackUrl;
};

// Works the outbox (create order, create link, cancel, close) and follows link statuses, from and
// into the database through SaleService. Never blocks; every step is driven by replies and timers.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SaleService &sales, PingClient &client, const Clock &clock, QObject *parent = nullptr);

    void setLinkDefaults(const LinkDefaults &defaults) { m_defaults = defaults; }
    // The sale on the customer screen is polled every second; others in batches, slower.
    void setFocusSale(qint64 saleId);
    void start();
    bool isOnline() const { return m_online; }

signals:
    void onlineChanged(bool online);

private:
    void pump();
    void run(const OutboxJob &job);
    void finishJob(const OutboxJob &job, const PingResponse &response, const std::function<bool()> &onSuccess);
    void createLink(const OutboxJob &job, const Sale &sale);
    void adoptOrCreateLink(const OutboxJob &job, const Sale &sale);
    void closeOrder(const OutboxJob &job, const Sale &sale);
    void distribute(const OutboxJob &job, const Sale &sale, bool wasInFlight);
    void pollFocused();
    void applyLinkInfo(qint64 saleId, const PaymentLinkInfo &info);
    void pollOpenLinks();
    void setOnline(bool online);
    PaymentLinkRequest linkRequestFor(const Sale &sale) const;

    SaleService &m_sales;
    PingClient &m_client;
    const Clock &m_clock;
    LinkDefaults m_defaults;
    Backoff m_backoff;
    QRandomGenerator m_random;
    QSet<qint64> m_running; // sale ids with a job in flight in this process
    QTimer *m_pumpTimer;
    QTimer *m_focusTimer;
    QTimer *m_listTimer;
    qint64 m_focusSaleId = 0;
    bool m_focusPollBusy = false;
    bool m_listPollBusy = false;
    bool m_online = true;
    static constexpr int kMaxParallelSales = 4;
};
