#include "returnreceiptrenderer.h"

#include "columnlayout.h"
#include "documentparts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

using Style = ColumnLayout::Style;

ReturnReceiptRenderer::ReturnReceiptRenderer(const Sale &sale, const StallDetails &stall, Paper paper)
    : ColumnDocument(paper)
    , m_sale(sale)
    , m_stall(stall)
{ }

QString ReturnReceiptRenderer::title() const
{
    return tr("Return %1").arg(m_sale.refundNumber);
}

QString ReturnReceiptRenderer::refundedText(const Sale &sale)
{
    if (sale.paymentMethod == u"swish"_s)
        return tr("Refunded to Swish");
    if (sale.paymentMethod == u"card"_s)
        return tr("Refunded to the card");
    if (sale.paymentMethod == u"cash"_s)
        return tr("Refunded in cash");
    return tr("Refunded");
}

QString ReturnReceiptRenderer::reasonText(const QString &reason)
{
    if (reason == u"requested_by_customer"_s)
        return tr("The customer asked for it");
    if (reason == u"fraudulent"_s)
        return tr("Fraudulent payment");
    return tr("Other reason");
}

void ReturnReceiptRenderer::build(ColumnLayout &layout) const
{
    const QLocale locale;
    if (m_copy)
        DocumentParts::addCopyMark(layout);
    DocumentParts::addStallHeader(layout, m_stall);
    layout.addSpace(2);
    layout.addRow(tr("Return %1").arg(m_sale.refundNumber),
                  m_sale.refundedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), Style::Bold);
    layout.addText(
        tr("Returns receipt %1 of %2").arg(m_sale.number).arg(m_sale.createdAt.toLocalTime().toString(u"yyyy-MM-dd"_s)),
        Style::Small);
    layout.addRule();
    for (const SaleLine &line : m_sale.lines) {
        layout.addRow(tr("%1 × %2").arg(locale.toString(-line.quantity), line.description),
                      (-line.total()).formatPlain(locale));
    }
    layout.addRule();
    layout.addRow(tr("Total"), (-m_sale.total).format(locale), Style::Total);
    layout.addSpace(1.5);

    const VatBreakdown breakdown = m_sale.breakdown();
    QList<QStringList> vat = {{tr("VAT %"), tr("Net"), tr("VAT"), tr("Gross")}};
    for (const VatGroup &g : breakdown.groups()) {
        vat.append({DocumentParts::ratePercent(g.basisPoints, locale), (-g.net()).formatPlain(locale),
                    (-g.vat).formatPlain(locale), (-g.gross).formatPlain(locale)});
    }
    if (breakdown.groups().size() > 1) {
        vat.append({tr("Sum"), (-breakdown.net()).formatPlain(locale), (-breakdown.vat()).formatPlain(locale),
                    (-breakdown.gross()).formatPlain(locale)});
    }
    layout.addTable(vat);
    layout.addRule();
    layout.addText(refundedText(m_sale), Style::Bold, Qt::AlignHCenter);
    layout.addText(reasonText(m_sale.refundReason), Style::Small, Qt::AlignHCenter);
    if (!m_sale.refundNote.isEmpty())
        layout.addText(m_sale.refundNote, Style::Small, Qt::AlignHCenter);
    if (m_copy) {
        layout.addSpace(2);
        DocumentParts::addCopyMark(layout);
    }
}
