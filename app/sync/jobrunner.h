#pragma once

#include "documentjobs.h"
#include "ping/pingtypes.h"
#include "store/outbox.h"

#include <functional>

class PingClient;
class SaleService;
struct PingResponse;
struct Sale;

// What a payment link is made of besides the sale itself: from settings.
struct LinkDefaults
{
    QString locale = QStringLiteral("sv-SE");
    LinkSupplier supplier;
    QList<PaymentMethodChoice> methods;
    int dueDays = 0; // 0: no due date
    QUrl statusCallbackUrl;
};

// Carries out one outbox job against the API, reconciling first where an earlier attempt may
// have been applied. It never decides about retries: it hands the response and "what to store
// on success" to the engine.
class JobRunner
{
public:
    using OnSuccess = std::function<bool()>;
    using Finish = std::function<void(const PingResponse &response, const OnSuccess &onSuccess)>;

    JobRunner(SaleService &sales, PingClient &client);

    void setLinkDefaults(const LinkDefaults &defaults) { m_defaults = defaults; }
    void setOrphanMarginSeconds(int seconds) { m_orphanMarginSeconds = seconds; }
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
    PingClient &m_client;
    DocumentJobs m_documents;
    LinkDefaults m_defaults;
    int m_orphanMarginSeconds = 60;
};
