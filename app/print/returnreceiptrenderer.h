#pragma once

#include "printdocument.h"
#include "sale/sale.h"
#include "stalldetails.h"

#include <QCoreApplication>

// The return receipt of a refunded sale ("Return"/"Retur"): its own number from the sales'
// series, the sale it returns, every line and the total as negative amounts, and VAT per rate
// negative too, from the sale's own VatBreakdown, so it cancels the receipt to the öre.
class ReturnReceiptRenderer : public ColumnDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReturnReceiptRenderer)

public:
    // `sale` with its lines (SaleQueries::load), in SaleState::Refunded.
    ReturnReceiptRenderer(const Sale &sale, const StallDetails &stall, Paper paper);

    QString title() const override;
    static QString refundedText(const Sale &sale); // "Refunded to Swish", "Refunded in cash", ...
    static QString reasonText(const QString &reason);

protected:
    void build(ColumnLayout &layout) const override;

private:
    Sale m_sale;
    StallDetails m_stall;
};
