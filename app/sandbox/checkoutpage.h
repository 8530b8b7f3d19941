#pragma once

#include "sandbox/sandboxrouter.h"

namespace Sandbox {

class PaymentFlow;
class SandboxStore;
struct SandboxLink;

// The payer's page behind each checkout_url: what is bought, and buttons to pay with each of the
// link's payment_provider_methods (or to decline/cancel, for testing); a receipt once paid.
// Plain HTML forms and no script, so it works on any phone and in a test's HTTP client.
class CheckoutPage
{
public:
    CheckoutPage(SandboxStore *store, PaymentFlow *flow);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxResponse show(const SandboxRequest &request, const QString &id);
    SandboxResponse submit(const SandboxRequest &request, const QString &id);
    QString render(const SandboxLink &link, const QString &result);
    QString paymentSection(const SandboxLink &link, const QString &result);
    QString receiptSection(const SandboxLink &link);
    static QString page(const QString &lang, const QString &title, const QString &status, const QString &content);

    SandboxStore *m_store;
    PaymentFlow *m_flow;
};

} // namespace Sandbox
