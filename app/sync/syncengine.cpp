#include "syncengine.h"

#include "attemptlog.h"
#include "clock/clock.h"
#include "provider/paymentprovider.h"
#include "reachability.h"
#include "sale/saleservice.h"
#include "statuspoller.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "stallpay.sync")

namespace {
// Orders and links remember when each attempt left (AttemptLog).
bool logsAttemptsOf(OutboxJob::Kind kind)
{
    return kind == OutboxJob::Kind::CreateOrder || kind == OutboxJob::Kind::CreateLink
        || kind == OutboxJob::Kind::PrepareOrder;
}

// A look at a settle window's end is due this long after it (timers may fire a little early).
constexpr qint64 kPastTheWindowMs = 100;
} // namespace

SyncEngine::SyncEngine(
    SaleService &sales, PaymentProvider &provider, const Clock &clock, const SyncTimings &timings, QObject *parent)
    : QObject(parent)
    , m_sales(sales)
    , m_provider(provider)
    , m_clock(clock)
    , m_timings(timings)
    , m_runner(sales, provider, m_costs, clock, timings.settleMs)
    , m_backoff(timings.backoffBaseMs, timings.backoffCapMs)
    , m_random(QRandomGenerator::securelySeeded())
    , m_reachability(new Reachability(provider, timings.probeMinMs, timings.probeMaxMs, this))
    , m_poller(new StatusPoller(sales, provider, *m_reachability, m_costs, clock, timings, this))
    , m_pumpTimer(new QTimer(this))
    , m_heldTimer(new QTimer(this))
{
    m_provider.setTransferTimeoutMs(timings.transferTimeoutMs);
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &SyncEngine::pump);
    m_heldTimer->setSingleShot(true);
    connect(m_heldTimer, &QTimer::timeout, this, &SyncEngine::pump);
    // New jobs wake the worker at once.
    connect(&m_sales, &SaleService::outboxChanged, this, [this] {
        if (m_started)
            m_pumpTimer->start(0);
    });
    connect(m_reachability, &Reachability::serviceRecovered, this, [this] { m_sales.outcomes().wakeJobs(); });
    connect(m_reachability, &Reachability::onlineChanged, this, [this](bool online) {
        if (online)
            m_sales.outcomes().wakeJobs(); // everything that waited for the network is due now
        emit onlineChanged(online);
    });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setLinkDefaults(const LinkDefaults &defaults)
{
    m_runner.setLinkDefaults(defaults);
    m_poller->setTillId(defaults.tillId);
}

QString SyncEngine::connectionTrouble() const
{
    return m_reachability->trouble();
}

bool SyncEngine::isOnline() const
{
    return m_reachability->isOnline();
}

void SyncEngine::start()
{
    m_started = true;
    m_pumpTimer->start(0);
    m_poller->start();
}

void SyncEngine::statusCallbackReceived()
{
    m_poller->pollAllNow();
}

void SyncEngine::pollSale(qint64 saleId)
{
    if (m_started) // before, the client has nowhere to ask
        m_poller->pollSale(saleId);
}

void SyncEngine::setFocusSale(qint64 saleId)
{
    m_poller->setFocusSale(saleId);
    if (saleId == m_focusSaleId)
        return;
    m_focusSaleId = saleId;
    emit focusSaleChanged(saleId);
}

void SyncEngine::pump()
{
    if (!m_reachability->isOnline())
        return; // the probe brings us back, and wakeJobs() calls us then
    const QDateTime now = m_clock.nowUtc();
    qint64 nextDueMs = -1;
    QSet<qint64> seenSales;
    const QList<OutboxJob> jobs = m_sales.queries().openJobs();
    if (m_timings.spareOrder && keepSpareOrder(jobs, now))
        return; // it queued a job: outboxChanged pumps again
    // An order or link of another sale may be in the air, not yet known to the database: orphan
    // sweeps wait, without a write, until no sale is creating one (the last one's finish pumps).
    const bool ordersUnderWay = std::any_of(jobs.cbegin(), jobs.cend(), [](const OutboxJob &j) {
        return j.kind == OutboxJob::Kind::CreateOrder || j.kind == OutboxJob::Kind::CreateLink
            || j.kind == OutboxJob::Kind::ReplaceLink;
    });
    for (const OutboxJob &job : jobs) {
        if (job.kind == OutboxJob::Kind::CloseOrphans && ordersUnderWay)
            continue;
        // Jobs of one sale run in order: only its oldest open job may run.
        if (seenSales.contains(job.saleId))
            continue;
        seenSales.insert(job.saleId);
        if (m_running.contains(job.saleId))
            continue;
        if (job.nextAttemptAt.isValid() && job.nextAttemptAt > now) {
            const qint64 wait = now.msecsTo(job.nextAttemptAt);
            nextDueMs = nextDueMs < 0 ? wait : qMin(nextDueMs, wait);
            continue;
        }
        if (m_running.size() >= m_timings.maxParallelSales)
            break;
        if (!run(job))
            return; // held: nothing else goes out either; m_heldTimer (or a new job) tries again
    }
    if (nextDueMs >= 0)
        m_pumpTimer->start(int(qMin<qint64>(nextDueMs, 60 * 60 * 1000)));
}

bool SyncEngine::keepSpareOrder(const QList<OutboxJob> &jobs, const QDateTime &now)
{
    if (m_spareRefused)
        return false; // the service refused to make one: Charge makes its order, as without
    SpareOrders &spares = m_sales.spareOrders();
    const QList<SpareOrder> open = spares.open();
    for (const SpareOrder &spare : open) {
        if (!SpareOrders::isFresh(spare, now))
            return spares.retire(spare); // aged: closed, and a fresh one made after
    }
    const bool preparing = std::any_of(jobs.cbegin(), jobs.cend(),
                                       [](const OutboxJob &j) { return j.kind == OutboxJob::Kind::PrepareOrder; });
    if (!open.isEmpty() || preparing)
        return false;
    return spares.prepare();
}

void SyncEngine::retireSpareOrders()
{
    for (const SpareOrder &spare : m_sales.spareOrders().open())
        m_sales.spareOrders().retire(spare);
}

bool SyncEngine::run(const OutboxJob &job)
{
    Sale sale;
    if (!OutboxJob::isTillJob(job.kind) && !m_sales.queries().load(job.saleId, &sale))
        return true;
    const bool wasInFlight = job.status == OutboxJob::Status::InFlight;
    const QDateTime sentAt = m_clock.nowUtc();
    OutboxJob sent = job;
    std::optional<QString> payload;
    // Orders and links remember when each attempt left: a lost answer's order is found by its
    // time, and a link request of unknown outcome is given the settle window before another.
    const bool logsAttempts = logsAttemptsOf(job.kind);
    if (logsAttempts)
        payload = sent.payload = AttemptLog::markSent(job.payload, sentAt);
    // Nothing leaves that is not recorded: a request sent without its mark would be sent again
    // after a restart, as if it never went (37 payment orders for 3 sales on a full disk).
    QString error;
    if (!m_sales.outcomes().recordJobInFlight(job, payload, &error)) {
        hold(error);
        return false;
    }
    resume();
    m_running.insert(job.saleId);
    m_runner.run(sent, sale, wasInFlight,
                 [this, sent, wasInFlight, sentAt](const ProviderReply &r, const JobRunner::OnSuccess &onSuccess) {
                     finish(sent, wasInFlight, sentAt, r, onSuccess);
                 });
    return true;
}

void SyncEngine::hold(const QString &databaseError)
{
    qCWarning(lcSync) << "holding the outbox: a job could not be marked in flight:" << databaseError;
    const bool wasHeld = isHeld();
    m_heldReason = QCoreApplication::translate("SyncEngine",
                                               "Stallpay cannot write to its database (%1), so it sends nothing to the "
                                               "payment service. Free some disk space or check the data folder; "
                                               "sending resumes by itself.")
                       .arg(databaseError);
    m_heldRetryMs = wasHeld ? qMin(m_heldRetryMs * 2, m_timings.probeMaxMs) : m_timings.probeMinMs;
    m_heldTimer->start(m_heldRetryMs);
    if (!wasHeld)
        emit heldChanged(true);
}

void SyncEngine::resume()
{
    if (!isHeld())
        return;
    qCInfo(lcSync) << "the database takes writes again: sending resumes";
    m_heldReason.clear();
    m_heldTimer->stop();
    emit heldChanged(false);
}

void SyncEngine::finish(const OutboxJob &sent,
                        bool wasInFlight,
                        const QDateTime &sentAt,
                        const ProviderReply &r,
                        const JobRunner::OnSuccess &onSuccess)
{
    m_running.remove(sent.saleId);
    m_reachability->observe(r);
    switch (r.outcome) {
    case ProviderReply::Outcome::Ok:
        if (!onSuccess())
            qCWarning(lcSync) << "could not store the result of job" << sent.id << Outbox::kindKey(sent.kind);
        break;
    case ProviderReply::Outcome::Rejected:
        if (OutboxJob::isTillJob(sent.kind)) {
            qCWarning(lcSync) << "the payment service refused" << Outbox::kindKey(sent.kind) << ":" << r.message();
            m_sales.spareOrders().recordFailed(sent, r.message());
            m_spareRefused = m_spareRefused || sent.kind == OutboxJob::Kind::PrepareOrder;
        } else {
            m_sales.outcomes().recordJobFailed(sent, r.record());
        }
        break;
    case ProviderReply::Outcome::Retryable:
    case ProviderReply::Outcome::Unknown: {
        const bool unknown = r.outcome == ProviderReply::Outcome::Unknown;
        const QDateTime now = m_clock.nowUtc();
        const QDateTime notBefore = r.retryAfterSeconds > 0 ? now.addSecs(r.retryAfterSeconds) : QDateTime();
        std::optional<QString> payload;
        if (logsAttemptsOf(sent.kind))
            payload = unknown ? AttemptLog::keepPendingAsUnknown(sent.payload) : AttemptLog::dropPending(sent.payload);
        qint64 delayMs = m_backoff.delayMs(sent.attempts, r.retryAfterSeconds, m_random);
        // A request of unknown outcome is looked for again by the end of its settle window at the
        // latest: after many failures the backoff reaches minutes, and the sale would wait that
        // long for the look that decides whether to ask again (the server's Retry-After still holds).
        if (const QList<QDateTime> unknowns = payload ? AttemptLog::unknownAttempts(*payload) : QList<QDateTime>();
            !unknowns.isEmpty()) {
            const qint64 windowLeftMs = now.msecsTo(unknowns.last().addMSecs(m_timings.settleMs));
            if (windowLeftMs > 0)
                delayMs = qMax(qMin(delayMs, windowLeftMs + kPastTheWindowMs), qint64(r.retryAfterSeconds) * 1000);
        }
        const QDateTime next = now.addMSecs(delayMs);
        // Once an attempt may have been applied, the job reconciles before every later attempt.
        const bool makesOrder = sent.kind == OutboxJob::Kind::CreateOrder || sent.kind == OutboxJob::Kind::PrepareOrder;
        const bool stayInFlight = unknown || (wasInFlight && !makesOrder);
        if (OutboxJob::isTillJob(sent.kind))
            m_sales.spareOrders().recordRetry(sent, r.message(), next, notBefore, stayInFlight, sentAt, payload);
        else
            m_sales.outcomes().recordJobRetry(sent, r.record(), next, notBefore, stayInFlight, sentAt, payload);
        break;
    }
    }
    m_pumpTimer->start(0);
}
