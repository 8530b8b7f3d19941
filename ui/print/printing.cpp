#include "printing.h"

#include "dialogs/dialogs.h"
#include "print/printdocument.h"

#include <QDir>
#include <QLoggingCategory>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPrint, "stallpay.ui.print")

Printing::Outcome
Printing::print(QWidget *parent, const QString &printerName, const DocumentFor &documentFor, QString *message)
{
    QPrinter printer(QPrinter::HighResolution);
    // Our documents draw their own margins from the paper's edge.
    printer.setFullPage(true);
    if (!printerName.isEmpty()) {
        printer.setPrinterName(printerName);
        if (!printer.isValid() || printer.printerName() != printerName) {
            *message = tr("The printer %1 is not available. Switch it on and connect it, or choose another printer "
                          "in the settings (F5).")
                           .arg(printerName);
            return Outcome::Failed;
        }
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setObjectName(u"printDialog"_s);
        if (dialog.exec() != QDialog::Accepted)
            return Outcome::Cancelled;
    }
    const std::unique_ptr<PrintDocument> document = documentFor(printer.printerName());
    printer.setDocName(document->title());
    if (!document->render(printer, message)) {
        qCWarning(lcPrint) << "printing" << document->title() << "failed:" << *message;
        return Outcome::Failed;
    }
    if (printer.printerState() == QPrinter::Error) {
        *message = tr("The printer %1 reported an error; %2 may not be printed. Check the printer and try again.")
                       .arg(printer.printerName(), document->title());
        return Outcome::Failed;
    }
    *message = printer.outputFileName().isEmpty()
        ? tr("Sent %1 to %2.").arg(document->title(), printer.printerName())
        : tr("Saved %1.").arg(QDir::toNativeSeparators(printer.outputFileName()));
    return Outcome::Done;
}

Printing::Outcome Printing::savePdf(
    QWidget *parent, const PrintDocument &document, const QString &folder, QString *savedTo, QString *message)
{
    const QString start =
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
    const QString fileName = Dialogs::current().saveFileName(parent,
                                                             {tr("Save %1 as PDF").arg(document.title()),
                                                              QDir(start).filePath(document.suggestedFileName()),
                                                              tr("PDF files (*.pdf)"), u"pdf"_s});
    if (fileName.isEmpty())
        return Outcome::Cancelled;
    if (!document.saveAsPdf(fileName, message)) {
        qCWarning(lcPrint) << "saving" << fileName << "failed:" << *message;
        return Outcome::Failed;
    }
    *savedTo = fileName;
    *message = tr("Saved %1.").arg(QDir::toNativeSeparators(fileName));
    return Outcome::Done;
}
