// The seller's refunds: a paid sale given back in full, as a state of its life and a job in the
// outbox like every other action (docs/ARCHITECTURE.md).
#include "salecommands.h"
#include "salequeries.h"
#include "salewriter.h"

using namespace Qt::StringLiterals;

const QStringList &SaleCommands::refundReasons()
{
    static const QStringList reasons {u"requested_by_customer"_s, u"fraudulent"_s, u"other"_s};
    return reasons;
}

bool SaleCommands::requestRefund(qint64 saleId, const QString &reason, const QString &note, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (!refundReasons().contains(reason)) {
        *error = tr("Choose why the sale is refunded.");
        return false;
    }
    SaleChange c;
    c.saleId = saleId;
    c.columns = {{u"refund_reason"_s, reason}, {u"refund_note"_s, note.trimmed()}, {u"last_error"_s, QVariant()}};
    c.on = SaleTrigger::Refund;
    c.refuseIfNoRow = true;
    c.eventKind = u"state"_s;
    if (sale.state == SaleState::PaidCash) {
        // Cash goes back across the counter: nothing to ask the payment service.
        c.event = EventRecord::refundedInCash(reason);
        return m_writer.apply(c, error);
    }
    if (sale.state != SaleState::Paid || sale.paymentOrderId.isEmpty()) {
        *error = tr("Sale %1 is %2; only a paid sale can be refunded.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state));
        return false;
    }
    c.event = EventRecord::refundRequested(reason);
    return m_writer.apply(c, error);
}
