#pragma once

#include "providerreply.h"
#include "providertypes.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

// What the sync engine needs of a payment service: create the payable thing (an order and a link
// on it), send it, cancel it, refund it, read statuses, close it, and its documents. The sync
// engine, its job runner and its poller talk to the service through this alone; PingProvider
// (app/ping) is the first implementation, tests use fakes. Every call answers exactly once through
// its callback, on the caller's thread, with a reply that says how it ended; the value is only
// meaningful when the reply is ok().
class PaymentProvider
{
public:
    template<typename T> using Done = std::function<void(const ProviderReply &, const T &)>;
    using Answer = std::function<void(const ProviderReply &)>;

    virtual ~PaymentProvider() = default;

    // A cheap request that tells whether the service answers at all.
    virtual void probe(Answer done) = 0;
    // How long a request may stay silent before it is given up as "outcome unknown".
    virtual void setTransferTimeoutMs(int ms) = 0;
    virtual int transferTimeoutMs() const = 0;

    // The order's id.
    virtual void createOrder(Done<QString> done) = 0;
    virtual void getOrder(const QString &orderId, Done<OrderSnapshot> done) = 0;
    // Orders created between from and to (inclusive), all of them (a provider follows its pages).
    virtual void listOrders(const QDateTime &from, const QDateTime &to, Done<QList<OrderSnapshot>> done) = 0;
    virtual void closeOrder(const QString &orderId, Answer done) = 0;

    virtual void createLink(const PaymentLinkRequest &request, Done<LinkSnapshot> done) = 0;
    virtual void getLink(const QString &linkId, Done<LinkSnapshot> done) = 0;
    // Every link of the account (other tills' too: LinkSnapshot::tag says whose).
    virtual void listLinks(Done<QList<LinkSnapshot>> done) = 0;
    virtual void cancelLink(const QString &linkId, Answer done) = 0;
    // channels: "sms" and/or "email"; phone in E.164.
    virtual void distribute(const QString &linkId,
                            const QStringList &channels,
                            const QString &phone,
                            const QString &email,
                            Answer done) = 0;

    // Refunds the whole payment. The value: the service's word for how the refund stands, for the log.
    virtual void refund(const QString &orderId,
                        const QString &paymentId,
                        qint64 amountOre,
                        const QString &currency,
                        RefundReason reason,
                        const QString &note,
                        Done<QString> done) = 0;

    // Documents of a link: the service's invoice (made once, then fetched; whether it is made the
    // link says, LinkSnapshot::invoiceCreated) and the receipt of a paid link, each with its PDF.
    // A provider without them refuses ("not offered").
    virtual void createInvoice(const QString &linkId, Answer done);
    virtual void fetchInvoice(const QString &linkId, Done<LinkDocument> done);
    virtual void fetchReceipt(const QString &linkId, Done<LinkDocument> done);

protected:
    static ProviderReply notOffered();
};
