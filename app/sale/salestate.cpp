#include "salestate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
constexpr SaleState kAll[] = {SaleState::Committed, SaleState::OrderCreated, SaleState::LinkReady, SaleState::Paid,
                              SaleState::PaidCash,  SaleState::Cancelled,    SaleState::Expired,   SaleState::Failed};
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
        return from == SaleState::LinkReady || from == SaleState::OrderCreated;
    case SaleState::Expired:
        return from == SaleState::LinkReady;
    case SaleState::PaidCash:
    case SaleState::Cancelled:
        return !isFinal(from);
    case SaleState::Failed:
        return from == SaleState::Committed || from == SaleState::OrderCreated;
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
    }
    return {};
}

bool isFailedPayment(const QString &paymentStatus)
{
    return paymentStatus == u"DECLINED"_s || paymentStatus == u"ABORTED"_s || paymentStatus == u"CRASHED"_s;
}

QString failedPaymentText(const QString &paymentStatus)
{
    if (paymentStatus == u"DECLINED"_s)
        return QCoreApplication::translate("SaleState", "The payment was declined.");
    if (paymentStatus == u"ABORTED"_s)
        return QCoreApplication::translate("SaleState", "The payer aborted the payment.");
    if (paymentStatus == u"CRASHED"_s)
        return QCoreApplication::translate("SaleState", "The payment failed at the payment service.");
    return {};
}

} // namespace SaleStates
