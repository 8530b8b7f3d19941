#include "pdfreader.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning("%s did not finish", qPrintable(program));
        return {};
    }
    return process.readAllStandardOutput();
}

QString unescape(QString s)
{
    s.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return s.replace(u"&amp;"_s, u"&"_s);
}
} // namespace

namespace PdfReader {

QString layoutText(const QString &pdfPath)
{
    QString text = QString::fromUtf8(run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s}));
    return text.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
}

QList<PdfPage> pages(const QString &pdfPath)
{
    const QString html = QString::fromUtf8(run(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s}));
    static const QRegularExpression page(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"_s);
    static const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    QList<PdfPage> result;
    for (const QString &part : html.split(u"</page>"_s)) {
        const QRegularExpressionMatch p = page.match(part);
        if (!p.hasMatch())
            continue;
        PdfPage pdfPage;
        pdfPage.width = p.captured(1).toDouble();
        pdfPage.height = p.captured(2).toDouble();
        for (auto it = word.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            pdfPage.words.append({unescape(w.captured(5)).replace(QChar(0x00a0), u' '), w.captured(1).toDouble(),
                                  w.captured(2).toDouble(), w.captured(3).toDouble(), w.captured(4).toDouble()});
        }
        result.append(pdfPage);
    }
    return result;
}

QString renderPng(const QString &pdfPath, const QString &pngPath, int dpi)
{
    // pdftoppm appends ".png" to the root it is given.
    QString root = pngPath;
    root.chop(4);
    run(u"pdftoppm"_s,
        {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdfPath, root});
    return QFileInfo::exists(pngPath) ? QString() : u"pdftoppm wrote no %1"_s.arg(pngPath);
}

QString decodeQr(const QString &imagePath)
{
    // QR codes only: the printed text around the code can pass for a 1-D barcode now and then.
    return QString::fromUtf8(
               run(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, imagePath}))
        .trimmed();
}

} // namespace PdfReader
