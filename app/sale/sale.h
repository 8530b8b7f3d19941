#pragma once

#include "money/vatbreakdown.h"
#include "paymentstatus.h"
#include "salestate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// A line as it was sold: the VAT rate is frozen at commit, whatever the table says later.
struct SaleLine
{
    qint64 productId = 0;
    QString description;
    Money unitPrice;
    int quantity = 1;
    int vatBasisPoints = 0;
    Money total() const { return unitPrice * quantity; }
};

// A committed sale: the bookkeeping record and where it stands with the payment service.
struct Sale
{
    qint64 id = 0;
    qint64 number = 0; // gapless, never reused
    QDateTime createdAt;
    QDate saleDate;
    QList<SaleLine> lines;
    Money total;
    Money vat;
    SaleState state = SaleState::Committed;
    QString paymentMethod; // "swish", "card", "cash", … once known (PaymentMethods)
    QString paymentProvider; // who carried a paid link's payment ("swish", "payment_iq", …); a detail
    QString paymentOrderId;
    QString paymentLinkId;
    QString checkoutUrl;
    ReportedLink linkStatus;
    bool orderClosed = false;
    QString lastError;
    ReportedSms smsStatus; // as the payment service reports it (SmsDelivery says it in words)
    bool distributedByEmail = false;
    // The newest payment attempt on the current link (from the payment order) and its status;
    // none before the payer tried.
    QString lastPaymentId;
    ReportedPayment lastPaymentStatus;
    // The refund (SaleState::Refunding/Refunded): why, the seller's note, and once done the return
    // receipt's number (from the sales' own series), when, and the day it counts for.
    QString refundReason; // requested_by_customer, fraudulent, other
    QString refundNote;
    qint64 refundNumber = 0;
    QDateTime refundedAt;
    QDate refundDate;
    // Its invoice, once one is issued (SaleCommands::invoice): the number and when it is due. A link
    // made for an invoiced sale is due on the same day.
    qint64 invoiceNumber = 0;
    QDate invoiceDueDate;
    bool credited = false; // a credit note cancels the invoice

    // The payer's last attempt failed; the link is still payable, or the seller makes a new one.
    bool lastPaymentFailed() const { return SaleStates::isFailedPayment(lastPaymentStatus); }
    // The seller asked for a new link: the old one is being cancelled, or the new one made.
    bool replacingLink() const { return state == SaleState::OrderCreated && !paymentLinkId.isEmpty(); }

    VatBreakdown breakdown() const
    {
        VatBreakdown b;
        for (const SaleLine &line : lines)
            b.add(line.vatBasisPoints, line.total());
        return b;
    }
};
