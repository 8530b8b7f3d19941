#include "statuspoller.h"

#include "answercosts.h"
#include "attemptlog.h"
#include "clock/clock.h"
#include "provider/paymentprovider.h"
#include "reachability.h"
#include "sale/saleservice.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

StatusPoller::StatusPoller(SaleService &sales,
                           PaymentProvider &provider,
                           Reachability &reachability,
                           AnswerCosts &costs,
                           const Clock &clock,
                           const SyncTimings &timings,
                           QObject *parent)
    : QObject(parent)
    , m_sales(sales)
    , m_provider(provider)
    , m_reachability(reachability)
    , m_costs(costs)
    , m_clock(clock)
    , m_timings(timings)
    , m_focusTimer(new QTimer(this))
    , m_dueTimer(new QTimer(this))
{
    m_focusTimer->setInterval(m_timings.focusPollMs);
    connect(m_focusTimer, &QTimer::timeout, this, [this] { pollSale(m_focusSaleId); });
    m_dueTimer->setSingleShot(true);
    connect(m_dueTimer, &QTimer::timeout, this, &StatusPoller::pollDue);
    connect(&m_reachability, &Reachability::onlineChanged, this, [this](bool online) {
        if (online)
            pollAllNow(); // resume at once
    });
}

void StatusPoller::start()
{
    pollDue();
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
    m_dueAt.clear();
    m_doubtListDueAt = {};
    pollDue();
}

void StatusPoller::pollSale(qint64 saleId)
{
    Sale sale;
    if (m_linkPolls.contains(saleId) || !m_reachability.isOnline() || !m_sales.queries().load(saleId, &sale))
        return;
    if (sale.paymentLinkId.isEmpty() || sale.state != SaleState::LinkReady)
        return;
    m_linkPolls.insert(saleId);
    m_provider.getLink(sale.paymentLinkId,
                       [this, saleId, createdAt = sale.createdAt](const ProviderReply &r, const LinkSnapshot &info) {
                           m_linkPolls.remove(saleId);
                           m_reachability.observe(r);
                           if (r.ok()) {
                               m_costs.noteLink(r.answerBytes);
                               // Compared with the sale as it is now: the seller may have replaced the link meanwhile.
                               Sale now;
                               if (m_sales.queries().load(saleId, &now) && now.state == SaleState::LinkReady
                                   && now.paymentLinkId == info.id)
                                   apply(now, info);
                           }
                           polled(saleId, createdAt);
                           schedule();
                       });
}

void StatusPoller::polled(qint64 saleId, const QDateTime &createdAt)
{
    // A sale no longer open keeps its entry until pollDue drops it; schedule() looks at open ones only.
    const QDateTime now = m_clock.nowUtc();
    m_dueAt.insert(saleId, now.addMSecs(m_timings.listPollIntervalMs(createdAt.secsTo(now))));
}

QSet<qint64> StatusPoller::salesInDoubt(const QList<Sale> &open) const
{
    QSet<qint64> doubt;
    if (m_tillId.isEmpty() || open.isEmpty())
        return doubt;
    // A request applied later than the settle window can make a second link beside the one the
    // sale adopted or made after it; twice the window is as late as an apply is looked for.
    const QDateTime now = m_clock.nowUtc();
    const QMultiHash<qint64, QString> requests = m_sales.queries().linkRequestsOfOpenSales();
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        const QList<QDateTime> unknown = AttemptLog::unknownAttempts(it.value());
        if (!unknown.isEmpty() && unknown.last().msecsTo(now) < 2 * m_timings.settleMs)
            doubt.insert(it.key());
    }
    return doubt;
}

void StatusPoller::schedule()
{
    const QList<Sale> open = m_sales.queries().openLinkSales();
    if (open.isEmpty()) {
        m_dueAt.clear();
        m_dueTimer->start(m_timings.listPollIntervalMs(0)); // look again soon; nothing to ask yet
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    qint64 waitMs = m_timings.listPollIntervalMs(std::numeric_limits<qint64>::max());
    for (const Sale &sale : open) {
        if (m_linkPolls.contains(sale.id))
            continue; // its answer schedules it
        const auto due = m_dueAt.constFind(sale.id);
        waitMs = qMin(waitMs, due == m_dueAt.cend() ? 0 : qMax<qint64>(0, now.msecsTo(*due)));
    }
    if (m_doubtListDueAt.isValid() && !salesInDoubt(open).isEmpty())
        waitMs = qMin(waitMs, qMax<qint64>(0, now.msecsTo(m_doubtListDueAt)));
    m_dueTimer->start(int(waitMs));
}

void StatusPoller::pollDue()
{
    if (!m_reachability.isOnline()) {
        schedule(); // offline: the reconnect resumes us at once
        return;
    }
    const QList<Sale> open = m_sales.queries().openLinkSales();
    QSet<qint64> openIds;
    for (const Sale &sale : open)
        openIds.insert(sale.id);
    for (auto it = m_dueAt.begin(); it != m_dueAt.end();)
        it = openIds.contains(it.key()) ? std::next(it) : m_dueAt.erase(it);

    const QDateTime now = m_clock.nowUtc();
    QList<qint64> due;
    for (const Sale &sale : open) {
        const auto at = m_dueAt.constFind(sale.id);
        if (!m_linkPolls.contains(sale.id) && (at == m_dueAt.cend() || *at <= now))
            due.append(sale.id);
    }
    if (!m_listBusy) {
        // On a small account one list costs less than reading every open link once: then all of
        // them are read together, on the schedule of the one due first.
        if (!due.isEmpty() && m_costs.listIsCheaper(int(open.size()))) {
            readList(false);
            return;
        }
        if ((!m_doubtListDueAt.isValid() || m_doubtListDueAt <= now) && !salesInDoubt(open).isEmpty())
            readList(true);
    }
    for (const qint64 saleId : std::as_const(due)) {
        if (m_linkPolls.size() >= kParallelReads)
            break; // the next answer schedules the rest
        pollSale(saleId);
    }
    schedule();
}

void StatusPoller::readList(bool forSecondLinksOnly)
{
    m_listBusy = true;
    m_provider.listLinks([this, forSecondLinksOnly](const ProviderReply &r, const QList<LinkSnapshot> &links) {
        m_listBusy = false;
        m_reachability.observe(r);
        const QDateTime now = m_clock.nowUtc();
        if (r.ok()) {
            m_costs.noteList(r.answerBytes);
            QHash<QString, LinkSnapshot> byId;
            for (const LinkSnapshot &info : links)
                byId.insert(info.id, info);
            const QList<Sale> open = m_sales.queries().openLinkSales();
            if (!forSecondLinksOnly) {
                for (const Sale &sale : open) {
                    const auto it = byId.constFind(sale.paymentLinkId);
                    if (it != byId.cend() && !m_linkPolls.contains(sale.id))
                        apply(sale, *it);
                    polled(sale.id, sale.createdAt);
                }
            }
            cancelSecondLinks(open, links);
        }
        // Second links are looked for once per cycle of the youngest open link's schedule.
        qint64 youngest = std::numeric_limits<qint64>::max();
        for (const Sale &sale : m_sales.queries().openLinkSales())
            youngest = qMin(youngest, sale.createdAt.secsTo(now));
        m_doubtListDueAt = now.addMSecs(m_timings.listPollIntervalMs(youngest));
        schedule();
    });
}

void StatusPoller::apply(const Sale &sale, const LinkSnapshot &info)
{
    // A status counts only for the link this sale made: on its order, for its total. (Where an
    // answer leaves them out, the link id alone decides — docs/SANDBOX.md.)
    const bool otherOrder = !info.paymentOrderId.isEmpty() && info.paymentOrderId != sale.paymentOrderId;
    const bool otherTotal = info.totalOre != 0 && info.totalOre != sale.total.ore();
    if (otherOrder || otherTotal) {
        if (!m_mismatched.contains(sale.id)) {
            m_mismatched.insert(sale.id);
            qCWarning(lcSync) << "link" << info.id << "of sale" << sale.number << "is on order" << info.paymentOrderId
                              << "for" << info.totalOre << "öre; the sale is on" << sale.paymentOrderId << "for"
                              << sale.total.ore() << "- its status is not taken";
        }
        return;
    }
    // Most answers say what the database says already: compare before touching it, as one list
    // answer covers every open sale.
    if (sale.smsStatus != info.smsStatus || sale.distributedByEmail != info.distributedByEmail)
        m_sales.outcomes().recordDeliveryStatus(sale.id, info.smsStatus, info.distributedByEmail);
    if (sale.linkStatus != info.status)
        m_sales.outcomes().recordLinkStatus(sale.id, info.status);
    // A declined, aborted or crashed payment leaves the link open: only the payment says so. The
    // link names its newest payment; the order is read when that is new or its outcome still open.
    const bool underWay = SaleStates::isPaymentUnderWay(sale.lastPaymentStatus);
    if (info.status == LinkStatus::Created && !info.paymentId.isEmpty()
        && (info.paymentId != sale.lastPaymentId || underWay))
        checkPayment(sale, info);
}

void StatusPoller::checkPayment(const Sale &sale, const LinkSnapshot &info)
{
    if (m_paymentChecks.contains(sale.id))
        return;
    m_paymentChecks.insert(sale.id);
    m_provider.getOrder(sale.paymentOrderId, [this, sale, info](const ProviderReply &r, const OrderSnapshot &order) {
        m_paymentChecks.remove(sale.id);
        m_reachability.observe(r);
        if (!r.ok())
            return;
        for (const PaymentSnapshot &payment : order.payments) {
            if (payment.id == info.paymentId
                && (payment.id != sale.lastPaymentId || payment.status != sale.lastPaymentStatus))
                m_sales.outcomes().recordPaymentStatus(sale.id, info.id, payment.id, payment.status);
        }
    });
}

void StatusPoller::cancelSecondLinks(const QList<Sale> &open, const QList<LinkSnapshot> &links)
{
    if (m_tillId.isEmpty())
        return;
    // Only sales whose link is ready: none of them is making a link now, so a live link of ours for
    // one of them, other than the one it shows, is a second one.
    QHash<qint64, QString> shown;
    for (const Sale &sale : open)
        shown.insert(sale.number, sale.paymentLinkId);
    for (const LinkSnapshot &link : links) {
        if (link.tag.tillId != m_tillId || link.status != LinkStatus::Created)
            continue;
        const auto it = shown.constFind(link.tag.saleNumber);
        if (it == shown.cend() || *it == link.id || m_cancelling.contains(link.id))
            continue;
        qCInfo(lcSync) << "cancelling a second live link" << link.id << "of sale" << link.tag.saleNumber;
        m_cancelling.insert(link.id);
        m_provider.cancelLink(link.id, [this, id = link.id](const ProviderReply &r) {
            m_cancelling.remove(id); // not cancelled (offline): the next list finds it again
            m_reachability.observe(r);
        });
    }
}
