#include "fakeprovider.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

void FakeProvider::failNext(const QString &call, Fault fault, int count, int retryAfterSeconds)
{
    m_faults[call].append(Planned {fault, count, retryAfterSeconds});
}

QString FakeProvider::nextId(const char *prefix)
{
    return u"%1-%2"_s.arg(QLatin1StringView(prefix)).arg(++m_ids);
}

QString FakeProvider::addOrder(const QDateTime &createdAt, OrderStatus status)
{
    OrderSnapshot o;
    o.id = nextId("order");
    o.status = status;
    o.createdAt = createdAt;
    m_orders.insert(o.id, o);
    return o.id;
}

QString FakeProvider::addLink(const QString &orderId, const LinkTag &tag, LinkStatus status)
{
    LinkSnapshot l;
    l.id = nextId("link");
    l.paymentOrderId = orderId;
    l.status = status;
    l.checkoutUrl = u"https://pay.example/"_s + l.id;
    l.tag = tag;
    m_links.insert(l.id, l);
    return l.id;
}

QList<LinkSnapshot> FakeProvider::links() const
{
    QList<LinkSnapshot> all = m_links.values();
    std::sort(all.begin(), all.end(), [](const LinkSnapshot &a, const LinkSnapshot &b) {
        return a.id.section(u'-', 1).toInt() < b.id.section(u'-', 1).toInt();
    });
    return all;
}

void FakeProvider::handle(const QString &call,
                          const std::function<bool()> &apply,
                          std::function<void(const ProviderReply &)> answer)
{
    ++m_calls[call];
    std::optional<Planned> fault;
    QList<Planned> &planned = m_faults[call];
    if (!planned.isEmpty()) {
        fault = planned.first();
        if (--planned.first().count <= 0)
            planned.removeFirst();
    }
    ProviderReply reply = ProviderReply::done();
    if (fault && fault->fault == Fault::TimedOut) {
        reply = ProviderReply {ProviderReply::Outcome::Unknown, 0, {}, u"timed out"_s, -1};
    } else if (fault && fault->fault == Fault::ServerError) {
        reply = ProviderReply {ProviderReply::Outcome::Unknown, 503, {}, {}, -1};
    } else if (fault && fault->fault == Fault::NotApplied) {
        reply = ProviderReply {ProviderReply::Outcome::Retryable, 0, {}, u"connection refused"_s, -1};
    } else if (fault && fault->fault == Fault::RateLimited) {
        reply = ProviderReply {ProviderReply::Outcome::Retryable, 429, {}, {}, fault->retryAfterSeconds};
    } else if (fault && fault->fault == Fault::Refused) {
        reply =
            ProviderReply {ProviderReply::Outcome::Rejected, 422, {ApiError {u"invalid_value"_s, {}, u"no"_s}}, {}, -1};
    } else {
        if (!apply())
            reply = ProviderReply {
                ProviderReply::Outcome::Rejected, 403, {ApiError {u"operation_forbidden"_s, {}, {}}}, {}, -1};
        if (fault && fault->fault == Fault::LostAnswer)
            reply = ProviderReply {ProviderReply::Outcome::Unknown, 0, {}, u"timed out"_s, -1};
    }
    // On the next turn of the event loop, as an answer over the network comes.
    QTimer::singleShot(0, &m_answers, [answer = std::move(answer), reply] { answer(reply); });
}

void FakeProvider::probe(Answer done)
{
    handle(
        u"probe"_s, [] { return true; }, std::move(done));
}

void FakeProvider::createOrder(Done<QString> done)
{
    auto id = std::make_shared<QString>();
    handle(
        u"createOrder"_s,
        [this, id] {
            *id = addOrder(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
            return true;
        },
        [id, done = std::move(done)](const ProviderReply &r) { done(r, r.ok() ? *id : QString()); });
}

void FakeProvider::getOrder(const QString &orderId, Done<OrderSnapshot> done)
{
    handle(
        u"getOrder"_s, [this, orderId] { return m_orders.contains(orderId); },
        [this, orderId, done = std::move(done)](const ProviderReply &r) { done(r, m_orders.value(orderId)); });
}

void FakeProvider::listOrders(const QDateTime &from, const QDateTime &to, Done<QList<OrderSnapshot>> done)
{
    handle(
        u"listOrders"_s, [] { return true; },
        [this, from, to, done = std::move(done)](const ProviderReply &r) {
            QList<OrderSnapshot> inWindow;
            for (const OrderSnapshot &o : std::as_const(m_orders)) {
                if (o.createdAt >= from && o.createdAt <= to)
                    inWindow.append(o);
            }
            done(r, inWindow);
        });
}

void FakeProvider::closeOrder(const QString &orderId, Answer done)
{
    handle(
        u"closeOrder"_s,
        [this, orderId] {
            auto it = m_orders.find(orderId);
            if (it == m_orders.end() || it->status != OrderStatus::Open)
                return false;
            it->status = OrderStatus::Closed;
            m_closed.append(orderId);
            return true;
        },
        std::move(done));
}

void FakeProvider::createLink(const PaymentLinkRequest &request, Done<LinkSnapshot> done)
{
    auto id = std::make_shared<QString>();
    handle(
        u"createLink"_s,
        [this, request, id] {
            const auto order = m_orders.constFind(request.paymentOrderId);
            if (order == m_orders.cend() || order->status != OrderStatus::Open)
                return false; // Ping: "payment_order_closed"
            *id = addLink(request.paymentOrderId, request.tag);
            m_links[*id].totalOre = request.totalOre();
            return true;
        },
        [this, id, done = std::move(done)](const ProviderReply &r) {
            done(r, r.ok() ? m_links.value(*id) : LinkSnapshot {});
        });
}

void FakeProvider::getLink(const QString &linkId, Done<LinkSnapshot> done)
{
    handle(
        u"getLink"_s, [this, linkId] { return m_links.contains(linkId); },
        [this, linkId, done = std::move(done)](ProviderReply r) {
            r.answerBytes = r.ok() ? kLinkAnswerBytes : 0;
            done(r, m_links.value(linkId));
        });
}

void FakeProvider::listLinks(Done<QList<LinkSnapshot>> done)
{
    handle(
        u"listLinks"_s, [] { return true; },
        [this, done = std::move(done)](ProviderReply r) {
            const QList<LinkSnapshot> all = links();
            r.answerBytes = r.ok() ? 2 + all.size() * (kLinkAnswerBytes + 1) : 0; // a JSON array of them
            done(r, all);
        });
}

void FakeProvider::cancelLink(const QString &linkId, Answer done)
{
    handle(
        u"cancelLink"_s,
        [this, linkId] {
            auto it = m_links.find(linkId);
            if (it == m_links.end() || it->status != LinkStatus::Created)
                return false;
            it->status = LinkStatus::Cancelled;
            m_cancelled.append(linkId);
            return true;
        },
        std::move(done));
}

void FakeProvider::distribute(
    const QString &linkId, const QStringList &channels, const QString &, const QString &, Answer done)
{
    handle(
        u"distribute"_s,
        [this, linkId, channels] {
            auto it = m_links.find(linkId);
            if (it == m_links.end() || it->status != LinkStatus::Created)
                return false;
            if (channels.contains(u"sms"_s))
                it->smsStatus = SmsStatus::Pending;
            it->distributedByEmail = it->distributedByEmail || channels.contains(u"email"_s);
            return true;
        },
        std::move(done));
}

void FakeProvider::refund(
    const QString &, const QString &, qint64, const QString &, RefundReason, const QString &, Done<QString> done)
{
    handle(
        u"refund"_s, [] { return true; },
        [done = std::move(done)](const ProviderReply &r) { done(r, u"COMPLETED"_s); });
}
