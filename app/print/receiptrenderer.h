#pragma once

#include "printdocument.h"
#include "sale/sale.h"
#include "stalldetails.h"

#include <QCoreApplication>

// A sale's receipt on an 80 or 58 mm roll: the stall, the sale's number and time, its lines, the
// total, VAT per rate from the sale's own VatBreakdown (so receipt, API payload and day report agree
// to the öre), and how it stands: paid and how, or unpaid with its payment link as a QR code.
class ReceiptRenderer : public ColumnDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)

public:
    // `sale` with its lines (SaleService::load).
    ReceiptRenderer(const Sale &sale, const StallDetails &stall, Paper paper);

    QString title() const override;
    // What the receipt says about payment ("Paid with Swish", "Not paid yet").
    static QString paymentText(const Sale &sale);

protected:
    void build(ColumnLayout &layout) const override;

private:
    Sale m_sale;
    StallDetails m_stall;
};
