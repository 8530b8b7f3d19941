#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class PrintDocument;
class QWidget;

// Puts a document on paper or in a PDF file for the seller: on the printer chosen in the settings,
// or through the print dialog when that is "Ask each time"; as a PDF through a file dialog (Qt's
// own, not the platform's, so it looks and tests the same everywhere). What happened comes back
// in words for the screen's message line.
class Printing
{
    Q_DECLARE_TR_FUNCTIONS(Printing)

public:
    enum class Outcome { Done, Cancelled, Failed };
    // Makes the document for the printer that was chosen (a report goes on the receipt roll when
    // that is where it is printed, on A4 elsewhere).
    using DocumentFor = std::function<std::unique_ptr<PrintDocument>(const QString &printerName)>;

    // printerName empty: the print dialog asks (and can print to a PDF file instead).
    static Outcome print(QWidget *parent, const QString &printerName, const DocumentFor &documentFor, QString *message);
    // Asks where to save in `folder` (the Documents folder when empty), suggesting the document's
    // own file name; *savedTo gets the file written.
    static Outcome
    savePdf(QWidget *parent, const PrintDocument &document, const QString &folder, QString *savedTo, QString *message);
};
