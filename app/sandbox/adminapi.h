#pragma once

#include <QUrl>
#include <functional>

#include "sandbox/sandboxrouter.h"

namespace Sandbox {

class CallbackDispatcher;
class FaultInjector;
class PaymentFlow;
class PaymentLinksApi;
class PaymentsApi;
class RequestCounter;
class SandboxStore;

// The test and demo controls under /_sandbox/ (a prefix the real API never uses): the account,
// payment outcomes, the clock, the outbox, callbacks, faults, reset, a tenant fill, request counts,
// and an HTML overview.
class AdminApi
{
public:
    struct Parts
    {
        SandboxStore *store;
        PaymentFlow *flow;
        FaultInjector *faults;
        CallbackDispatcher *callbacks;
        const PaymentLinksApi *links;
        const PaymentsApi *payments;
        RequestCounter *requests;
        int linkLifetimeDays;
        std::function<QUrl()> publicBase; // where checkout pages are served (account: checkout_base)
    };
    explicit AdminApi(const Parts &parts);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxResponse account() const;
    SandboxResponse settleLink(const SandboxRequest &request, const QString &id, const QString &status);
    SandboxResponse setPaymentStatus(const SandboxRequest &request, const QString &id);
    SandboxResponse setMerchantStatus(const SandboxRequest &request, const QString &id);
    SandboxResponse setTenant(const SandboxRequest &request);
    SandboxResponse sms() const;
    SandboxResponse setSms(const SandboxRequest &request);
    SandboxResponse clock() const;
    SandboxResponse moveClock(const SandboxRequest &request);
    SandboxResponse outbox(const SandboxRequest &request) const;
    SandboxResponse addFault(const SandboxRequest &request);
    SandboxResponse reset();
    SandboxResponse fill(const SandboxRequest &request);
    SandboxResponse overview() const;

    Parts m_parts;
};

} // namespace Sandbox
