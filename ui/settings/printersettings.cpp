#include "printersettings.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QScrollArea>

using namespace Qt::StringLiterals;

PrinterSettings::PrinterSettings(QWidget *parent)
    : QGroupBox(tr("Printers"), parent)
    , m_receiptPrinter(new QComboBox(this))
    , m_receiptPaper(new QComboBox(this))
    , m_documentPrinter(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_installed(QPrinterInfo::availablePrinterNames())
{
    m_receiptPrinter->setAccessibleName(tr("Receipt printer"));
    m_receiptPrinter->setToolTip(tr("Where receipts are printed. \"Ask each time\" opens the print dialog, which can "
                                    "also save a PDF (Alt+C)"));
    m_receiptPaper->addItem(tr("80 mm"), 80);
    m_receiptPaper->addItem(tr("58 mm"), 58);
    m_receiptPaper->setAccessibleName(tr("Receipt paper width"));
    m_receiptPaper->setToolTip(tr("The width of the paper roll in the receipt printer (Alt+H)"));
    m_documentPrinter->setAccessibleName(tr("Document printer"));
    m_documentPrinter->setToolTip(tr("Where day reports and invoices are printed, on A4 (Alt+U)"));
    m_note->setWordWrap(true);
    m_note->setText(tr("No printer is installed; you can still save PDFs."));
    m_note->setVisible(m_installed.isEmpty());

    auto *form = new QFormLayout(this);
    form->addRow(tr("Printer &for receipts:"), m_receiptPrinter);
    form->addRow(tr("Receipt paper widt&h:"), m_receiptPaper);
    form->addRow(tr("Doc&ument printer (A4):"), m_documentPrinter);
    form->addRow(QString(), m_note);
    fillPrinters(m_receiptPrinter, {});
    fillPrinters(m_documentPrinter, {});
    for (QComboBox *combo : {m_receiptPrinter, m_receiptPaper, m_documentPrinter})
        combo->installEventFilter(this);
}

bool PrinterSettings::eventFilter(QObject *watched, QEvent *event)
{
    // The group sits low on the settings screen: a field reached by its Alt letter scrolls into view.
    if (event->type() == QEvent::FocusIn) {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(this, 0, 0);
                scroll->ensureWidgetVisible(static_cast<QWidget *>(watched));
                break;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void PrinterSettings::fillPrinters(QComboBox *combo, const QString &chosen) const
{
    combo->clear();
    combo->addItem(tr("Ask each time"), QString());
    for (const QString &name : m_installed)
        combo->addItem(name, name);
    // A printer chosen before but not installed now (switched off, unplugged) is kept, and said so.
    if (!chosen.isEmpty() && !m_installed.contains(chosen))
        combo->addItem(tr("%1 (not installed)").arg(chosen), chosen);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

void PrinterSettings::load(const AppSettings &settings)
{
    fillPrinters(m_receiptPrinter, settings.receiptPrinter());
    fillPrinters(m_documentPrinter, settings.documentPrinter());
    m_receiptPaper->setCurrentIndex(qMax(0, m_receiptPaper->findData(settings.receiptPaperWidthMm())));
}

void PrinterSettings::save(AppSettings &settings) const
{
    settings.setReceiptPrinter(m_receiptPrinter->currentData().toString());
    settings.setReceiptPaperWidthMm(m_receiptPaper->currentData().toInt());
    settings.setDocumentPrinter(m_documentPrinter->currentData().toString());
}
