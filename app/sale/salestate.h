#pragma once

#include "paymentstatus.h"

#include <QString>

// The life of a sale (docs/ARCHITECTURE.md). Closing the payment order is recorded beside the
// final state (Sale::orderClosed), so "Paid" stays what the seller sees after the order is closed.
enum class SaleState {
    Committed, // frozen with its number; the payment order is not created yet
    OrderCreated, // payment order exists; the link is not (or a new link replaces a cancelled one)
    LinkReady, // the payer can pay at checkout_url
    Paid, // paid through the link
    PaidCash, // the seller took cash; the link was cancelled
    Cancelled, // the seller cancelled before payment
    Expired, // the link passed its due date unpaid
    Failed, // the API refused the sale for good; the seller sees why
    Refunding, // the seller refunds a paid sale; the refund is on its way to the payment service
    Refunded, // paid, then given back in full: through the payment service, or in cash (recorded only)
};

namespace SaleStates {
QString key(SaleState state); // stable, stored in the database
bool fromKey(const QString &key, SaleState *out);
bool isFinal(SaleState state);
// The one place that says which transitions exist.
bool canTransition(SaleState from, SaleState to);
// Documents in a sale's life (SaleCommands::invoice): an unpaid sale can be invoiced, whatever its
// link is doing; the payment state goes on as before. Cancelling an invoiced sale credits it.
bool canInvoice(SaleState state);
// An overdue invoice's reminder: the sale is not paid or cancelled. An expired link is made anew
// (Expired → Committed, a new payment order), a ready one replaced (LinkReady → OrderCreated).
bool canRemind(SaleState state);
// For people, in the user's language.
QString displayName(SaleState state);

// A payment attempt that ended without the sale's money: declined, aborted, crashed, stopped,
// expired, cancelled, or too little or too much paid. The link stays payable.
bool isFailedPayment(const ReportedPayment &paymentStatus);
// An attempt whose outcome is still open (none yet, initiated, pending, funded): worth reading again.
bool isPaymentUnderWay(const ReportedPayment &paymentStatus);
// What happened to a failed attempt, for the seller, in the user's language; empty for any other status.
QString failedPaymentText(const ReportedPayment &paymentStatus);
// Any payment status in words; one Stallpay does not know says so ("unknown"), never the raw word.
QString paymentText(const ReportedPayment &paymentStatus);
} // namespace SaleStates
