#include "statuspoller.h"

#include "clock/clock.h"
#include "ping/pingclient.h"
#include "reachability.h"
#include "sale/saleservice.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

StatusPoller::StatusPoller(SaleService &sales,
                           PingClient &client,
                           Reachability &reachability,
                           const Clock &clock,
                           const SyncTimings &timings,
                           QObject *parent)
    : QObject(parent)
    , m_sales(sales)
    , m_client(client)
    , m_reachability(reachability)
    , m_clock(clock)
    , m_timings(timings)
    , m_focusTimer(new QTimer(this))
    , m_allTimer(new QTimer(this))
{
    m_focusTimer->setInterval(m_timings.focusPollMs);
    connect(m_focusTimer, &QTimer::timeout, this, [this] { pollSale(m_focusSaleId); });
    m_allTimer->setSingleShot(true);
    connect(m_allTimer, &QTimer::timeout, this, &StatusPoller::pollAll);
    connect(&m_reachability, &Reachability::onlineChanged, this, [this](bool online) {
        if (online)
            pollAllNow(); // resume at once
    });
}

void StatusPoller::start()
{
    pollAll();
}

void StatusPoller::setFocusSale(qint64 saleId)
{
    m_focusSaleId = saleId;
    if (saleId == 0) {
        m_focusTimer->stop();
        return;
    }
    m_focusTimer->start();
    pollSale(saleId);
}

void StatusPoller::pollAllNow()
{
    m_allTimer->stop();
    pollAll();
}

void StatusPoller::pollSale(qint64 saleId)
{
    Sale sale;
    if (m_linkPolls.contains(saleId) || !m_reachability.isOnline() || !m_sales.queries().load(saleId, &sale))
        return;
    if (sale.paymentLinkId.isEmpty() || sale.state != SaleState::LinkReady)
        return;
    m_linkPolls.insert(saleId);
    m_client.getPaymentLink(sale.paymentLinkId, [this, saleId](const PingResponse &r) {
        m_linkPolls.remove(saleId);
        m_reachability.observe(r);
        if (!r.ok())
            return;
        // Compared with the sale as it is now: the seller may have replaced the link meanwhile.
        const PaymentLinkInfo info = PingJson::paymentLinkInfo(r.body.toObject());
        Sale sale;
        if (m_sales.queries().load(saleId, &sale) && sale.state == SaleState::LinkReady
            && sale.paymentLinkId == info.id)
            apply(sale, info);
    });
}

void StatusPoller::scheduleAll()
{
    const QList<Sale> open = m_sales.queries().openLinkSales();
    if (open.isEmpty()) {
        m_allTimer->start(m_timings.listPollIntervalMs(0)); // look again soon; nothing to ask yet
        return;
    }
    qint64 youngest = std::numeric_limits<qint64>::max();
    const QDateTime now = m_clock.nowUtc();
    for (const Sale &sale : open)
        youngest = qMin(youngest, sale.createdAt.secsTo(now));
    m_allTimer->start(m_timings.listPollIntervalMs(youngest));
}

void StatusPoller::pollAll()
{
    if (m_allBusy)
        return;
    if (!m_reachability.isOnline() || m_sales.queries().openLinkSales().isEmpty()) {
        scheduleAll(); // offline: the reconnect resumes us at once
        return;
    }
    m_allBusy = true;
    m_client.listPaymentLinks([this](const PingResponse &r) {
        m_allBusy = false;
        m_reachability.observe(r);
        if (r.ok()) {
            QHash<QString, PaymentLinkInfo> byId;
            for (const QJsonValue &v : r.body.toArray()) {
                const PaymentLinkInfo info = PingJson::paymentLinkInfo(v.toObject());
                byId.insert(info.id, info);
            }
            for (const Sale &sale : m_sales.queries().openLinkSales()) {
                const auto it = byId.constFind(sale.paymentLinkId);
                if (it != byId.cend())
                    apply(sale, *it);
            }
        }
        scheduleAll();
    });
}

void StatusPoller::apply(const Sale &sale, const PaymentLinkInfo &info)
{
    // Most answers say what the database says already: compare before touching it, as one list
    // answer covers every open sale.
    if (sale.smsStatus != info.smsStatus || sale.distributedByEmail != info.distributedByEmail)
        m_sales.outcomes().recordDeliveryStatus(sale.id, info.smsStatus, info.distributedByEmail);
    if (sale.linkStatus != info.status)
        m_sales.outcomes().recordLinkStatus(sale.id, info.status);
    // A declined, aborted or crashed payment leaves the link CREATED: only the payment says so. The
    // link names its newest payment; the order is read when that is new or its outcome still open.
    const bool underWay = SaleStates::isPaymentUnderWay(sale.lastPaymentStatus);
    if (info.status == u"CREATED"_s && !info.paymentId.isEmpty() && (info.paymentId != sale.lastPaymentId || underWay))
        checkPayment(sale, info);
}

void StatusPoller::checkPayment(const Sale &sale, const PaymentLinkInfo &info)
{
    if (m_paymentChecks.contains(sale.id))
        return;
    m_paymentChecks.insert(sale.id);
    m_client.getPaymentOrder(sale.paymentOrderId, [this, sale, info](const PingResponse &r) {
        m_paymentChecks.remove(sale.id);
        m_reachability.observe(r);
        if (!r.ok())
            return;
        for (const PaymentInfo &payment : PingJson::orderPayments(r.body.toObject())) {
            if (payment.id == info.paymentId
                && (payment.id != sale.lastPaymentId || payment.status != sale.lastPaymentStatus))
                m_sales.outcomes().recordPaymentStatus(sale.id, info.id, payment.id, payment.status);
        }
    });
}
