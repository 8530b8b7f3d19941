// SaleService's refunds: a paid sale given back in full, as a state of its life and a job in the
// outbox like every other action (docs/ARCHITECTURE.md).
#include "saleservice.h"

using namespace Qt::StringLiterals;

const QStringList &SaleService::refundReasons()
{
    static const QStringList reasons {u"requested_by_customer"_s, u"fraudulent"_s, u"other"_s};
    return reasons;
}

bool SaleService::requestRefund(qint64 saleId, const QString &reason, const QString &note, QString *error)
{
    Sale sale;
    if (!load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (!refundReasons().contains(reason)) {
        *error = tr("Choose why the sale is refunded.");
        return false;
    }
    Change c;
    c.saleId = saleId;
    c.columns = {{u"refund_reason"_s, reason}, {u"refund_note"_s, note.trimmed()}, {u"last_error"_s, QVariant()}};
    c.eventKind = u"state"_s;
    if (sale.state == SaleState::PaidCash) {
        // Cash goes back across the counter: nothing to ask the payment service.
        c.to = SaleState::Refunded;
        c.takeReturnNumber = true;
        c.creditInvoice = true; // an invoiced sale gets its credit note in the refund's transaction
        c.detail = u"refunded in cash (%1)"_s.arg(reason);
        return apply(c, error);
    }
    if (sale.state != SaleState::Paid || sale.paymentOrderId.isEmpty()) {
        *error = tr("Sale %1 is %2; only a paid sale can be refunded.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state));
        return false;
    }
    c.to = SaleState::Refunding;
    c.detail = u"refund requested (%1)"_s.arg(reason);
    c.enqueue = {OutboxJob::Kind::Refund};
    return apply(c, error);
}

bool SaleService::recordRefunded(qint64 jobId, qint64 saleId, const QString &detail)
{
    Sale sale;
    if (!load(saleId, &sale))
        return false;
    Change c;
    c.saleId = saleId;
    c.eventKind = u"api"_s;
    c.detail = detail;
    c.job.jobId = jobId;
    if (sale.state == SaleState::Refunding) {
        c.to = SaleState::Refunded;
        c.takeReturnNumber = true;
        c.creditInvoice = true; // an invoiced sale gets its credit note in the refund's transaction
        c.columns = {{u"last_error"_s, QVariant()}};
    }
    return apply(c);
}
