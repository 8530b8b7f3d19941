#include "sandbox/sandboxserver.h"

#include "sandbox/adminapi.h"
#include "sandbox/callbackdispatcher.h"
#include "sandbox/checkoutpage.h"
#include "sandbox/faultinjector.h"
#include "sandbox/paymentflow.h"
#include "sandbox/paymentlinksapi.h"
#include "sandbox/paymentsapi.h"
#include "sandbox/refundsapi.h"
#include "sandbox/responsewriter.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/tenantapi.h"
#include "sandbox/tenantfill.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace Sandbox {

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(std::make_unique<SandboxStore>(config))
    , m_faults(std::make_unique<FaultInjector>(&m_store->ids()))
    , m_flow(new PaymentFlow(m_store.get(), config.linkLifetimeDays, this))
    , m_callbacks(new CallbackDispatcher(config.callbackRetryBaseMs, config.callbackMaxAttempts, this))
{
    m_paymentsApi = std::make_unique<PaymentsApi>(m_store.get(), m_flow);
    m_linksApi = std::make_unique<PaymentLinksApi>(m_store.get(), m_flow, [this] { return publicBaseUrl(); });
    m_refundsApi = std::make_unique<RefundsApi>(m_store.get(), m_flow);
    m_tenantApi = std::make_unique<TenantApi>(m_store.get());
    m_checkout = std::make_unique<CheckoutPage>(m_store.get(), m_flow);
    m_admin = std::make_unique<AdminApi>(AdminApi::Parts {m_store.get(), m_flow, m_faults.get(), m_callbacks,
                                                          m_linksApi.get(), m_paymentsApi.get(), &m_requests,
                                                          config.linkLifetimeDays, [this] {
                                                              return publicBaseUrl();
                                                          }});
    m_paymentsApi->registerRoutes(m_router);
    m_linksApi->registerRoutes(m_router);
    m_refundsApi->registerRoutes(m_router);
    m_tenantApi->registerRoutes(m_router);
    m_checkout->registerRoutes(m_router);
    m_admin->registerRoutes(m_router);

    connect(m_flow, &PaymentFlow::linkStatusChanged, this, &SandboxServer::onLinkStatusChanged);
    connect(m_flow, &PaymentFlow::paymentStatusChanged, this, &SandboxServer::onPaymentStatusChanged);
    // Links also expire while nobody asks, so their callbacks go out on time.
    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (m_flow->expireDueLinks() > 0)
            persist();
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    QString why;
    if (!m_store->load(&why)) {
        if (error)
            *error = why;
        return false;
    }
    // --fill fills an empty tenant only, so a --state that was filled once is not filled again.
    if ((m_config.fill.merchants > 0 || m_config.fill.links > 0) && m_store->links().isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        m_config.fill.apply(m_store.get(), m_config.linkLifetimeDays);
        const qint64 filled = timer.elapsed();
        if (!m_store->save(&why)) {
            if (error)
                *error = why;
            return false;
        }
        qCInfo(lcSandbox).noquote() << u"filled %1 merchants and %2 links in %3 ms, saved in %4 ms"_s
                                           .arg(m_config.fill.merchants)
                                           .arg(m_config.fill.links)
                                           .arg(filled)
                                           .arg(timer.elapsed() - filled);
    }
    m_http = new SandboxHttpServer(
        [this](const SandboxRequest &request, QPointer<QTcpSocket> socket) { dispatch(request, socket); }, this);
    m_port = m_http->listen(address, port);
    if (m_port == 0) {
        if (error)
            *error = u"cannot listen on %1:%2"_s.arg(address.toString()).arg(port);
        delete m_http;
        m_http = nullptr;
        return false;
    }
    m_address = address;
    m_expiryTimer.start();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::publicBaseUrl() const
{
    if (!m_config.publicBaseUrl.isEmpty()) {
        QUrl url = m_config.publicBaseUrl;
        url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0));
        return url;
    }
    // On 0.0.0.0 the checkout must open on a phone on the same Wi-Fi, so name a LAN address.
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4) {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                QUrl url = baseUrl();
                url.setHost(address.toString());
                return url;
            }
        }
    }
    return baseUrl();
}

QString SandboxServer::tenantId() const
{
    return m_store->tenantId();
}

QString SandboxServer::merchantId() const
{
    return m_store->merchantId();
}

QString SandboxServer::splitTreeId() const
{
    return m_store->splitTreeId();
}

std::optional<SandboxResponse> SandboxServer::authenticate(const SandboxRequest &request) const
{
    const bool api = request.path.startsWith(u"/payments/api/"_s) || request.path.startsWith(u"/payment_links/api/"_s);
    if (!api || request.path.endsWith(u"/ping"_s))
        return std::nullopt;
    if (!request.hasHeader("tenant_id"))
        return SandboxResponse::error(403, u"forbidden"_s, u"Missing tenant_id header"_s, u"tenant_id"_s);
    if (QString::fromUtf8(request.header("tenant_id")).compare(m_store->tenantId(), Qt::CaseInsensitive) != 0)
        return SandboxResponse::error(403, u"forbidden"_s, u"Unknown tenant"_s, u"tenant_id"_s);
    if (!m_config.apiSecret.isEmpty() && QString::fromUtf8(request.header("x-api-secret")) != m_config.apiSecret)
        return SandboxResponse::error(401, u"unauthorized"_s, u"Missing or wrong x-api-secret"_s, u"x-api-secret"_s);
    return std::nullopt;
}

SandboxResponse SandboxServer::handle(const SandboxRequest &request)
{
    const bool expired = m_flow->expireDueLinks() > 0;
    SandboxResponse response;
    if (auto refusal = authenticate(request))
        response = *refusal;
    else if (!m_router.dispatch(request, &response))
        response = SandboxResponse::error(404, u"not_found"_s, u"No such endpoint: %1"_s.arg(request.path));
    if (request.currentRevision() && request.path.startsWith(u"/payment_links/api/"_s)
        && (response.status == 403 || response.status == 404))
        response = SandboxResponse::flatError(response);
    if (expired || (request.method != "GET" && request.method != "HEAD"))
        persist();
    return response;
}

void SandboxServer::persist()
{
    QString error;
    if (!m_store->save(&error))
        qCWarning(lcSandbox).noquote() << error;
}

void SandboxServer::dispatch(const SandboxRequest &request, QPointer<QTcpSocket> socket)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const bool close = request.header("connection").toLower() == "close";
    const FaultInjector::Plan plan = m_faults->plan(request);
    auto run = [this, request, socket, plan, close, elapsed] {
        const auto log = [&](const QString &outcome, int status = 0, qint64 bodyBytes = 0) {
            if (!request.path.startsWith(u"/_sandbox/"_s) && request.path != u"/_sandbox"_s) {
                const QString route = m_router.patternFor(request);
                m_requests.count(QString::fromLatin1(request.method) + u' ' + (route.isEmpty() ? request.path : route),
                                 status, bodyBytes);
            }
            QString line = u"%1 %2 %3 %4ms %5"_s.arg(QString::fromLatin1(request.method), request.path, outcome)
                               .arg(elapsed.elapsed())
                               .arg(request.peer.toString());
            if (!plan.fired.isEmpty())
                line += u" fault=%1"_s.arg(plan.fired.join(u','));
            qCInfo(lcSandbox).noquote() << line;
        };
        const QString kind = plan.outcome ? plan.outcome->kind : QString();
        if (kind == u"drop_before_apply"_s) {
            log(u"dropped"_s);
            ResponseWriter::drop(socket);
            return;
        }
        if (kind == u"status"_s || kind == u"rate_limit"_s) {
            SandboxResponse response;
            const int status = kind == u"rate_limit"_s ? 429 : plan.outcome->status;
            if (status == 500 || status == 429) {
                response =
                    SandboxResponse::error(status, status == 429 ? u"rate_limited"_s : u"internal_server_error"_s,
                                           QString::fromLatin1(SandboxResponse::reasonPhrase(status)));
            } else {
                // 502/503/504 come from the load balancer in front of a real service: HTML, not JSON.
                response = SandboxResponse::html(u"<html><body><h1>%1 %2</h1></body></html>"_s.arg(status).arg(
                                                     QString::fromLatin1(SandboxResponse::reasonPhrase(status))),
                                                 status);
            }
            if (status == 429)
                response.headers.append({"Retry-After"_ba, QByteArray::number(plan.outcome->retryAfter)});
            ResponseWriter::write(socket, response, close);
            log(QString::number(status), status, response.body.size());
            return;
        }
        if (kind == u"captive_portal"_s) {
            // A network's login page answers in place of the service: nothing reached it.
            ResponseWriter::write(
                socket,
                SandboxResponse::html(u"<html><head><title>Wi-Fi login</title></head><body><form>"
                                      u"<h1>Welcome! Log in to use the Internet</h1></form></body></html>"_s,
                                      200),
                close);
            log(u"200 captive portal"_s);
            return;
        }
        if (kind == u"redirect"_s) {
            SandboxResponse moved = SandboxResponse::html(u"<html><body>Moved</body></html>"_s, 302);
            moved.headers.append({"Location"_ba, plan.outcome->location.toUtf8()});
            ResponseWriter::write(socket, moved, close);
            log(u"302 to %1"_s.arg(plan.outcome->location));
            return;
        }
        if (kind == u"endless"_s) {
            log(u"200 endless"_s);
            ResponseWriter::endless(socket);
            return;
        }
        if (kind == u"late_apply"_s) {
            // The connection dies unanswered; the request is applied later (a slow server that
            // finishes what the client gave up on).
            log(u"dropped, applied in %1ms"_s.arg(plan.outcome->ms));
            ResponseWriter::drop(socket);
            QTimer::singleShot(plan.outcome->ms, this, [this, request] {
                const SandboxResponse late = handle(request);
                qCInfo(lcSandbox).noquote()
                    << u"%1 %2 %3 late apply"_s.arg(QString::fromLatin1(request.method), request.path).arg(late.status);
            });
            return;
        }
        SandboxResponse response = handle(request);
        if (kind == u"answer_field"_s)
            response =
                ResponseWriter::withField(response, plan.outcome->field, plan.outcome->value, plan.outcome->whereId);
        if (kind == u"drop_after_apply"_s) {
            log(u"%1 dropped"_s.arg(response.status), response.status);
            ResponseWriter::drop(socket);
        } else if (kind == u"slow_drip"_s) {
            log(u"%1 dripping"_s.arg(response.status), response.status, response.body.size());
            ResponseWriter::drip(socket, response, plan.outcome->bytes, plan.outcome->intervalMs, close);
        } else if (kind == u"malformed_json"_s) {
            log(u"%1 malformed"_s.arg(response.status), response.status, response.body.size());
            ResponseWriter::write(socket, ResponseWriter::malformed(response), close);
        } else {
            log(QString::number(response.status), response.status, response.body.size());
            ResponseWriter::write(socket, response, close);
        }
    };
    if (plan.latencyMs > 0)
        QTimer::singleShot(plan.latencyMs, this, run);
    else
        run();
}

void SandboxServer::onLinkStatusChanged(const QString &linkId, const QString &status, const QDateTime &at)
{
    const SandboxLink *link = m_store->link(linkId);
    if (!link || link->callbackUrl.isEmpty())
        return;
    // "occured_at" (sic) is how the real service spells it (ping-api.md §3).
    m_callbacks->send(QUrl(link->callbackUrl),
                      QJsonObject {{u"payment_link_id"_s, linkId},
                                   {u"status"_s, status},
                                   {u"occured_at"_s, SandboxClock::format(at)}});
}

void SandboxServer::onPaymentStatusChanged(const QString &paymentId, const QString &status, const QDateTime &at)
{
    const SandboxPayment *payment = m_store->payment(paymentId);
    if (!payment || payment->statusCallbackUrl.isEmpty())
        return;
    m_callbacks->send(QUrl(payment->statusCallbackUrl),
                      QJsonObject {{u"payment_id"_s, paymentId},
                                   {u"payment_order_id"_s, payment->orderId},
                                   {u"status"_s, status},
                                   {u"occurred_at"_s, SandboxClock::format(at)}});
}

} // namespace Sandbox
