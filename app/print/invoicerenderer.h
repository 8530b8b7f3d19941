#pragma once

#include "printdocument.h"
#include "sale/invoice.h"
#include "sale/sale.h"
#include "stalldetails.h"

#include <QCoreApplication>

class QTranslator;

// A sale's invoice, credit note or payment reminder on A4, in the buyer's language: every field of
// mervärdesskattelagen (2023:200) 17 kap. 24 § — invoice date and number, seller's name, address
// and VAT number, buyer's name and address, quantity and kind of goods, delivery date, taxable
// amount, rate and VAT per rate (from the sale's VatBreakdown, so invoice, receipt, API payload and
// day report agree to the öre), the reason where no VAT is charged — and how to pay: due date,
// terms, late interest, bankgiro/plusgiro with the OCR reference, and the payment link as a QR code.
class InvoiceRenderer : public ColumnDocument
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRenderer)

public:
    enum class Mode { Invoice, CreditNote, Reminder };

    // `invoice` is the invoice, or for a credit note the credit note (which names the invoice it
    // credits); a reminder is of the invoice, on `today`. `translator`: the buyer's language (null:
    // English, the source texts). `sale` with its lines (SaleQueries::load).
    InvoiceRenderer(const Sale &sale,
                    const Invoice &invoice,
                    const InvoiceBuyer &buyer,
                    const StallDetails &seller,
                    const QTranslator *translator,
                    Mode mode = Mode::Invoice,
                    const QDate &today = {});

    QString title() const override;
    // The document's own number series name and number for the file: "Invoice 12" / "Faktura 12".
    static Mode modeOf(const Invoice &invoice) { return invoice.isCreditNote() ? Mode::CreditNote : Mode::Invoice; }

protected:
    void build(ColumnLayout &layout) const override;

private:
    QString say(const char *source) const; // in the buyer's language
    QString money(Money amount) const;

    Sale m_sale;
    Invoice m_invoice;
    InvoiceBuyer m_buyer;
    StallDetails m_seller;
    const QTranslator *m_translator;
    Mode m_mode;
    QDate m_today;
    QLocale m_locale;
};
