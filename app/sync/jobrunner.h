#pragma once

#include "documentjobs.h"
#include "provider/paymentprovider.h"
#include "store/outbox.h"

#include <functional>

class AnswerCosts;
class Clock;
class SaleService;
struct Sale;

// What a payment link is made of besides the sale itself: from settings.
struct LinkDefaults
{
    QString locale = QStringLiteral("sv-SE");
    LinkSupplier supplier;
    QList<PaymentMethodChoice> methods;
    int dueDays = 0; // 0: no due date
    QUrl statusCallbackUrl;
    // This till's id (AppSettings::tillId), carried by every link it makes (LinkTag), so a reconcile
    // or a sweep can prove which links are ours. Empty: links carry no tag, sweeps prove nothing.
    QString tillId;
};

// Carries out one outbox job through the payment provider, reconciling first where an earlier
// attempt may have been applied. It never decides about retries: it hands the reply and "what to
// store on success" to the engine.
class JobRunner
{
public:
    using OnSuccess = std::function<bool()>;
    using Finish = std::function<void(const ProviderReply &reply, const OnSuccess &onSuccess)>;

    // settleMs: SyncTimings::settleMs, measured on `clock`. The sizes of the lists it reads go to costs.
    JobRunner(SaleService &sales, PaymentProvider &provider, AnswerCosts &costs, const Clock &clock, qint64 settleMs);

    void setLinkDefaults(const LinkDefaults &defaults) { m_defaults = defaults; }
    // wasInFlight: an earlier attempt of this job may have reached the server.
    void run(const OutboxJob &job, const Sale &sale, bool wasInFlight, Finish finish);

    PaymentLinkRequest linkRequestFor(const Sale &sale) const;

private:
    void createLink(const OutboxJob &job, const Sale &sale, Finish finish);
    void adoptOrCreateLink(const OutboxJob &job, const Sale &sale, Finish finish);
    void cancelLink(const OutboxJob &job, const Sale &sale, Finish finish);
    void closeOrder(const OutboxJob &job, const Sale &sale, Finish finish);
    void distribute(const OutboxJob &job, const Sale &sale, bool wasInFlight, Finish finish);
    void closeOrphans(const OutboxJob &job, Finish finish);
    void refund(const OutboxJob &job, const Sale &sale, Finish finish);

    SaleService &m_sales;
    PaymentProvider &m_provider;
    AnswerCosts &m_costs;
    const Clock &m_clock;
    qint64 m_settleMs;
    DocumentJobs m_documents;
    LinkDefaults m_defaults;
};
