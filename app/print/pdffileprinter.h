#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Puts a PDF file that someone else made (Ping's own invoice or receipt) on a printer: CUPS takes
// PDFs as they are, so it goes to `lp -d PRINTER -t TITLE -- FILE` (the default printer when no
// name is given). The program can be another one (STALLPAY_LP names it), so a test sees the
// command without a printer.
class PdfFilePrinter
{
    Q_DECLARE_TR_FUNCTIONS(PdfFilePrinter)

public:
    static QString program();
    static QStringList arguments(const QString &printer, const QString &title, const QString &file);
    // Hands the file to the print system and waits until it has queued it; false with the reason.
    static bool print(const QString &printer, const QString &title, const QString &file, QString *error);
};
