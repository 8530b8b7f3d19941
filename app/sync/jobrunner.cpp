#include "jobrunner.h"

#include "attemptlog.h"
#include "ping/pingclient.h"
#include "sale/paymentmethods.h"
#include "sale/saleservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

JobRunner::JobRunner(SaleService &sales, PingClient &client)
    : m_sales(sales)
    , m_client(client)
{ }

void JobRunner::run(const OutboxJob &job, const Sale &sale, bool wasInFlight, Finish finish)
{
    switch (job.kind) {
    case OutboxJob::Kind::CreateOrder:
        // A lost answer here leaves an unused order at Ping; AttemptLog remembers when, and
        // close_orphans closes it once this sale has its order.
        m_client.createPaymentOrder([this, job, finish](const PingResponse &r) {
            finish(r, [this, job, r] {
                return m_sales.outcomes().recordOrderCreated(job.id, job.saleId, r.body[u"id"_s].toString(),
                                                             AttemptLog::unknownAttempts(job.payload));
            });
        });
        return;
    case OutboxJob::Kind::CreateLink:
        // Never POST a second link for a sale that may have one: look it up by its order first.
        if (wasInFlight)
            adoptOrCreateLink(job, sale, finish);
        else
            createLink(job, sale, finish);
        return;
    case OutboxJob::Kind::CloseOrder:
        closeOrder(job, sale, finish);
        return;
    case OutboxJob::Kind::CancelLink:
    case OutboxJob::Kind::ReplaceLink: // cancels the old link; its end queues the new one
        cancelLink(job, sale, finish);
        return;
    case OutboxJob::Kind::Distribute:
        distribute(job, sale, wasInFlight, finish);
        return;
    case OutboxJob::Kind::CloseOrphans:
        closeOrphans(job, finish);
        return;
    case OutboxJob::Kind::Refund:
        refund(job, sale, finish);
        return;
    }
}

void JobRunner::refund(const OutboxJob &job, const Sale &sale, Finish finish)
{
    // Every attempt reads the payment first: a refund whose answer was lost (or that a crash cut
    // off) is on the payment already, and is recorded instead of sent again.
    m_client.getPaymentOrder(sale.paymentOrderId, [this, job, sale, finish](const PingResponse &order) {
        if (!order.ok()) {
            finish(order, [] { return true; }); // not known yet: again later
            return;
        }
        std::optional<PaymentInfo> paid;
        for (const PaymentInfo &p : PingJson::orderPayments(order.body.toObject())) {
            if (p.status == u"COMPLETED"_s)
                paid = p;
        }
        if (!paid) {
            PingResponse refused {PingResponse::Outcome::Rejected, 0, {}, {}, {}, -1};
            refused.errors = {
                ApiError {u"no_completed_payment"_s, {}, u"The payment order has no completed payment to refund."_s}};
            finish(refused, [] { return true; });
            return;
        }
        if (paid->refundCount > 0) {
            finish(order, [this, job, paid] {
                return m_sales.outcomes().recordRefunded(job.id, job.saleId, u"payment %1 refunded"_s.arg(paid->id));
            });
            return;
        }
        const RefundReason reason = sale.refundReason == u"fraudulent"_s ? RefundReason::Fraudulent
            : sale.refundReason == u"other"_s                            ? RefundReason::Other
                                                                         : RefundReason::RequestedByCustomer;
        m_client.refundPayment(
            sale.paymentOrderId, paid->id, paid->totalOre, paid->currency.isEmpty() ? u"SEK"_s : paid->currency, reason,
            sale.refundNote, [this, job, paid, finish](const PingResponse &r) {
                finish(r, [this, job, paid, r] {
                    return m_sales.outcomes().recordRefunded(
                        job.id, job.saleId, u"payment %1 refunded: %2"_s.arg(paid->id, r.body[u"status"_s].toString()));
                });
            });
    });
}

PaymentLinkRequest JobRunner::linkRequestFor(const Sale &sale) const
{
    const PingConfig &config = m_client.config();
    PaymentLinkRequest request;
    request.paymentOrderId = sale.paymentOrderId;
    request.merchantId = config.merchantId;
    request.locale = m_defaults.locale;
    request.supplier = m_defaults.supplier;
    request.methods = m_defaults.methods;
    request.statusCallbackUrl = m_defaults.statusCallbackUrl;
    if (sale.invoiceDueDate.isValid())
        request.dueDate = sale.invoiceDueDate; // an invoiced sale's link is due with its invoice
    else if (m_defaults.dueDays > 0)
        request.dueDate = sale.saleDate.addDays(m_defaults.dueDays);
    // The API wants a customer name. A walk-up payer is anonymous unless the seller entered one, so
    // the link then names the sale, which is also what the seller and the bookkeeper look it up by.
    SaleContact who;
    if (m_sales.payer().contact(sale.id, &who)) {
        const QString name = who.name.trimmed();
        const qsizetype space = name.indexOf(u' ');
        request.customer.firstName = space > 0 ? name.left(space) : name;
        request.customer.lastName = space > 0 ? name.mid(space + 1) : QString();
        request.customer.email = who.email;
        request.customer.phone = who.phone;
    }
    if (request.customer.firstName.isEmpty())
        request.customer.firstName = m_defaults.locale.startsWith(u"sv"_s) ? u"Kund"_s : u"Customer"_s;
    if (request.customer.lastName.isEmpty())
        request.customer.lastName = QString::number(sale.number);
    for (const SaleLine &line : sale.lines)
        request.items.append(LinkItem {line.description, line.unitPrice.ore(), line.quantity, line.vatBasisPoints});
    return request;
}

void JobRunner::createLink(const OutboxJob &job, const Sale &sale, Finish finish)
{
    m_client.createPaymentLink(linkRequestFor(sale), [this, job, finish](const PingResponse &r) {
        finish(r, [this, job, r] {
            const QJsonObject o = r.body.toObject();
            return m_sales.outcomes().recordLinkCreated(job.id, job.saleId, o[u"id"_s].toString(),
                                                        o[u"checkout_url"_s].toString());
        });
    });
}

void JobRunner::adoptOrCreateLink(const OutboxJob &job, const Sale &sale, Finish finish)
{
    m_client.listPaymentLinks([this, job, sale, finish](const PingResponse &r) {
        if (!r.ok()) {
            finish(r, [] { return true; }); // not known yet: try again later, still in flight
            return;
        }
        for (const QJsonValue &v : r.body.toArray()) {
            const PaymentLinkInfo info = PingJson::paymentLinkInfo(v.toObject());
            // Only a live link, and not the one a new link replaces (the sale still names it until
            // the new one is recorded): an order may have cancelled links beside the one we made.
            if (info.paymentOrderId == sale.paymentOrderId && info.status == u"CREATED"_s
                && info.id != sale.paymentLinkId) {
                qCInfo(lcSync) << "adopting link" << info.id << "of sale" << sale.number;
                finish(r, [this, job, info] {
                    return m_sales.outcomes().recordLinkCreated(job.id, job.saleId, info.id, info.checkoutUrl);
                });
                return;
            }
        }
        if (SaleStates::isFinal(sale.state)) {
            // Settled locally while the answer was lost, and no link came of it: none is needed.
            finish(r, [this, job] {
                return m_sales.outcomes().recordJobDone(job, u"no link made; the sale is settled"_s);
            });
            return;
        }
        createLink(job, sale, finish);
    });
}

void JobRunner::cancelLink(const OutboxJob &job, const Sale &sale, Finish finish)
{
    const bool replaced = job.kind == OutboxJob::Kind::ReplaceLink;
    m_client.cancelPaymentLink(sale.paymentLinkId, [this, job, sale, replaced, finish](const PingResponse &r) {
        if (r.outcome != PingResponse::Outcome::Rejected) {
            finish(r, [this, job, replaced] {
                return m_sales.outcomes().recordLinkCancelled(job.id, job.saleId, replaced);
            });
            return;
        }
        // Refused: already cancelled (an earlier answer was lost), or paid meanwhile. The link says.
        m_client.getPaymentLink(sale.paymentLinkId, [this, job, r, replaced, finish](const PingResponse &link) {
            if (!link.ok()) {
                finish(link, [] { return true; });
                return;
            }
            const PaymentLinkInfo info = PingJson::paymentLinkInfo(link.body.toObject());
            if (info.status == u"CANCELLED"_s || info.status == u"EXPIRED"_s) {
                finish(link, [this, job, replaced] {
                    return m_sales.outcomes().recordLinkCancelled(job.id, job.saleId, replaced);
                });
            } else if (info.status == u"COMPLETED"_s) {
                // The payer was quicker than the seller: the money is there, and no new link is made.
                finish(link, [this, job] { return m_sales.outcomes().recordLinkPaidBeforeCancel(job); });
            } else {
                finish(r, [] { return true; });
            }
        });
    });
}

void JobRunner::closeOrder(const OutboxJob &job, const Sale &sale, Finish finish)
{
    // Read the order first: it names the payment method of a paid sale (for the day report), and
    // says whether it is closed already (an earlier answer lost).
    m_client.getPaymentOrder(sale.paymentOrderId, [this, job, sale, finish](const PingResponse &order) {
        // The method is stored with the close, in its transaction.
        QString method, provider;
        if (order.ok()) {
            for (const PaymentInfo &p : PingJson::orderPayments(order.body.toObject())) {
                if (p.status == u"COMPLETED"_s && sale.paymentMethod.isEmpty()) {
                    method = PaymentMethods::fromPayment(p.provider, p.method);
                    provider = p.provider;
                }
            }
            if (order.body[u"status"_s].toString() != u"OPEN"_s) {
                finish(order, [this, job, method, provider] {
                    return m_sales.outcomes().recordOrderClosed(job.id, job.saleId, method, provider);
                });
                return;
            }
        }
        m_client.closePaymentOrder(sale.paymentOrderId, [this, job, finish, method, provider](const PingResponse &r) {
            finish(r, [this, job, method, provider] {
                return m_sales.outcomes().recordOrderClosed(job.id, job.saleId, method, provider);
            });
        });
    });
}

void JobRunner::distribute(const OutboxJob &job, const Sale &sale, bool wasInFlight, Finish finish)
{
    const PingResponse nothingToDo {PingResponse::Outcome::Ok, 200, {}, {}, {}, -1};
    if (SaleStates::isFinal(sale.state) || sale.paymentLinkId.isEmpty()) {
        // Paid or cancelled meanwhile, or the link was refused: there is nothing to send.
        finish(nothingToDo, [this, job, sale] {
            return m_sales.outcomes().recordJobDone(job,
                                                    u"not sent: the sale is %1"_s.arg(SaleStates::key(sale.state)));
        });
        return;
    }
    const QJsonObject payload = QJsonDocument::fromJson(job.payload.toUtf8()).object();
    QStringList methods;
    for (const QJsonValue &m : payload[u"methods"_s].toArray())
        methods.append(m.toString());
    SaleContact who;
    m_sales.payer().contact(sale.id, &who);
    auto send = [this, job, sale, who, finish](const QStringList &toSend) {
        m_client.distributePaymentLink(
            sale.paymentLinkId, toSend, who.phone, who.email, [this, job, toSend, finish](const PingResponse &r) {
                finish(r, [this, job, toSend] {
                    return m_sales.outcomes().recordDistributed(job.id, job.saleId,
                                                                toSend.contains(u"sms"_s) ? u"PENDING"_s : QString(),
                                                                toSend.contains(u"email"_s));
                });
            });
    };
    if (!wasInFlight) {
        send(methods);
        return;
    }
    // The last attempt may have gone out: the link's delivery state says whether it did, so the
    // payer never gets the same SMS twice.
    m_client.getPaymentLink(sale.paymentLinkId, [this, job, methods, send, finish](const PingResponse &r) {
        if (!r.ok()) {
            finish(r, [] { return true; });
            return;
        }
        const PaymentLinkInfo info = PingJson::paymentLinkInfo(r.body.toObject());
        QStringList remaining;
        if (methods.contains(u"sms"_s) && (info.smsStatus.isEmpty() || info.smsStatus == u"NOT_CREATED"_s))
            remaining.append(u"sms"_s);
        if (methods.contains(u"email"_s) && !info.distributedByEmail)
            remaining.append(u"email"_s);
        if (remaining.isEmpty()) {
            finish(r, [this, job, info] {
                return m_sales.outcomes().recordDistributed(job.id, job.saleId, info.smsStatus,
                                                            info.distributedByEmail);
            });
            return;
        }
        send(remaining);
    });
}

void JobRunner::closeOrphans(const OutboxJob &job, Finish finish)
{
    // Orders created in the windows of this sale's lost create-order attempts, that this till does
    // not know and that no link uses, are ours and unused: close them. The window is the request's
    // lifetime plus a margin for the clocks' difference.
    const QJsonObject payload = QJsonDocument::fromJson(job.payload.toUtf8()).object();
    const QJsonArray attempts = payload[u"attempts"_s].toArray();
    if (attempts.isEmpty()) {
        finish(PingResponse {PingResponse::Outcome::Ok, 200, {}, {}, {}, -1},
               [this, job] { return m_sales.outcomes().recordJobDone(job, u"no orphaned orders to look for"_s); });
        return;
    }
    QDateTime from, to;
    for (const QJsonValue &v : attempts) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        from = from.isValid() ? qMin(from, t) : t;
        to = to.isValid() ? qMax(to, t) : t;
    }
    const int timeoutSeconds = (m_client.transferTimeoutMs() + 999) / 1000;
    from = from.addSecs(-m_orphanMarginSeconds);
    to = to.addSecs(timeoutSeconds + m_orphanMarginSeconds);
    m_client.listPaymentOrders(from, to, [this, job, finish](const PingResponse &orders) {
        if (!orders.ok()) {
            finish(orders, [] { return true; });
            return;
        }
        m_client.listPaymentLinks([this, job, orders, finish](const PingResponse &links) {
            if (!links.ok()) {
                finish(links, [] { return true; });
                return;
            }
            QSet<QString> linked = m_sales.queries().knownPaymentOrderIds();
            for (const QJsonValue &v : links.body.toArray())
                linked.insert(PingJson::paymentLinkInfo(v.toObject()).paymentOrderId);
            auto orphans = std::make_shared<QStringList>();
            for (const QJsonValue &v : orders.body.toArray()) {
                const QString id = v[u"id"_s].toString();
                if (v[u"status"_s].toString() == u"OPEN"_s && !linked.contains(id))
                    orphans->append(id);
            }
            auto closeNext = std::make_shared<std::function<void(int)>>();
            *closeNext = [this, job, orphans, finish, closeNext](int i) {
                if (i >= orphans->size()) {
                    const QString detail = orphans->isEmpty()
                        ? u"no orphaned payment orders"_s
                        : u"closed orphaned payment orders: %1"_s.arg(orphans->join(u", "_s));
                    finish(PingResponse {PingResponse::Outcome::Ok, 200, {}, {}, {}, -1},
                           [this, job, detail] { return m_sales.outcomes().recordJobDone(job, detail); });
                    *closeNext = nullptr; // break the cycle
                    return;
                }
                qCInfo(lcSync) << "closing orphaned payment order" << orphans->at(i);
                m_client.closePaymentOrder(orphans->at(i), [i, closeNext, finish](const PingResponse &r) {
                    if (r.ok() || r.outcome == PingResponse::Outcome::Rejected)
                        (*closeNext)(i + 1); // closed now, or already
                    else
                        finish(r, [] { return true; });
                });
            };
            (*closeNext)(0);
        });
    });
}
