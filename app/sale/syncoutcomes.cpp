#include "syncoutcomes.h"

#include "serviceanswer.h"

#include "salequeries.h"
#include "salewriter.h"
#include "smsdelivery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SyncOutcomes::SyncOutcomes(SaleWriter &writer, const SaleQueries &queries)
    : m_writer(writer)
    , m_queries(queries)
{ }

bool SyncOutcomes::recordOrderCreated(qint64 jobId,
                                      qint64 saleId,
                                      const QString &paymentOrderId,
                                      const QList<QDateTime> &unknownAttempts)
{
    // Earlier attempts whose answer was lost may each have created an order nobody will use.
    QList<SaleChange::NewJob> sweep;
    if (!unknownAttempts.isEmpty()) {
        QJsonArray attempts;
        for (const QDateTime &t : unknownAttempts)
            attempts.append(t.toUTC().toString(Qt::ISODateWithMs));
        sweep.append(
            {OutboxJob::Kind::CloseOrphans,
             QString::fromUtf8(QJsonDocument(QJsonObject {{u"attempts"_s, attempts}, {u"keep"_s, paymentOrderId}})
                                   .toJson(QJsonDocument::Compact))});
    }
    Sale sale;
    if (m_queries.load(saleId, &sale) && SaleStates::isFinal(sale.state)) {
        // Settled locally while the request was under way: keep the order's id and close it.
        SaleChange c;
        c.saleId = saleId;
        c.columns = {{u"payment_order_id"_s, paymentOrderId}};
        c.eventKind = u"api"_s;
        c.event = EventRecord::orderCreated(paymentOrderId, true);
        c.on = SaleTrigger::OrderCreated;
        c.enqueue = sweep;
        c.job.jobId = jobId;
        return m_writer.apply(c);
    }
    SaleChange c;
    c.saleId = saleId;
    c.on = SaleTrigger::OrderCreated;
    c.columns = {{u"payment_order_id"_s, paymentOrderId}, {u"last_error"_s, QVariant()}};
    c.eventKind = u"api"_s;
    c.event = EventRecord::orderCreated(paymentOrderId, false);
    c.enqueue = sweep;
    c.job.jobId = jobId;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordLinkCreated(qint64 jobId, qint64 saleId, const QString &linkId, const QString &checkoutUrl)
{
    Sale sale;
    if (m_queries.load(saleId, &sale) && SaleStates::isFinal(sale.state)) {
        // Settled locally while the request was under way: nobody may pay this link.
        SaleChange c;
        c.saleId = saleId;
        c.columns = {{u"payment_link_id"_s, linkId}, {u"checkout_url"_s, checkoutUrl}};
        c.eventKind = u"api"_s;
        c.event = EventRecord::linkCreated(linkId, true);
        c.on = SaleTrigger::LinkCreated;
        c.job.jobId = jobId;
        return m_writer.apply(c);
    }
    SaleChange c;
    c.saleId = saleId;
    c.on = SaleTrigger::LinkCreated;
    // A new link (also one replacing a declined one): nobody has tried to pay it yet.
    c.columns = {{u"payment_link_id"_s, linkId},
                 {u"checkout_url"_s, checkoutUrl},
                 {u"link_status"_s, PaymentStatuses::token(LinkStatus::Created)},
                 {u"last_payment_id"_s, QVariant()},
                 {u"last_payment_status"_s, QVariant()},
                 {u"last_error"_s, QVariant()}};
    c.eventKind = u"api"_s;
    c.event = EventRecord::linkCreated(linkId, false);
    c.job.jobId = jobId;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordOrderClosed(qint64 jobId, qint64 saleId, const QString &paymentMethod, const QString &provider)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale))
        return false;
    SaleChange c;
    c.saleId = saleId;
    c.columns = {{u"order_closed"_s, 1}};
    if (!paymentMethod.isEmpty() && sale.paymentMethod.isEmpty()) {
        c.columns.insert(u"payment_method"_s, paymentMethod);
        c.columns.insert(u"payment_provider"_s, provider.isEmpty() ? QVariant() : provider);
    }
    c.eventKind = u"api"_s;
    c.event = EventRecord::orderClosed();
    c.job.jobId = jobId;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordLinkCancelled(qint64 jobId, qint64 saleId, bool replaced)
{
    Sale sale;
    m_queries.load(saleId, &sale);
    SaleChange c;
    c.saleId = saleId;
    c.columns = {{u"link_status"_s, PaymentStatuses::token(LinkStatus::Cancelled)}};
    c.eventKind = u"api"_s;
    c.event = EventRecord::linkCancelled(sale.paymentLinkId, replaced && !SaleStates::isFinal(sale.state));
    c.job.jobId = jobId;
    c.on = replaced ? SaleTrigger::LinkReplaced : SaleTrigger::LinkCancelled;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordLinkPaidBeforeCancel(const OutboxJob &job)
{
    Sale sale;
    if (!m_queries.load(job.saleId, &sale))
        return false;
    SaleChange c;
    c.saleId = job.saleId;
    c.columns = {{u"link_status"_s, PaymentStatuses::token(LinkStatus::Completed)}};
    c.eventKind = u"status"_s;
    c.event = EventRecord::paidBeforeCancel(sale.paymentLinkId);
    c.job.jobId = job.id;
    // Settled locally (cash, cancelled) the timeline says so, and the seller sees it.
    c.on = SaleTrigger::LinkPaidBeforeCancel;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordRefunded(qint64 jobId, qint64 saleId, const EventRecord &event)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale))
        return false;
    SaleChange c;
    c.saleId = saleId;
    c.eventKind = u"api"_s;
    c.event = event;
    c.job.jobId = jobId;
    c.on = SaleTrigger::Refunded;
    if (sale.state == SaleState::Refunding)
        c.columns = {{u"last_error"_s, QVariant()}};
    return m_writer.apply(c);
}

bool SyncOutcomes::recordDistributed(qint64 jobId, qint64 saleId, const ReportedSms &smsStatus, bool byEmail)
{
    SaleChange c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(smsStatus);
    c.columns = {{u"sms_status"_s, token.isEmpty() ? QVariant() : QVariant(token)},
                 {u"distributed_by_email"_s, byEmail ? 1 : 0}};
    c.eventKind = u"api"_s;
    c.event = EventRecord::linkSent(token, byEmail);
    c.job.jobId = jobId;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordJobInFlight(const OutboxJob &job, const std::optional<QString> &payload, QString *error)
{
    return m_writer.markJobInFlight(job, payload, error);
}

bool SyncOutcomes::recordJobRetry(const OutboxJob &job,
                                  const QJsonObject &answer,
                                  const QDateTime &nextAttemptUtc,
                                  const QDateTime &notBefore,
                                  bool outcomeUnknown,
                                  const QDateTime &sentAt,
                                  const std::optional<QString> &payload)
{
    const QString error = ServiceAnswer::text(answer);
    SaleChange c;
    c.saleId = job.saleId;
    c.columns = {{u"last_error"_s, error}};
    c.eventKind = u"api_error"_s;
    c.event = EventRecord::attempt(Outbox::kindKey(job.kind), job.attempts + 1, outcomeUnknown, answer);
    c.job = JobUpdate::retry(job.id, error, nextAttemptUtc, notBefore, outcomeUnknown, sentAt, payload);
    return m_writer.apply(c);
}

bool SyncOutcomes::recordJobDone(const OutboxJob &job, const EventRecord &event)
{
    SaleChange c;
    c.saleId = job.saleId;
    c.eventKind = u"api"_s;
    c.event = event;
    c.job.jobId = job.id;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordJobFailed(const OutboxJob &job, const QJsonObject &answer)
{
    const QString error = ServiceAnswer::text(answer);
    Sale sale;
    m_queries.load(job.saleId, &sale);
    SaleChange c;
    c.saleId = job.saleId;
    c.columns = {{u"last_error"_s, error}};
    c.eventKind = u"api_error"_s;
    c.event = EventRecord::jobRefused(Outbox::kindKey(job.kind), answer);
    c.job.jobId = job.id;
    c.job.status = OutboxJob::Status::Failed;
    c.job.lastError = error;
    // A refused replace_link leaves the old link the one to pay; a refused refund leaves the money
    // with the seller, who sees why; a sale the API refuses for good is Failed.
    c.on = SaleTrigger::JobRefused;
    if (OutboxJob::isDocument(job.kind)) {
        c.on.reset(); // Ping's invoice or receipt: the sale's payment stands as it is
        c.columns.clear();
    } else if (job.kind == OutboxJob::Kind::ReplaceLink && SaleLifecycle::next(sale, SaleTrigger::ReplaceRefused))
        c.on = SaleTrigger::ReplaceRefused;
    else if (job.kind == OutboxJob::Kind::Refund && SaleLifecycle::next(sale, SaleTrigger::RefundRefused))
        c.on = SaleTrigger::RefundRefused;
    return m_writer.apply(c);
}

void SyncOutcomes::wakeJobs()
{
    m_writer.wakeJobs();
}

bool SyncOutcomes::recordLinkStatus(qint64 saleId, const ReportedLink &linkStatus)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale))
        return false;
    if (sale.linkStatus == linkStatus)
        return true;
    SaleChange c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(linkStatus);
    c.columns = {{u"link_status"_s, token}};
    c.eventKind = u"status"_s;
    c.event = EventRecord::linkStatus(token);
    if (linkStatus == LinkStatus::Completed)
        c.on = SaleTrigger::LinkPaid;
    else if (linkStatus == LinkStatus::Expired)
        c.on = SaleTrigger::LinkExpired;
    else if (linkStatus == LinkStatus::Cancelled)
        c.on = SaleTrigger::LinkCancelledElsewhere;
    return m_writer.apply(c);
}

bool SyncOutcomes::recordPaymentStatus(qint64 saleId,
                                       const QString &linkId,
                                       const QString &paymentId,
                                       const ReportedPayment &status)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale))
        return false;
    // An answer about a link this sale no longer follows (replaced meanwhile) is history.
    if (sale.state != SaleState::LinkReady || sale.paymentLinkId != linkId)
        return true;
    if (sale.lastPaymentId == paymentId && sale.lastPaymentStatus == status)
        return true;
    SaleChange c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(status);
    c.columns = {{u"last_payment_id"_s, paymentId}, {u"last_payment_status"_s, token}};
    c.eventKind = u"status"_s;
    c.event = EventRecord::paymentStatus(paymentId, token);
    return m_writer.apply(c);
}

bool SyncOutcomes::recordDeliveryStatus(qint64 saleId, const ReportedSms &smsStatus, bool byEmail)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale) || (sale.smsStatus == smsStatus && sale.distributedByEmail == byEmail))
        return true;
    SaleChange c;
    c.saleId = saleId;
    const QString token = PaymentStatuses::token(smsStatus);
    c.columns = {{u"sms_status"_s, token.isEmpty() ? QVariant() : QVariant(token)},
                 {u"distributed_by_email"_s, byEmail ? 1 : 0}};
    // A link never sent (NOT_CREATED, no e-mail) has no delivery to tell of: the value is kept, the
    // timeline stays quiet.
    const bool changed = SmsDelivery::stage(sale.smsStatus) != SmsDelivery::stage(smsStatus)
        || SmsDelivery::stage(smsStatus) == SmsDelivery::Stage::Unknown || sale.distributedByEmail != byEmail;
    if (changed) {
        c.eventKind = u"status"_s;
        c.event = EventRecord::delivery(token, byEmail);
    }
    return m_writer.apply(c);
}
