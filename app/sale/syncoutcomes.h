#pragma once

#include "eventrecord.h"
#include "paymentstatus.h"
#include "pingdocument.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class SaleQueries;
class SaleWriter;

// What the sync engine learnt from the payment service, stored on the sale: the outcome of each
// outbox job (with the job's end, in one transaction) and the statuses the poller read.
class SyncOutcomes
{
public:
    SyncOutcomes(SaleWriter &writer, const SaleQueries &queries);

    // unknownAttempts: when earlier attempts of unknown outcome were sent; a payment order they may
    // have created is looked for there and closed (a close_orphans job).
    bool recordOrderCreated(qint64 jobId,
                            qint64 saleId,
                            const QString &paymentOrderId,
                            const QList<QDateTime> &unknownAttempts = {});
    bool recordLinkCreated(qint64 jobId, qint64 saleId, const QString &linkId, const QString &checkoutUrl);
    // The order is closed. paymentMethod (with the provider that carried it): how a paid sale was
    // paid ("swish", "card", … see PaymentMethods), as the order names it; stored with the close
    // when the sale does not know its method yet.
    bool
    recordOrderClosed(qint64 jobId, qint64 saleId, const QString &paymentMethod = {}, const QString &provider = {});
    // replaced: a replace_link job (requestNewLink) ends here; the new link is queued in this transaction.
    bool recordLinkCancelled(qint64 jobId, qint64 saleId, bool replaced = false);
    // A cancel found the link paid: the sale is paid (even while waiting for a replacement), no new link.
    bool recordLinkPaidBeforeCancel(const OutboxJob &job);
    bool recordDistributed(qint64 jobId, qint64 saleId, const ReportedSms &smsStatus, bool byEmail);
    // The payment service has refunded the payment (or had, when an answer was lost): Refunded,
    // with the return receipt's number.
    bool recordRefunded(qint64 jobId, qint64 saleId, const EventRecord &event);

    // Before the request leaves; payload (when set) replaces the job's, e.g. with the send time.
    // False (and the database's words in *error) when the mark is not on disk: nothing may be sent.
    bool recordJobInFlight(const OutboxJob &job, const std::optional<QString> &payload = {}, QString *error = nullptr);
    // A retry is due at nextAttemptUtc (never before notBefore). An attempt of unknown outcome keeps
    // the job in flight, so the next attempt reconciles first; payload, when set, replaces the job's.
    // `answer` is the service's (ProviderReply::record): the timeline keeps it, the sale's last
    // error says it in the current language.
    bool recordJobRetry(const OutboxJob &job,
                        const QJsonObject &answer,
                        const QDateTime &nextAttemptUtc,
                        const QDateTime &notBefore,
                        bool outcomeUnknown,
                        const QDateTime &sentAt,
                        const std::optional<QString> &payload = {});
    bool recordJobDone(const OutboxJob &job, const EventRecord &event);
    bool recordJobFailed(const OutboxJob &job, const QJsonObject &answer);
    // Ping's document is fetched and its PDF cached (saledocuments.cpp): its row, the timeline
    // event and the job's end in one change.
    bool recordPingDocument(qint64 jobId, const PingDocument &document);
    // The network is back: every waiting job is due now (or at its Retry-After floor).
    void wakeJobs();

    // What the poller saw: the link's status (completed, expired, cancelled elsewhere, ...).
    bool recordLinkStatus(qint64 saleId, const ReportedLink &linkStatus);
    // The newest payment attempt on link linkId, as the payment order lists it. Ignored when the sale
    // follows another link by now; nothing is written when it is what the sale says already.
    bool
    recordPaymentStatus(qint64 saleId, const QString &linkId, const QString &paymentId, const ReportedPayment &status);
    // The delivery status the poller read from the link.
    bool recordDeliveryStatus(qint64 saleId, const ReportedSms &smsStatus, bool byEmail);

private:
    SaleWriter &m_writer;
    const SaleQueries &m_queries;
};
