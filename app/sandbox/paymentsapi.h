#pragma once

#include "sandbox/sandboxrouter.h"

namespace Sandbox {

class PaymentFlow;
class SandboxStore;
struct SandboxOrder;
struct SandboxPayment;

// The Payments API (ping-api.md §2.1) under /payments/api/v1: merchants, payment orders and their
// lifecycle (close, split, settle), payments (the dummy provider ends where it is told), payouts.
class PaymentsApi
{
public:
    PaymentsApi(SandboxStore *store, PaymentFlow *flow);
    void registerRoutes(SandboxRouter &router);

    QJsonObject orderJson(const SandboxOrder &order) const;
    static QJsonObject paymentJson(const SandboxPayment &payment);

private:
    SandboxResponse listMerchants(const SandboxRequest &request);
    SandboxResponse createMerchant(const SandboxRequest &request);
    SandboxResponse getMerchant(const QString &id);
    SandboxResponse listOrders(const SandboxRequest &request);
    SandboxResponse createOrder(const SandboxRequest &request);
    SandboxResponse getOrder(const QString &id);
    SandboxResponse updateOrder(const SandboxRequest &request, const QString &id);
    SandboxResponse closeOrder(const SandboxRequest &request, const QString &id);
    SandboxResponse splitOrSettle(const SandboxRequest &request, const QString &id, bool settle);
    SandboxResponse initiatePayment(const SandboxRequest &request, const QString &orderId);
    SandboxResponse getPayment(const QString &orderId, const QString &paymentId);
    SandboxResponse listPayouts(const SandboxRequest &request);
    SandboxResponse getPayout(const QString &id);

    SandboxOrder *findOrder(const QString &id, SandboxResponse *error);
    // Reads from/to (and the newer created_at_from/created_at_to) into *from/*to; the 422 otherwise.
    static std::optional<SandboxResponse> readRange(const SandboxRequest &request, QDateTime *from, QDateTime *to);

    SandboxStore *m_store;
    PaymentFlow *m_flow;
};

} // namespace Sandbox
