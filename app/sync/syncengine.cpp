#include "syncengine.h"

#include "ping/pingclient.h"
#include "sale/saleservice.h"
#include "store/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "stallpay.sync")

SyncEngine::SyncEngine(SaleService &sales, PingClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sales(sales)
    , m_client(client)
    , m_clock(clock)
    , m_random(QRandomGenerator::securelySeeded())
    , m_pumpTimer(new QTimer(this))
    , m_focusTimer(new QTimer(this))
    , m_listTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &SyncEngine::pump);
    m_focusTimer->setInterval(1000);
    connect(m_focusTimer, &QTimer::timeout, this, &SyncEngine::pollFocused);
    m_listTimer->setInterval(30 * 1000);
    connect(m_listTimer, &QTimer::timeout, this, &SyncEngine::pollOpenLinks);
    // New jobs wake the worker at once; no busy polling.
    connect(&m_sales, &SaleService::outboxChanged, this, [this] { m_pumpTimer->start(0); });
}

void SyncEngine::start()
{
    m_listTimer->start();
    m_pumpTimer->start(0);
    pollOpenLinks();
}

void SyncEngine::setFocusSale(qint64 saleId)
{
    m_focusSaleId = saleId;
    if (saleId == 0) {
        m_focusTimer->stop();
        return;
    }
    m_focusTimer->start();
    pollFocused();
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "online" : "offline");
    emit onlineChanged(online);
    if (online)
        m_pumpTimer->start(0);
}

void SyncEngine::pump()
{
    const QDateTime now = m_clock.nowUtc();
    qint64 nextDueMs = -1;
    QSet<qint64> seenSales;
    for (const OutboxJob &job : m_sales.openJobs()) {
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
        if (m_running.size() >= kMaxParallelSales)
            break;
        run(job);
    }
    if (nextDueMs >= 0)
        m_pumpTimer->start(int(qMin<qint64>(nextDueMs, 60 * 60 * 1000)));
}

void SyncEngine::run(const OutboxJob &job)
{
    Sale sale;
    if (!m_sales.load(job.saleId, &sale))
        return;
    m_running.insert(job.saleId);
    const bool wasInFlight = job.status == OutboxJob::Status::InFlight;
    m_sales.recordJobInFlight(job);
    switch (job.kind) {
    case OutboxJob::Kind::CreateOrder:
        m_client.createPaymentOrder([this, job](const PingResponse &r) {
            finishJob(job, r,
                      [&] { return m_sales.recordOrderCreated(job.id, job.saleId, r.body[u"id"_s].toString()); });
        });
        break;
    case OutboxJob::Kind::CreateLink:
        // A link request that may have reached the server is looked up before a second one is sent.
        if (wasInFlight)
            adoptOrCreateLink(job, sale);
        else
            createLink(job, sale);
        break;
    case OutboxJob::Kind::CloseOrder:
        closeOrder(job, sale);
        break;
    case OutboxJob::Kind::Distribute:
        distribute(job, sale, wasInFlight);
        break;
    case OutboxJob::Kind::CancelLink:
        m_client.cancelPaymentLink(sale.paymentLinkId, [this, job, sale](const PingResponse &r) {
            if (r.outcome == PingResponse::Outcome::Rejected) {
                // Already cancelled, or paid meanwhile: the link's own status tells which.
                m_client.getPaymentLink(sale.paymentLinkId, [this, job](const PingResponse &link) {
                    finishJob(job, link, [&] {
                        const PaymentLinkInfo info = PingJson::paymentLinkInfo(link.body.toObject());
                        m_sales.recordLinkStatus(job.saleId, info.status, {});
                        return m_sales.recordLinkCancelled(job.id, job.saleId);
                    });
                });
                return;
            }
            finishJob(job, r, [&] { return m_sales.recordLinkCancelled(job.id, job.saleId); });
        });
        break;
    }
}

void SyncEngine::finishJob(const OutboxJob &job, const PingResponse &r, const std::function<bool()> &onSuccess)
{
    m_running.remove(job.saleId);
    setOnline(r.httpStatus != 0);
    switch (r.outcome) {
    case PingResponse::Outcome::Ok:
        if (!onSuccess())
            qCWarning(lcSync) << "could not store the result of job" << job.id;
        break;
    case PingResponse::Outcome::Rejected:
        m_sales.recordJobFailed(job, r.message());
        break;
    case PingResponse::Outcome::Retryable:
    case PingResponse::Outcome::Unknown: {
        const qint64 delay = m_backoff.delayMs(job.attempts, r.retryAfterSeconds, m_random);
        m_sales.recordJobRetry(job, r.message(), m_clock.nowUtc().addMSecs(delay));
        break;
    }
    }
    m_pumpTimer->start(0);
}

PaymentLinkRequest SyncEngine::linkRequestFor(const Sale &sale) const
{
    const PingConfig &config = m_client.config();
    PaymentLinkRequest request;
    request.paymentOrderId = sale.paymentOrderId;
    request.merchantId = config.merchantId;
    request.locale = m_defaults.locale;
    request.supplier = m_defaults.supplier;
    request.methods = m_defaults.methods;
    request.statusCallbackUrl = m_defaults.statusCallbackUrl;
    // The API wants a customer name. A walk-up payer is anonymous, so the link names the sale instead,
    // which is also what the seller and the bookkeeper look it up by.
    request.customer.firstName = m_defaults.locale.startsWith(u"sv"_s) ? u"Kund"_s : u"Customer"_s;
    request.customer.lastName = QString::number(sale.number);
    if (m_defaults.dueDays > 0)
        request.dueDate = sale.saleDate.addDays(m_defaults.dueDays);
    for (const SaleLine &line : sale.lines)
        request.items.append(LinkItem {line.description, line.unitPrice.ore(), line.quantity, line.vatBasisPoints});
    return request;
}

void SyncEngine::createLink(const OutboxJob &job, const Sale &sale)
{
    m_client.createPaymentLink(linkRequestFor(sale), [this, job](const PingResponse &r) {
        finishJob(job, r, [&] {
            const QJsonObject o = r.body.toObject();
            return m_sales.recordLinkCreated(job.id, job.saleId, o[u"id"_s].toString(),
                                             o[u"checkout_url"_s].toString());
        });
    });
}

void SyncEngine::adoptOrCreateLink(const OutboxJob &job, const Sale &sale)
{
    m_client.listPaymentLinks([this, job, sale](const PingResponse &r) {
        if (!r.ok()) {
            finishJob(job, r, [] { return true; });
            return;
        }
        for (const QJsonValue &v : r.body.toArray()) {
            const PaymentLinkInfo info = PingJson::paymentLinkInfo(v.toObject());
            if (info.paymentOrderId == sale.paymentOrderId) {
                qCInfo(lcSync) << "adopting link" << info.id << "of sale" << sale.number;
                finishJob(job, r,
                          [&] { return m_sales.recordLinkCreated(job.id, job.saleId, info.id, info.checkoutUrl); });
                return;
            }
        }
        createLink(job, sale);
    });
}

void SyncEngine::closeOrder(const OutboxJob &job, const Sale &sale)
{
    m_client.closePaymentOrder(sale.paymentOrderId, [this, job, sale](const PingResponse &r) {
        if (r.outcome != PingResponse::Outcome::Rejected) {
            finishJob(job, r, [&] { return m_sales.recordOrderClosed(job.id, job.saleId); });
            return;
        }
        // A 403 on close usually means it is closed already (an earlier answer was lost).
        m_client.getPaymentOrder(sale.paymentOrderId, [this, job, r](const PingResponse &order) {
            if (order.ok() && order.body[u"status"_s].toString() != u"OPEN"_s)
                finishJob(job, order, [&] { return m_sales.recordOrderClosed(job.id, job.saleId); });
            else
                finishJob(job, r, [] { return true; });
        });
    });
}

void SyncEngine::distribute(const OutboxJob &job, const Sale &sale, bool wasInFlight)
{
    const QJsonObject payload = QJsonDocument::fromJson(job.payload.toUtf8()).object();
    QStringList methods;
    for (const QJsonValue &m : payload[u"methods"_s].toArray())
        methods.append(m.toString());
    SaleContact who;
    m_sales.contact(sale.id, &who);
    auto send = [this, job, sale, who](const QStringList &methods) {
        m_client.distributePaymentLink(
            sale.paymentLinkId, methods, who.phone, who.email, [this, job, methods](const PingResponse &r) {
                finishJob(job, r, [&] {
                    return m_sales.recordDistributed(job.id, job.saleId,
                                                     methods.contains(u"sms"_s) ? u"PENDING"_s : QString(),
                                                     methods.contains(u"email"_s));
                });
            });
    };
    if (!wasInFlight) {
        send(methods);
        return;
    }
    // The last attempt may have gone out: the link's delivery state says whether it did, so the
    // payer never gets the same SMS twice.
    m_client.getPaymentLink(sale.paymentLinkId, [this, job, methods, send](const PingResponse &r) {
        if (!r.ok()) {
            finishJob(job, r, [] { return true; });
            return;
        }
        const PaymentLinkInfo info = PingJson::paymentLinkInfo(r.body.toObject());
        const bool smsDone =
            !methods.contains(u"sms"_s) || (!info.smsStatus.isEmpty() && info.smsStatus != u"NOT_CREATED"_s);
        const bool emailDone = !methods.contains(u"email"_s) || info.distributedByEmail;
        if (smsDone && emailDone) {
            finishJob(job, r, [&] {
                return m_sales.recordDistributed(job.id, job.saleId, info.smsStatus, info.distributedByEmail);
            });
            return;
        }
        QStringList remaining;
        if (!smsDone)
            remaining.append(u"sms"_s);
        if (!emailDone)
            remaining.append(u"email"_s);
        send(remaining);
    });
}

void SyncEngine::pollFocused()
{
    Sale sale;
    if (m_focusPollBusy || m_focusSaleId == 0 || !m_sales.load(m_focusSaleId, &sale))
        return;
    if (sale.paymentLinkId.isEmpty() || sale.state != SaleState::LinkReady)
        return;
    m_focusPollBusy = true;
    m_client.getPaymentLink(sale.paymentLinkId, [this, saleId = sale.id](const PingResponse &r) {
        m_focusPollBusy = false;
        setOnline(r.httpStatus != 0);
        if (r.ok())
            applyLinkInfo(saleId, PingJson::paymentLinkInfo(r.body.toObject()));
    });
}

void SyncEngine::pollOpenLinks()
{
    if (m_listPollBusy)
        return;
    m_listPollBusy = true;
    // One request refreshes every open link of the till.
    m_client.listPaymentLinks([this](const PingResponse &r) {
        m_listPollBusy = false;
        setOnline(r.httpStatus != 0);
        if (!r.ok())
            return;
        QHash<QString, PaymentLinkInfo> linksById;
        for (const QJsonValue &v : r.body.toArray()) {
            const PaymentLinkInfo info = PingJson::paymentLinkInfo(v.toObject());
            linksById.insert(info.id, info);
        }
        for (const Sale &sale : m_sales.openLinkSales()) {
            const auto it = linksById.constFind(sale.paymentLinkId);
            if (it != linksById.cend())
                applyLinkInfo(sale.id, *it);
        }
    });
}

void SyncEngine::applyLinkInfo(qint64 saleId, const PaymentLinkInfo &info)
{
    m_sales.recordDeliveryStatus(saleId, info.smsStatus, info.distributedByEmail);
    m_sales.recordLinkStatus(saleId, info.status, {});
}
