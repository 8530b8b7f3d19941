#pragma once

#include "sandbox/requestcounter.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxrouter.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace Sandbox {

class AdminApi;
class CallbackDispatcher;
class CheckoutPage;
class FaultInjector;
class PaymentFlow;
class PaymentLinksApi;
class PaymentsApi;
class RefundsApi;
class TenantApi;
class SandboxHttpServer;
class SandboxStore;

// ping-sandbox: an emulator of the Ping Payments and Payment Links APIs on one origin
// (<base>/payments/api/v1/..., <base>/payment_links/api/v1/...), with the payer's checkout page
// (<base>/checkout/<id>) and test controls (<base>/_sandbox/). Owns the HTTP server and all state.
// Embedded by the app's demo mode and by tests; bin/ping-sandbox serves it standalone.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxConfig &config = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads --state (if any) and starts listening; port 0 picks a free port.
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    QUrl baseUrl() const; // e.g. http://127.0.0.1:43117 (no trailing slash)
    QUrl publicBaseUrl() const; // base of checkout URLs: --public-url, else a LAN address when on 0.0.0.0
    quint16 port() const { return m_port; }

    QString tenantId() const;
    QString merchantId() const;
    QString splitTreeId() const;

private:
    void dispatch(const SandboxRequest &request, QPointer<QTcpSocket> socket);
    SandboxResponse handle(const SandboxRequest &request);
    std::optional<SandboxResponse> authenticate(const SandboxRequest &request) const;
    void persist();
    void onLinkStatusChanged(const QString &linkId, const QString &status, const QDateTime &at);
    void onPaymentStatusChanged(const QString &paymentId, const QString &status, const QDateTime &at);

    SandboxConfig m_config;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<FaultInjector> m_faults;
    PaymentFlow *m_flow;
    CallbackDispatcher *m_callbacks;
    std::unique_ptr<PaymentsApi> m_paymentsApi;
    std::unique_ptr<PaymentLinksApi> m_linksApi;
    std::unique_ptr<RefundsApi> m_refundsApi;
    std::unique_ptr<TenantApi> m_tenantApi;
    std::unique_ptr<CheckoutPage> m_checkout;
    std::unique_ptr<AdminApi> m_admin;
    SandboxRouter m_router;
    RequestCounter m_requests;
    SandboxHttpServer *m_http = nullptr;
    QTimer m_expiryTimer;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Sandbox
