#include "pdffileprinter.h"

#include <QProcess>

using namespace Qt::StringLiterals;

QString PdfFilePrinter::program()
{
    const QString chosen = qEnvironmentVariable("STALLPAY_LP");
    return chosen.isEmpty() ? u"lp"_s : chosen;
}

QStringList PdfFilePrinter::arguments(const QString &printer, const QString &title, const QString &file)
{
    QStringList args;
    if (!printer.isEmpty())
        args << u"-d"_s << printer;
    args << u"-t"_s << title << u"--"_s << file;
    return args;
}

bool PdfFilePrinter::print(const QString &printer, const QString &title, const QString &file, QString *error)
{
    QProcess process;
    process.start(program(), arguments(printer, title, file));
    if (!process.waitForStarted(10000)) {
        *error = tr("The print system could not be started (%1). Show the document and print it from the viewer.")
                     .arg(program());
        return false;
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = tr("The printer did not take the document (%1).")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}
