#include "salestate.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr SaleState kAll[] = {SaleState::Committed, SaleState::OrderCreated, SaleState::LinkReady, SaleState::Paid,
                              SaleState::PaidCash,  SaleState::Cancelled,    SaleState::Expired,   SaleState::Failed,
                              SaleState::Refunding, SaleState::Refunded};
}

namespace SaleStates {

QString key(SaleState state)
{
    switch (state) {
    case SaleState::Committed:
        return u"committed"_s;
    case SaleState::OrderCreated:
        return u"order_created"_s;
    case SaleState::LinkReady:
        return u"link_ready"_s;
    case SaleState::Paid:
        return u"paid"_s;
    case SaleState::PaidCash:
        return u"paid_cash"_s;
    case SaleState::Cancelled:
        return u"cancelled"_s;
    case SaleState::Expired:
        return u"expired"_s;
    case SaleState::Failed:
        return u"failed"_s;
    case SaleState::Refunding:
        return u"refunding"_s;
    case SaleState::Refunded:
        return u"refunded"_s;
    }
    return {};
}

bool fromKey(const QString &k, SaleState *out)
{
    for (SaleState s : kAll) {
        if (key(s) == k) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool isFinal(SaleState state)
{
    switch (state) {
    case SaleState::Paid:
    case SaleState::PaidCash:
    case SaleState::Cancelled:
    case SaleState::Expired:
    case SaleState::Failed:
    case SaleState::Refunding: // settled; only its refund is still under way
    case SaleState::Refunded:
        return true;
    default:
        return false;
    }
}

bool canTransition(SaleState from, SaleState to)
{
    switch (to) {
    case SaleState::Committed:
        // Only a reminder of an overdue invoice starts over: its expired link gets a new order.
        return from == SaleState::Expired;
    case SaleState::OrderCreated:
        // From LinkReady: the seller asked for a new link; the old one is cancelled first.
        return from == SaleState::Committed || from == SaleState::LinkReady;
    case SaleState::LinkReady:
        return from == SaleState::OrderCreated;
    case SaleState::Paid:
        // From OrderCreated: the link being replaced was paid before it could be cancelled.
        // From Refunding: the payment service refused the refund; the sale stays paid.
        // From Cancelled: the payer paid before the seller's cancel reached the payment service.
        return from == SaleState::LinkReady || from == SaleState::OrderCreated || from == SaleState::Refunding
            || from == SaleState::Cancelled;
    case SaleState::Expired:
        return from == SaleState::LinkReady;
    case SaleState::PaidCash:
    case SaleState::Cancelled:
        return !isFinal(from);
    case SaleState::Failed:
        return from == SaleState::Committed || from == SaleState::OrderCreated;
    case SaleState::Refunding:
        return from == SaleState::Paid;
    case SaleState::Refunded: // through the payment service, or a cash sale in cash
        return from == SaleState::Refunding || from == SaleState::PaidCash;
    }
    return false;
}

bool canInvoice(SaleState state)
{
    return !isFinal(state);
}

bool canRemind(SaleState state)
{
    return !isFinal(state) || state == SaleState::Expired;
}

QString displayName(SaleState state)
{
    switch (state) {
    case SaleState::Committed:
        return QCoreApplication::translate("SaleState", "Waiting for network");
    case SaleState::OrderCreated:
        return QCoreApplication::translate("SaleState", "Creating payment link");
    case SaleState::LinkReady:
        return QCoreApplication::translate("SaleState", "Waiting for payment");
    case SaleState::Paid:
        return QCoreApplication::translate("SaleState", "Paid");
    case SaleState::PaidCash:
        return QCoreApplication::translate("SaleState", "Paid in cash");
    case SaleState::Cancelled:
        return QCoreApplication::translate("SaleState", "Cancelled");
    case SaleState::Expired:
        return QCoreApplication::translate("SaleState", "Expired");
    case SaleState::Failed:
        return QCoreApplication::translate("SaleState", "Refused by the payment service");
    case SaleState::Refunding:
        return QCoreApplication::translate("SaleState", "Refund under way");
    case SaleState::Refunded:
        return QCoreApplication::translate("SaleState", "Refunded");
    }
    return {};
}

bool isFailedPayment(const ReportedPayment &paymentStatus)
{
    return PaymentStatuses::isFailed(paymentStatus.value);
}

bool isPaymentUnderWay(const ReportedPayment &paymentStatus)
{
    return PaymentStatuses::isUnderWay(paymentStatus.value);
}

QString failedPaymentText(const ReportedPayment &paymentStatus)
{
    return isFailedPayment(paymentStatus) ? paymentText(paymentStatus) : QString();
}

QString paymentText(const ReportedPayment &paymentStatus)
{
    switch (paymentStatus.value) {
    case PaymentStatus::None:
        return {};
    case PaymentStatus::Initiated:
    case PaymentStatus::Pending:
        return QCoreApplication::translate("SaleState", "The payer is paying.");
    case PaymentStatus::Completed:
        return QCoreApplication::translate("SaleState", "The payment is complete.");
    case PaymentStatus::Declined:
        return QCoreApplication::translate("SaleState", "The payment was declined.");
    case PaymentStatus::Aborted:
        return QCoreApplication::translate("SaleState", "The payer aborted the payment.");
    case PaymentStatus::Cancelled:
        return QCoreApplication::translate("SaleState", "The payment was cancelled; no money was taken.");
    case PaymentStatus::Crashed:
        return QCoreApplication::translate("SaleState", "The payment failed at the payment service.");
    case PaymentStatus::Stopped:
        return QCoreApplication::translate("SaleState", "The payment was stopped; no money was taken.");
    case PaymentStatus::Expired:
        return QCoreApplication::translate("SaleState", "The payment timed out before the payer finished.");
    case PaymentStatus::Underfunded:
        return QCoreApplication::translate("SaleState",
                                           "The payer paid too little; the payment service holds the money.");
    case PaymentStatus::Overfunded:
        return QCoreApplication::translate("SaleState",
                                           "The payer paid too much; the payment service holds the money.");
    case PaymentStatus::Funded:
        return QCoreApplication::translate("SaleState", "The money has arrived and is being checked.");
    case PaymentStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("SaleState", "The payment's status is unknown.");
}

} // namespace SaleStates
