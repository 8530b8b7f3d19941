#pragma once

#include "sandbox/sandboxrouter.h"

namespace Sandbox {

class PaymentFlow;
class SandboxStore;
struct SandboxPayment;

// What can be done to a payment after it was made (ping-api.md §0b): refund it in full
// (POST .../payments/{p}/refund) or stop it (PUT .../payments/{p}/stop). Both revisions serve them.
class RefundsApi
{
public:
    RefundsApi(SandboxStore *store, PaymentFlow *flow);
    void registerRoutes(SandboxRouter &router);

    static const QStringList &reasons(); // fraudulent, requested_by_customer, other

private:
    SandboxResponse refund(const SandboxRequest &request, const QString &orderId, const QString &paymentId);
    SandboxResponse stop(const SandboxRequest &request, const QString &orderId, const QString &paymentId);
    // The payment of that order, or the 422 (bad UUID) / 404 answer in *error.
    SandboxPayment *findPayment(const QString &orderId, const QString &paymentId, SandboxResponse *error);

    SandboxStore *m_store;
    PaymentFlow *m_flow;
};

} // namespace Sandbox
