#include "dayreportrenderer.h"

#include "columnlayout.h"
#include "documentparts.h"
#include "sale/paymentmethods.h"

#include <QLocale>

using namespace Qt::StringLiterals;

using Style = ColumnLayout::Style;

DayReportRenderer::DayReportRenderer(const DayReport &report,
                                     const StallDetails &stall,
                                     const QDateTime &printedAt,
                                     Paper paper)
    : ColumnDocument(paper)
    , m_report(report)
    , m_stall(stall)
    , m_printedAt(printedAt)
{ }

QString DayReportRenderer::title() const
{
    return tr("Day report %1").arg(m_report.day.toString(Qt::ISODate));
}

void DayReportRenderer::build(ColumnLayout &layout) const
{
    const QLocale locale;
    const DayReport &r = m_report;
    DocumentParts::addStallHeader(layout, m_stall);
    layout.addSpace(3);
    layout.addText(tr("Day report"), Style::Heading);
    layout.addText(locale.toString(r.day, QLocale::LongFormat), Style::Bold);
    layout.addText(tr("Printed %1").arg(m_printedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)), Style::Small);
    layout.addRule();
    layout.addRow(tr("Paid sales"), locale.toString(r.paidCount));
    layout.addRow(tr("Takings incl. VAT"), r.gross.format(locale), Style::Bold);
    layout.addRow(tr("of which VAT"), r.vatTotal().format(locale));
    layout.addRow(tr("Excl. VAT"), (r.gross - r.vatTotal()).format(locale));
    layout.addSpace(3);

    layout.addText(tr("VAT per rate"), Style::Bold);
    QList<QStringList> vat = {{tr("VAT rate"), tr("Excl. VAT"), tr("VAT"), tr("Incl. VAT")}};
    for (const VatGroup &g : r.vat) {
        vat.append({DocumentParts::ratePercent(g.basisPoints, locale), g.net().formatPlain(locale),
                    g.vat.formatPlain(locale), g.gross.formatPlain(locale)});
    }
    if (r.vat.isEmpty())
        vat.append({tr("No paid sales")});
    layout.addTable(vat, Style::Body);
    layout.addSpace(3);

    layout.addText(tr("Per payment method"), Style::Bold);
    QList<QStringList> methods = {{tr("Paid with"), tr("Sales"), tr("Amount")}};
    for (const MethodTotal &m : r.methods)
        methods.append({m.method.isEmpty() ? tr("Not known") : PaymentMethods::displayName(m.method),
                        locale.toString(m.count), m.gross.formatPlain(locale)});
    if (r.methods.isEmpty())
        methods.append({tr("No paid sales")});
    layout.addTable(methods, Style::Body);
    addReturns(layout, locale);
    layout.addRule();

    layout.addRow(tr("Open sales, not paid yet"), locale.toString(r.openCount));
    layout.addRow(tr("Open amount"), r.openAmount.format(locale));
    layout.addRow(tr("Cancelled, expired or refused (not counted)"), locale.toString(r.cancelledCount));
}

void DayReportRenderer::addReturns(ColumnLayout &layout, const QLocale &locale) const
{
    // Returns refunded on the day, apart from the sales and as negative amounts.
    const DayReport &r = m_report;
    if (r.returnCount == 0)
        return;
    layout.addSpace(3);
    layout.addText(tr("Returns"), Style::Bold);
    layout.addRow(tr("Returns"), locale.toString(r.returnCount));
    layout.addRow(tr("Refunded incl. VAT"), (-r.returnGross).format(locale), Style::Bold);
    QList<QStringList> vat = {{tr("VAT rate"), tr("Excl. VAT"), tr("VAT"), tr("Incl. VAT")}};
    for (const VatGroup &g : r.returnVat) {
        vat.append({DocumentParts::ratePercent(g.basisPoints, locale), (-g.net()).formatPlain(locale),
                    (-g.vat).formatPlain(locale), (-g.gross).formatPlain(locale)});
    }
    layout.addTable(vat, Style::Body);
    QList<QStringList> methods = {{tr("Refunded to"), tr("Returns"), tr("Amount")}};
    for (const MethodTotal &m : r.returnMethods)
        methods.append({m.method.isEmpty() ? tr("Not known") : PaymentMethods::displayName(m.method),
                        locale.toString(m.count), (-m.gross).formatPlain(locale)});
    layout.addTable(methods, Style::Body);
}
