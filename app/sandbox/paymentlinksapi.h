#pragma once

#include "sandbox/sandboxrouter.h"

#include <QUrl>

#include <functional>

namespace Sandbox {

class PaymentFlow;
class SandboxStore;
struct SandboxLink;

// The Payment Links API (ping-api.md §2.2) under /payment_links/api/v1, plus the invoice and
// receipt PDFs its URLs point at.
class PaymentLinksApi
{
public:
    PaymentLinksApi(SandboxStore *store, PaymentFlow *flow, std::function<QUrl()> publicBaseUrl);
    void registerRoutes(SandboxRouter &router);

    // currentRevision: sms_status as the current revision spells it (DELIVERD).
    QJsonObject linkJson(const SandboxLink &link, bool currentRevision = true) const;
    QString checkoutUrl(const QString &linkId) const;

private:
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse get(const SandboxRequest &request, const QString &id);
    SandboxResponse cancel(const QString &id);
    SandboxResponse distribute(const SandboxRequest &request, const QString &id);
    SandboxResponse createInvoice(const SandboxRequest &request, const QString &id);
    SandboxResponse getInvoice(const QString &id);
    SandboxResponse getReceipt(const QString &id);
    SandboxResponse document(const QString &id, const QString &kind);
    // The link, or the 422 (bad UUID) / 404 answer in *error.
    SandboxLink *findLink(const QString &id, SandboxResponse *error);
    QString newReference(const QString &type);

    SandboxStore *m_store;
    PaymentFlow *m_flow;
    std::function<QUrl()> m_publicBaseUrl;
};

} // namespace Sandbox
