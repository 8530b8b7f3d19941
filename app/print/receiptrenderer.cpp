#include "receiptrenderer.h"

#include "columnlayout.h"
#include "documentparts.h"
#include "sale/paymentmethods.h"

#include <QLocale>

using namespace Qt::StringLiterals;

using Style = ColumnLayout::Style;

ReceiptRenderer::ReceiptRenderer(const Sale &sale, const StallDetails &stall, Paper paper)
    : ColumnDocument(paper)
    , m_sale(sale)
    , m_stall(stall)
{ }

QString ReceiptRenderer::title() const
{
    return tr("Receipt %1").arg(m_sale.number);
}

QString ReceiptRenderer::paymentText(const Sale &sale)
{
    switch (sale.state) {
    case SaleState::Paid:
    case SaleState::PaidCash:
        return PaymentMethods::paidWith(sale.state == SaleState::PaidCash ? u"cash"_s : sale.paymentMethod);
    case SaleState::Cancelled:
        return tr("Cancelled — nothing was paid");
    case SaleState::Expired:
        return tr("Not paid: the payment link expired");
    case SaleState::Failed:
        return tr("Not paid: the payment service refused the sale");
    case SaleState::Refunding:
        return tr("Paid; a refund is under way");
    case SaleState::Refunded:
        return tr("Paid, then refunded (return receipt %1)").arg(sale.refundNumber);
    case SaleState::Committed:
    case SaleState::OrderCreated:
    case SaleState::LinkReady:
        break;
    }
    return tr("Not paid yet");
}

void ReceiptRenderer::build(ColumnLayout &layout) const
{
    const QLocale locale;
    if (m_copy)
        DocumentParts::addCopyMark(layout);
    DocumentParts::addStallHeader(layout, m_stall);
    if (!m_stall.tillId.isEmpty())
        layout.addText(tr("Till %1").arg(m_stall.tillId), Style::Small, Qt::AlignHCenter);
    layout.addSpace(2);
    layout.addRow(tr("Receipt %1").arg(m_sale.number), m_sale.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                  Style::Bold);
    layout.addRule();
    for (const SaleLine &line : m_sale.lines) {
        layout.addRow(tr("%1 × %2").arg(locale.toString(line.quantity), line.description),
                      line.total().formatPlain(locale));
        if (line.quantity != 1)
            layout.addText(tr("%1 each").arg(line.unitPrice.formatPlain(locale)), Style::Small);
    }
    layout.addRule();
    layout.addRow(tr("Total"), m_sale.total.format(locale), Style::Total);
    layout.addSpace(1.5);

    const VatBreakdown breakdown = m_sale.breakdown();
    QList<QStringList> vat = {{tr("VAT %"), tr("Net"), tr("VAT"), tr("Gross")}};
    for (const VatGroup &g : breakdown.groups()) {
        vat.append({DocumentParts::ratePercent(g.basisPoints, locale), g.net().formatPlain(locale),
                    g.vat.formatPlain(locale), g.gross.formatPlain(locale)});
    }
    if (breakdown.groups().size() > 1) {
        vat.append({tr("Sum"), breakdown.net().formatPlain(locale), breakdown.vat().formatPlain(locale),
                    breakdown.gross().formatPlain(locale)});
    }
    layout.addTable(vat);
    layout.addRule();

    layout.addText(paymentText(m_sale), Style::Bold, Qt::AlignHCenter);
    if (m_sale.state == SaleState::LinkReady && !m_sale.checkoutUrl.isEmpty()) {
        layout.addText(tr("Scan the code with your phone to pay %1.").arg(m_sale.total.format(locale)), Style::Small,
                       Qt::AlignHCenter);
        layout.addQrCode(m_sale.checkoutUrl.toUtf8(), qMin(40.0, layout.width() / layout.mm(1)));
        layout.addText(m_sale.checkoutUrl, Style::Small, Qt::AlignHCenter);
    } else if (m_sale.state == SaleState::Committed || m_sale.state == SaleState::OrderCreated) {
        layout.addText(tr("The payment link is not ready yet; ask the seller to show or send it."), Style::Small,
                       Qt::AlignHCenter);
    }
    if (m_sale.state == SaleState::Paid || m_sale.state == SaleState::PaidCash) {
        layout.addSpace(3);
        layout.addText(tr("Thank you for your purchase!"), Style::Body, Qt::AlignHCenter);
    }
    if (m_copy) {
        layout.addSpace(2);
        DocumentParts::addCopyMark(layout);
    }
}
