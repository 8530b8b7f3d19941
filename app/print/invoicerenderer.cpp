#include "invoicerenderer.h"

#include "columnlayout.h"
#include "documentparts.h"

#include <QImage>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

using Style = ColumnLayout::Style;

InvoiceRenderer::InvoiceRenderer(const Sale &sale,
                                 const Invoice &invoice,
                                 const InvoiceBuyer &buyer,
                                 const StallDetails &seller,
                                 const QTranslator *translator,
                                 Mode mode,
                                 const QDate &today)
    : ColumnDocument(Paper::a4())
    , m_sale(sale)
    , m_invoice(invoice)
    , m_buyer(buyer)
    , m_seller(seller)
    , m_translator(translator)
    , m_mode(mode)
    , m_today(today.isValid() ? today : invoice.invoiceDate)
    , m_locale(invoice.language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Swedish, QLocale::Sweden))
{ }

QString InvoiceRenderer::say(const char *source) const
{
    const QString translated = m_translator ? m_translator->translate("InvoiceRenderer", source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString InvoiceRenderer::money(Money amount) const
{
    return (m_mode == Mode::CreditNote ? -amount : amount).formatPlain(m_locale);
}

QString InvoiceRenderer::title() const
{
    switch (m_mode) {
    case Mode::CreditNote:
        return say(QT_TR_NOOP("Credit note %1")).arg(m_invoice.number);
    case Mode::Reminder:
        return say(QT_TR_NOOP("Reminder %1")).arg(m_invoice.number);
    case Mode::Invoice:
        break;
    }
    return say(QT_TR_NOOP("Invoice %1")).arg(m_invoice.number);
}

void InvoiceRenderer::build(ColumnLayout &layout) const
{
    if (m_invoice.simplified && m_mode != Mode::CreditNote) {
        buildSimplified(layout);
        return;
    }
    const auto date = [](const QDate &d) {
        return d.toString(Qt::ISODate);
    };
    const Money total = m_sale.total;
    // A reminder asks to be paid by its own day; the invoice's stays on it as what was due.
    const QDate payBy =
        m_mode == Mode::Reminder && m_invoice.reminderDueDate.isValid() ? m_invoice.reminderDueDate : m_invoice.dueDate;
    if (!m_seller.logoPath.isEmpty())
        layout.addImage(QImage(m_seller.logoPath), 18);

    QString heading = m_mode == Mode::CreditNote ? say(QT_TR_NOOP("Credit note"))
        : m_mode == Mode::Reminder               ? say(QT_TR_NOOP("Payment reminder"))
        : m_invoice.simplified                   ? say(QT_TR_NOOP("Invoice (simplified)"))
                                                 : say(QT_TR_NOOP("Invoice"));
    layout.addText(heading, Style::Heading);
    layout.addSpace(2);

    // The seller, and the document's numbers and dates.
    QStringList seller = {m_seller.name, m_seller.street, (m_seller.zip + u' ' + m_seller.city).trimmed()};
    if (!m_seller.organizationNumber.isEmpty())
        seller.append(say(QT_TR_NOOP("Org. no. %1")).arg(m_seller.organizationNumber));
    if (!m_seller.vatNumber.isEmpty())
        seller.append(say(QT_TR_NOOP("VAT reg. no. %1")).arg(m_seller.vatNumber));
    if (m_seller.fSkatt)
        seller.append(say(QT_TR_NOOP("Approved for F-tax")));
    QStringList numbers;
    if (m_mode == Mode::CreditNote) {
        numbers = {say(QT_TR_NOOP("Credit note no. %1")).arg(m_invoice.number),
                   say(QT_TR_NOOP("Date: %1")).arg(date(m_invoice.invoiceDate)),
                   say(QT_TR_NOOP("Credits invoice no. %1 of %2"))
                       .arg(QString::number(m_invoice.creditsNumber), date(m_invoice.creditsDate)),
                   say(QT_TR_NOOP("Delivery date: %1")).arg(date(m_invoice.deliveryDate))};
    } else {
        numbers = {say(QT_TR_NOOP("Invoice no. %1")).arg(m_invoice.number),
                   say(QT_TR_NOOP("Invoice date: %1")).arg(date(m_invoice.invoiceDate)),
                   say(QT_TR_NOOP("Delivery date: %1")).arg(date(m_invoice.deliveryDate)),
                   say(QT_TR_NOOP("Due date: %1")).arg(date(m_invoice.dueDate)),
                   say(QT_TR_NOOP("OCR reference: %1")).arg(m_invoice.ocr)};
        if (m_mode == Mode::Reminder)
            numbers.append(say(QT_TR_NOOP("Reminder date: %1")).arg(date(m_today)));
    }
    numbers.append(say(QT_TR_NOOP("Sale no. %1")).arg(m_sale.number));
    layout.addColumns(seller, numbers);

    // The buyer, and how to pay.
    QStringList buyer = {say(QT_TR_NOOP("Customer")), m_buyer.name, m_buyer.street,
                         (m_buyer.zip + u' ' + m_buyer.city).trimmed()};
    if (!m_buyer.orgNumber.isEmpty())
        buyer.append(say(QT_TR_NOOP("Org. no. %1")).arg(m_buyer.orgNumber));
    if (!m_buyer.vatNumber.isEmpty())
        buyer.append(say(QT_TR_NOOP("VAT reg. no. %1")).arg(m_buyer.vatNumber));
    QStringList payment;
    if (m_mode != Mode::CreditNote) {
        payment.append(say(QT_TR_NOOP("Payment")));
        if (!m_seller.bankgiro.isEmpty())
            payment.append(say(QT_TR_NOOP("Bankgiro: %1")).arg(m_seller.bankgiro));
        if (!m_seller.plusgiro.isEmpty())
            payment.append(say(QT_TR_NOOP("Plusgiro: %1")).arg(m_seller.plusgiro));
        payment.append(say(QT_TR_NOOP("OCR reference: %1")).arg(m_invoice.ocr));
        payment.append(say(QT_TR_NOOP("Amount to pay: %1 SEK")).arg(money(total)));
        payment.append(say(QT_TR_NOOP("Due date: %1")).arg(date(payBy)));
    }
    layout.addColumns(buyer, payment);
    layout.addRule();

    if (m_mode == Mode::Reminder) {
        layout.addText(say(QT_TR_NOOP("Invoice no. %1 of %2 was due on %3 and we have not received your payment. "
                                      "Please pay %4 SEK by %5 with the same OCR reference. If you have paid "
                                      "already, please disregard this reminder."))
                           .arg(QString::number(m_invoice.number), date(m_invoice.invoiceDate), date(m_invoice.dueDate),
                                money(total), date(payBy)));
        layout.addSpace(2);
    }

    // What was sold: quantity and kind of goods, and the rate of each line.
    QList<QStringList> lines = {{say(QT_TR_NOOP("Description")), say(QT_TR_NOOP("Quantity")),
                                 say(QT_TR_NOOP("Unit price")), say(QT_TR_NOOP("VAT")), say(QT_TR_NOOP("Amount"))}};
    for (const SaleLine &line : m_sale.lines) {
        lines.append({line.description, m_locale.toString(line.quantity), money(line.unitPrice),
                      DocumentParts::ratePercent(line.vatBasisPoints, m_locale), money(line.total())});
    }
    layout.addTable(lines, Style::Body);
    layout.addRule();

    // Taxable amount, rate and VAT per rate, then the total.
    const VatBreakdown breakdown = m_sale.breakdown();
    QList<QStringList> vat = {{say(QT_TR_NOOP("VAT rate")), say(QT_TR_NOOP("Taxable amount")),
                               say(QT_TR_NOOP("VAT amount")), say(QT_TR_NOOP("Incl. VAT"))}};
    bool exempt = false;
    for (const VatGroup &g : breakdown.groups()) {
        vat.append({DocumentParts::ratePercent(g.basisPoints, m_locale), money(g.net()), money(g.vat), money(g.gross)});
        exempt = exempt || g.basisPoints == 0;
    }
    vat.append({say(QT_TR_NOOP("Sum")), money(breakdown.net()), money(breakdown.vat()), money(breakdown.gross())});
    layout.addTable(vat, Style::Body);
    if (exempt) {
        layout.addText(say(QT_TR_NOOP("No VAT is charged on the lines at 0 %: they are exempt from VAT or outside "
                                      "its scope (mervärdesskattelagen 2023:200, chapter 10).")),
                       Style::Small);
    }
    layout.addSpace(1);
    layout.addRow(m_mode == Mode::CreditNote ? say(QT_TR_NOOP("Total credited (SEK)"))
                                             : say(QT_TR_NOOP("Total to pay (SEK)")),
                  money(total), Style::Total);
    layout.addRule();

    if (m_mode == Mode::CreditNote && m_sale.refundNumber != 0) {
        // The invoice was paid, then the sale refunded: the credit note goes with the refund.
        layout.addText(say(QT_TR_NOOP("This credit note credits invoice no. %1 of %2 in full: the amount paid is "
                                      "refunded (return receipt %3 of %4)."))
                           .arg(QString::number(m_invoice.creditsNumber), date(m_invoice.creditsDate),
                                QString::number(m_sale.refundNumber), date(m_sale.refundDate)));
    } else if (m_mode == Mode::CreditNote) {
        layout.addText(say(QT_TR_NOOP("This credit note cancels invoice no. %1 of %2 in full. Nothing is to be "
                                      "paid."))
                           .arg(QString::number(m_invoice.creditsNumber), date(m_invoice.creditsDate)));
    } else {
        layout.addText(say(QT_TR_NOOP("Payment terms: %1 days net. Please give the OCR reference when you pay."))
                           .arg(m_invoice.termsDays),
                       Style::Small);
        layout.addText(m_seller.lateInterest.isEmpty()
                           ? say(QT_TR_NOOP("Interest on late payment is charged according to the Swedish "
                                            "Interest Act (räntelagen)."))
                           : say(QT_TR_NOOP("Interest on late payment: %1 % a year.")).arg(m_seller.lateInterest),
                       Style::Small);
        addPayLink(layout);
    }
    if (!m_seller.website.isEmpty()) {
        layout.addSpace(2);
        layout.addText(m_seller.website, Style::Small, Qt::AlignHCenter);
    }
}

// A simplified invoice (förenklad faktura) of a sale under 4 000 kr incl. VAT. Mervärdesskattelagen
// (2023:200) 17 kap. 25 § lets it leave out most of 24 §; what it must say (as in the earlier
// 11 kap. 9 § ML and article 226b of the VAT directive, 2006/112/EC) is only:
//   1. the date it is issued — "Invoice date";
//   2. who the seller is — the name and, as Skatteverket reads "identifiering av säljaren", the VAT
//      registration number (the org. number where there is none);
//   3. what kind of goods or services were sold — the lines' descriptions and quantities;
//   4. the VAT to pay, or what it takes to compute it — the rate and VAT amount per rate, with the
//      amount incl. VAT.
// So the buyer's name and address, the seller's address, the delivery date, the unit prices, the
// taxable amount per rate and the reason for 0 % are left out (the full invoice has them). The
// number from the invoice series stays (bokföringslagen wants every voucher numbered, and it is the
// OCR reference's root), and so does how to pay it — due date, bankgiro, OCR, the QR — which is
// not a VAT field but what makes it an invoice one can pay. Figures are the sale's VatBreakdown,
// as on the full invoice.
void InvoiceRenderer::buildSimplified(ColumnLayout &layout) const
{
    const auto date = [](const QDate &d) {
        return d.toString(Qt::ISODate);
    };
    const bool reminder = m_mode == Mode::Reminder;
    const QDate payBy = reminder && m_invoice.reminderDueDate.isValid() ? m_invoice.reminderDueDate : m_invoice.dueDate;
    if (!m_seller.logoPath.isEmpty())
        layout.addImage(QImage(m_seller.logoPath), 18);
    layout.addText(reminder ? say(QT_TR_NOOP("Payment reminder")) : say(QT_TR_NOOP("Invoice (simplified)")),
                   Style::Heading);
    layout.addSpace(2);

    QStringList seller = {m_seller.name};
    if (!m_seller.vatNumber.isEmpty())
        seller.append(say(QT_TR_NOOP("VAT reg. no. %1")).arg(m_seller.vatNumber));
    else if (!m_seller.organizationNumber.isEmpty())
        seller.append(say(QT_TR_NOOP("Org. no. %1")).arg(m_seller.organizationNumber));
    if (m_seller.fSkatt)
        seller.append(say(QT_TR_NOOP("Approved for F-tax")));
    QStringList numbers = {say(QT_TR_NOOP("Invoice no. %1")).arg(m_invoice.number),
                           say(QT_TR_NOOP("Invoice date: %1")).arg(date(m_invoice.invoiceDate))};
    if (reminder)
        numbers.append(say(QT_TR_NOOP("Reminder date: %1")).arg(date(m_today)));
    layout.addColumns(seller, numbers);

    QStringList payment = {say(QT_TR_NOOP("Payment"))};
    if (!m_seller.bankgiro.isEmpty())
        payment.append(say(QT_TR_NOOP("Bankgiro: %1")).arg(m_seller.bankgiro));
    if (!m_seller.plusgiro.isEmpty())
        payment.append(say(QT_TR_NOOP("Plusgiro: %1")).arg(m_seller.plusgiro));
    payment.append(say(QT_TR_NOOP("OCR reference: %1")).arg(m_invoice.ocr));
    payment.append(say(QT_TR_NOOP("Due date: %1")).arg(date(payBy)));
    layout.addColumns(payment, {});
    layout.addRule();
    if (reminder) {
        layout.addText(say(QT_TR_NOOP("Invoice no. %1 of %2 was due on %3 and we have not received your payment. "
                                      "Please pay %4 SEK by %5 with the same OCR reference. If you have paid "
                                      "already, please disregard this reminder."))
                           .arg(QString::number(m_invoice.number), date(m_invoice.invoiceDate), date(m_invoice.dueDate),
                                money(m_sale.total), date(payBy)));
        layout.addSpace(2);
    }

    QList<QStringList> lines = {{say(QT_TR_NOOP("Description")), say(QT_TR_NOOP("Quantity")), say(QT_TR_NOOP("VAT")),
                                 say(QT_TR_NOOP("Incl. VAT"))}};
    for (const SaleLine &line : m_sale.lines) {
        lines.append({line.description, m_locale.toString(line.quantity),
                      DocumentParts::ratePercent(line.vatBasisPoints, m_locale), money(line.total())});
    }
    layout.addTable(lines, Style::Body);
    layout.addRule();

    const VatBreakdown breakdown = m_sale.breakdown();
    QList<QStringList> vat = {
        {say(QT_TR_NOOP("VAT rate")), say(QT_TR_NOOP("VAT amount")), say(QT_TR_NOOP("Incl. VAT"))}};
    for (const VatGroup &g : breakdown.groups())
        vat.append({DocumentParts::ratePercent(g.basisPoints, m_locale), money(g.vat), money(g.gross)});
    vat.append({say(QT_TR_NOOP("Sum")), money(breakdown.vat()), money(breakdown.gross())});
    layout.addTable(vat, Style::Body);
    layout.addSpace(1);
    layout.addRow(say(QT_TR_NOOP("Total to pay (SEK)")), money(m_sale.total), Style::Total);
    layout.addRule();
    layout.addText(say(QT_TR_NOOP("Payment terms: %1 days net. Please give the OCR reference when you pay."))
                       .arg(m_invoice.termsDays),
                   Style::Small);
    addPayLink(layout);
}

void InvoiceRenderer::addPayLink(ColumnLayout &layout) const
{
    if (m_sale.checkoutUrl.isEmpty() || SaleStates::isFinal(m_sale.state))
        return;
    layout.addSpace(3);
    layout.addText(say(QT_TR_NOOP("Scan to pay")), Style::Bold, Qt::AlignHCenter);
    layout.addQrCode(m_sale.checkoutUrl.toUtf8(), 40);
    layout.addText(m_sale.checkoutUrl, Style::Small, Qt::AlignHCenter);
}
