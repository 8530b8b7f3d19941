#pragma once

#include "printdocument.h"
#include "sale/sale.h"
#include "stalldetails.h"

#include <QCoreApplication>

// A sale's receipt on an 80 or 58 mm roll: the stall, the sale's number and time, its lines, the
// total, VAT per rate from the sale's own VatBreakdown (so receipt, API payload and day report agree
// to the öre), and how it stands: paid and how, or unpaid with its payment link as a QR code. What
// SKVFS 2014:9 7 kap. 1 § asks of a cash register's receipt is on it: the company's name and org.
// number, the sales address, date and time, the receipt's number (the sale's: gapless, ascending),
// the till's id, the articles with count and price incl. VAT, the total, VAT per rate and how it was
// paid; a reprint says KOPIA.
class ReceiptRenderer : public ColumnDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRenderer)

public:
    // `sale` with its lines (SaleQueries::load).
    ReceiptRenderer(const Sale &sale, const StallDetails &stall, Paper paper);

    QString title() const override;
    // A reprint (the sale's receipt was printed or saved before): says KOPIA, large, at the top and
    // the bottom (SKVFS 2014:9 7 kap.: at least twice the height of the amounts).
    void setCopy(bool copy) { m_copy = copy; }
    // What the receipt says about payment ("Paid with Swish", "Not paid yet").
    static QString paymentText(const Sale &sale);

protected:
    void build(ColumnLayout &layout) const override;

private:
    Sale m_sale;
    StallDetails m_stall;
    bool m_copy = false;
};
