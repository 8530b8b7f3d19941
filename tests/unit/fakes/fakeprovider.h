#pragma once

#include "provider/paymentprovider.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

// A payment service in memory, behind the provider seam, for the sync engine's unit tests: it keeps
// orders and links as a real one would, answers every call on the next turn of the event loop, and
// can be told how its next answer to a call goes wrong — refused, not applied (retry), or applied
// with the answer lost. Every call is counted, so a test can say what was sent and what was not.
class FakeProvider : public PaymentProvider
{
public:
    enum class Fault {
        LostAnswer, // applied, but the answer never comes (outcome unknown)
        TimedOut, // no answer and not applied (yet): outcome unknown; a test may apply it late
        NotApplied, // nothing reached the service (retry)
        RateLimited, // 429 with Retry-After (retryAfterSeconds)
        Refused, // 422: the request is wrong
        ServerError, // 503: not applied, though nothing says so (outcome unknown)
    };
    // The next `count` calls of `call` ("createOrder", "createLink", "cancelLink", ...) end so.
    void failNext(const QString &call, Fault fault, int count = 1, int retryAfterSeconds = 0);
    void clearFaults() { m_faults.clear(); }

    // State a test puts there: an order (another till's, or one of ours whose answer was lost) and
    // a link on an order.
    QString addOrder(const QDateTime &createdAt, OrderStatus status = OrderStatus::Open);
    QString addLink(const QString &orderId, const LinkTag &tag, LinkStatus status = LinkStatus::Created);
    void setNow(const QDateTime &now) { m_now = now; }
    // The service changes a link (paid, or a hostile answer's order and total).
    void setLink(const LinkSnapshot &link) { m_links[link.id] = link; }

    // What one link's answer weighs (a Ping link's JSON is about this): the poller weighs by it.
    static constexpr qint64 kLinkAnswerBytes = 1200;

    int calls(const QString &call) const { return m_calls.value(call); }
    QStringList closedOrders() const { return m_closed; }
    QStringList cancelledLinks() const { return m_cancelled; }
    OrderSnapshot order(const QString &id) const { return m_orders.value(id); }
    LinkSnapshot link(const QString &id) const { return m_links.value(id); }
    QList<LinkSnapshot> links() const; // in the order they were made, as the service lists them
    QList<OrderSnapshot> orders() const { return m_orders.values(); }

    void probe(Answer done) override;
    void setTransferTimeoutMs(int ms) override { m_timeoutMs = ms; }
    int transferTimeoutMs() const override { return m_timeoutMs; }
    void createOrder(Done<QString> done) override;
    void getOrder(const QString &orderId, Done<OrderSnapshot> done) override;
    void listOrders(const QDateTime &from, const QDateTime &to, Done<QList<OrderSnapshot>> done) override;
    void closeOrder(const QString &orderId, Answer done) override;
    void createLink(const PaymentLinkRequest &request, Done<LinkSnapshot> done) override;
    void getLink(const QString &linkId, Done<LinkSnapshot> done) override;
    void listLinks(Done<QList<LinkSnapshot>> done) override;
    void cancelLink(const QString &linkId, Answer done) override;
    void distribute(const QString &linkId,
                    const QStringList &channels,
                    const QString &phone,
                    const QString &email,
                    Answer done) override;
    void refund(const QString &orderId,
                const QString &paymentId,
                qint64 amountOre,
                const QString &currency,
                RefundReason reason,
                const QString &note,
                Done<QString> done) override;

private:
    struct Planned
    {
        Fault fault;
        int count;
        int retryAfterSeconds;
    };
    // Counts the call and says how it goes: applied (and answered or not), or not applied.
    // `apply` changes the state; `answer` is called later with the reply.
    void
    handle(const QString &call, const std::function<bool()> &apply, std::function<void(const ProviderReply &)> answer);
    QString nextId(const char *prefix);

    QHash<QString, OrderSnapshot> m_orders;
    QHash<QString, LinkSnapshot> m_links;
    QHash<QString, QList<Planned>> m_faults;
    QHash<QString, int> m_calls;
    QStringList m_closed;
    QStringList m_cancelled;
    QDateTime m_now;
    int m_timeoutMs = 1000;
    int m_ids = 0;
    QObject m_answers; // context of the answers not given yet: they die with the fake
};
