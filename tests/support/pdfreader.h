#pragma once

#include <QList>
#include <QString>

// What poppler reads back from a PDF the app wrote: the text as laid out (pdftotext -layout) and
// every word with its box in points (pdftotext -bbox), and a page as a PNG (pdftoppm).
struct PdfWord
{
    QString text;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
};

struct PdfPage
{
    double width = 0, height = 0; // points
    QList<PdfWord> words;
};

namespace PdfReader {
// The text with no-break spaces made plain, so "25 %" matches however it was typed.
QString layoutText(const QString &pdfPath);
QList<PdfPage> pages(const QString &pdfPath);
// Renders page 1 at `dpi` to pngPath; returns an error message or empty.
QString renderPng(const QString &pdfPath, const QString &pngPath, int dpi);
// The QR codes zbarimg decodes in an image, one a line (empty when none).
QString decodeQr(const QString &imagePath);
constexpr double pointsPerMm = 72.0 / 25.4;
} // namespace PdfReader
