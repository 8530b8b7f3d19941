#include "jobrunner.h"

#include "answercosts.h"
#include "attemptlog.h"
#include "clock/clock.h"
#include "orphansweep.h"
#include "sale/paymentmethods.h"
#include "sale/saleservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

JobRunner::JobRunner(
    SaleService &sales, PaymentProvider &provider, AnswerCosts &costs, const Clock &clock, qint64 settleMs)
    : m_sales(sales)
    , m_provider(provider)
    , m_costs(costs)
    , m_clock(clock)
    , m_settleMs(settleMs)
    , m_documents(sales, provider)
{ }

void JobRunner::run(const OutboxJob &job, const Sale &sale, bool wasInFlight, Finish finish)
{
    switch (job.kind) {
    case OutboxJob::Kind::CreateOrder:
        // A lost answer here leaves an unused order at Ping; AttemptLog remembers when, and
        // close_orphans closes it once this sale has its order.
        m_provider.createOrder([this, job, finish](const ProviderReply &r, const QString &orderId) {
            finish(r, [this, job, orderId] {
                return m_sales.outcomes().recordOrderCreated(job.id, job.saleId, orderId,
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
    case OutboxJob::Kind::PingInvoice:
    case OutboxJob::Kind::PingReceipt:
        m_documents.run(job, sale, finish); // reads the link first whether or not it was in flight
        return;
    case OutboxJob::Kind::PrepareOrder:
        // Like create_order, without a sale: a lost answer leaves an order nobody knows, which
        // stays open (nothing proves it ours; an open order without payments costs nothing).
        m_provider.createOrder([this, job, finish](const ProviderReply &r, const QString &orderId) {
            finish(r, [this, job, orderId] { return m_sales.spareOrders().recordMade(job, orderId); });
        });
        return;
    case OutboxJob::Kind::CloseSpareOrder: {
        const QString orderId = QJsonDocument::fromJson(job.payload.toUtf8()).object()[u"order"_s].toString();
        m_provider.closeOrder(orderId, [this, job, finish](const ProviderReply &r) {
            // Refused: closed already (an earlier attempt whose answer was lost), or gone.
            const ProviderReply closed = r.outcome == ProviderReply::Outcome::Rejected ? ProviderReply::done() : r;
            finish(closed, [this, job] { return m_sales.spareOrders().recordClosed(job); });
        });
        return;
    }
    }
}

void JobRunner::refund(const OutboxJob &job, const Sale &sale, Finish finish)
{
    // Every attempt reads the payment first: a refund whose answer was lost (or that a crash cut
    // off) is on the payment already, and is recorded instead of sent again.
    m_provider.getOrder(
        sale.paymentOrderId, [this, job, sale, finish](const ProviderReply &r, const OrderSnapshot &order) {
            if (!r.ok()) {
                finish(r, [] { return true; }); // not known yet: again later
                return;
            }
            std::optional<PaymentSnapshot> paid;
            for (const PaymentSnapshot &p : order.payments) {
                if (p.status == PaymentStatus::Completed)
                    paid = p;
            }
            if (!paid) {
                finish(ProviderReply::refused(u"no_completed_payment"_s), [] { return true; });
                return;
            }
            if (paid->refundCount > 0) {
                finish(r, [this, job, paid] {
                    return m_sales.outcomes().recordRefunded(job.id, job.saleId, EventRecord::refunded(paid->id));
                });
                return;
            }
            const RefundReason reason = sale.refundReason == u"fraudulent"_s ? RefundReason::Fraudulent
                : sale.refundReason == u"other"_s                            ? RefundReason::Other
                                                                             : RefundReason::RequestedByCustomer;
            m_provider.refund(sale.paymentOrderId, paid->id, paid->totalOre,
                              paid->currency.isEmpty() ? u"SEK"_s : paid->currency, reason, sale.refundNote,
                              [this, job, paid, finish](const ProviderReply &refunded, const QString &status) {
                                  finish(refunded, [this, job, paid, status] {
                                      return m_sales.outcomes().recordRefunded(job.id, job.saleId,
                                                                               EventRecord::refunded(paid->id, status));
                                  });
                              });
        });
}

PaymentLinkRequest JobRunner::linkRequestFor(const Sale &sale) const
{
    PaymentLinkRequest request;
    request.paymentOrderId = sale.paymentOrderId;
    request.tag = LinkTag {m_defaults.tillId, m_defaults.tillId.isEmpty() ? 0 : sale.number};
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
    m_provider.createLink(linkRequestFor(sale), [this, job, finish](const ProviderReply &r, const LinkSnapshot &link) {
        finish(r, [this, job, link] {
            return m_sales.outcomes().recordLinkCreated(job.id, job.saleId, link.id, link.checkoutUrl);
        });
    });
}

void JobRunner::adoptOrCreateLink(const OutboxJob &job, const Sale &sale, Finish finish)
{
    m_provider.listLinks([this, job, sale, finish](const ProviderReply &r, const QList<LinkSnapshot> &links) {
        if (!r.ok()) {
            finish(r, [] { return true; }); // not known yet: try again later, still in flight
            return;
        }
        m_costs.noteList(r.answerBytes);
        const LinkTag ours {m_defaults.tillId, sale.number};
        for (const LinkSnapshot &info : links) {
            // Only a live link on this sale's order (nobody else knows the order's id), made for this
            // sale if it carries a tag, and not the one a new link replaces (the sale names it until
            // the new one is recorded): an order may hold cancelled links beside the one we made.
            const bool tagFits = info.tag.isEmpty() || info.tag == ours;
            if (info.paymentOrderId == sale.paymentOrderId && info.status == LinkStatus::Created && tagFits
                && info.id != sale.paymentLinkId) {
                if (info.checkoutUrl.isEmpty()) { // the provider dropped an address it does not trust
                    finish(ProviderReply::refused(u"untrusted_checkout"_s), [] { return true; });
                    return;
                }
                qCInfo(lcSync) << "adopting link" << info.id << "of sale" << sale.number;
                finish(r, [this, job, info] {
                    return m_sales.outcomes().recordLinkCreated(job.id, job.saleId, info.id, info.checkoutUrl);
                });
                return;
            }
        }
        if (SaleStates::isFinal(sale.state)) {
            // Settled locally while the answer was lost, and no link came of it: none is needed.
            finish(r, [this, job] { return m_sales.outcomes().recordJobDone(job, EventRecord::noLinkSaleSettled()); });
            return;
        }
        // A request of unknown outcome may still be applied by a slow server: until it has had
        // the time to, look again instead of making a second link.
        const QList<QDateTime> unknown = AttemptLog::unknownAttempts(job.payload);
        const qint64 sinceLastMs = unknown.isEmpty() ? m_settleMs : unknown.last().msecsTo(m_clock.nowUtc());
        if (sinceLastMs < m_settleMs) {
            qCInfo(lcSync) << "no link yet for sale" << sale.number << "; the last attempt may still be applied,"
                           << "looking again before making one";
            // Retryable: this lookup applied nothing, so it does not move the window.
            ProviderReply settling {ProviderReply::Outcome::Retryable, r.httpStatus, {}, {}, -1};
            settling.reason = u"settling"_s; // the last request may still be applied: looking again
            finish(settling, [] { return true; });
            return;
        }
        createLink(job, sale, finish);
    });
}

void JobRunner::cancelLink(const OutboxJob &job, const Sale &sale, Finish finish)
{
    const bool replaced = job.kind == OutboxJob::Kind::ReplaceLink;
    m_provider.cancelLink(sale.paymentLinkId, [this, job, sale, replaced, finish](const ProviderReply &r) {
        if (r.outcome != ProviderReply::Outcome::Rejected) {
            finish(r, [this, job, replaced] {
                return m_sales.outcomes().recordLinkCancelled(job.id, job.saleId, replaced);
            });
            return;
        }
        // Refused: already cancelled (an earlier answer was lost), or paid meanwhile. The link says.
        m_provider.getLink(
            sale.paymentLinkId, [this, job, r, replaced, finish](const ProviderReply &got, const LinkSnapshot &info) {
                if (!got.ok()) {
                    finish(got, [] { return true; });
                    return;
                }
                if (info.status == LinkStatus::Cancelled || info.status == LinkStatus::Expired) {
                    finish(got, [this, job, replaced] {
                        return m_sales.outcomes().recordLinkCancelled(job.id, job.saleId, replaced);
                    });
                } else if (info.status == LinkStatus::Completed) {
                    // The payer was quicker than the seller: the money is there, no new link.
                    finish(got, [this, job] { return m_sales.outcomes().recordLinkPaidBeforeCancel(job); });
                } else {
                    finish(r, [] { return true; });
                }
            });
    });
}

void JobRunner::closeOrder(const OutboxJob &job, const Sale &sale, Finish finish)
{
    // Read the order first: it names the payment method of a paid sale (for the day report), and
    // says whether it is closed already (an earlier answer lost). The method is stored with the
    // close, in its transaction.
    m_provider.getOrder(
        sale.paymentOrderId, [this, job, sale, finish](const ProviderReply &got, const OrderSnapshot &order) {
            QString method, provider;
            if (got.ok()) {
                for (const PaymentSnapshot &p : order.payments) {
                    if (p.status == PaymentStatus::Completed && sale.paymentMethod.isEmpty()) {
                        method = PaymentMethods::fromPayment(p.provider, p.method);
                        provider = p.provider;
                    }
                }
                if (order.status != OrderStatus::Open) {
                    finish(got, [this, job, method, provider] {
                        return m_sales.outcomes().recordOrderClosed(job.id, job.saleId, method, provider);
                    });
                    return;
                }
            }
            m_provider.closeOrder(sale.paymentOrderId, [this, job, finish, method, provider](const ProviderReply &r) {
                finish(r, [this, job, method, provider] {
                    return m_sales.outcomes().recordOrderClosed(job.id, job.saleId, method, provider);
                });
            });
        });
}

void JobRunner::distribute(const OutboxJob &job, const Sale &sale, bool wasInFlight, Finish finish)
{
    const ProviderReply nothingToDo = ProviderReply::done();
    if (SaleStates::isFinal(sale.state) || sale.paymentLinkId.isEmpty()) {
        // Paid or cancelled meanwhile, or the link was refused: there is nothing to send.
        finish(nothingToDo, [this, job, sale] {
            return m_sales.outcomes().recordJobDone(job, EventRecord::notSent(SaleStates::key(sale.state)));
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
        m_provider.distribute(
            sale.paymentLinkId, toSend, who.phone, who.email, [this, job, toSend, finish](const ProviderReply &r) {
                finish(r, [this, job, toSend] {
                    return m_sales.outcomes().recordDistributed(
                        job.id, job.saleId, toSend.contains(u"sms"_s) ? ReportedSms(SmsStatus::Pending) : ReportedSms(),
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
    m_provider.getLink(
        sale.paymentLinkId, [this, job, methods, send, finish](const ProviderReply &r, const LinkSnapshot &info) {
            if (!r.ok()) {
                finish(r, [] { return true; });
                return;
            }
            QStringList remaining;
            if (methods.contains(u"sms"_s) && (info.smsStatus.isNone() || info.smsStatus == SmsStatus::NotCreated))
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
    // The orders created in the windows of this sale's lost create-order attempts (the request's
    // lifetime plus a margin for the clocks' difference) are listed, and every link of the account;
    // OrphanSweep decides what is provably this till's, and only that is closed or cancelled.
    const QJsonObject payload = QJsonDocument::fromJson(job.payload.toUtf8()).object();
    const QJsonArray attempts = payload[u"attempts"_s].toArray();
    if (attempts.isEmpty()) {
        finish(ProviderReply::done(),
               [this, job] { return m_sales.outcomes().recordJobDone(job, EventRecord::noOrphans()); });
        return;
    }
    QDateTime from, to;
    for (const QJsonValue &v : attempts) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        from = from.isValid() ? qMin(from, t) : t;
        to = to.isValid() ? qMax(to, t) : t;
    }
    constexpr int kClockMarginSeconds = 60;
    const int timeoutSeconds = (m_provider.transferTimeoutMs() + 999) / 1000;
    from = from.addSecs(-kClockMarginSeconds);
    to = to.addSecs(timeoutSeconds + kClockMarginSeconds);
    m_provider.listOrders(from, to, [this, job, finish](const ProviderReply &r, const QList<OrderSnapshot> &orders) {
        if (!r.ok()) {
            finish(r, [] { return true; });
            return;
        }
        m_provider.listLinks([this, job, orders, finish](const ProviderReply &listed,
                                                         const QList<LinkSnapshot> &links) {
            if (!listed.ok()) {
                finish(listed, [] { return true; });
                return;
            }
            m_costs.noteList(listed.answerBytes);
            const SweepPlan plan =
                OrphanSweep::plan(m_defaults.tillId, orders, links, m_sales.queries().knownPaymentOrderIds(),
                                  m_sales.queries().knownPaymentLinkIds());
            for (const QString &id : plan.ordersLeftOpen)
                qCInfo(lcSync)
                    << "leaving payment order" << id
                    << "open: nothing proves it is this till's (an open order without payments costs nothing)";
            // Links first (an order with a live link would still take payments), then orders.
            struct Step
            {
                bool link;
                QString id;
            };
            auto steps = std::make_shared<QList<Step>>();
            for (const QString &id : plan.linksToCancel)
                steps->append({true, id});
            for (const QString &id : plan.ordersToClose)
                steps->append({false, id});
            auto next = std::make_shared<std::function<void(int)>>();
            *next = [this, job, plan, steps, finish, next](int i) {
                if (i >= steps->size()) {
                    finish(ProviderReply::done(),
                           [this, job, plan] { return m_sales.outcomes().recordJobDone(job, plan.event()); });
                    *next = nullptr; // break the cycle
                    return;
                }
                const Step step = steps->at(i);
                qCInfo(lcSync) << (step.link ? "cancelling stray link" : "closing orphaned payment order") << step.id;
                const auto after = [i, next, finish](const ProviderReply &reply) {
                    if (reply.ok() || reply.outcome == ProviderReply::Outcome::Rejected)
                        (*next)(i + 1); // done now, or already
                    else
                        finish(reply, [] { return true; });
                };
                if (step.link)
                    m_provider.cancelLink(step.id, after);
                else
                    m_provider.closeOrder(step.id, after);
            };
            (*next)(0);
        });
    });
}
