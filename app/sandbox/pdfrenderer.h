#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Sandbox {

struct SandboxLink;
struct SandboxPayment;

// Draws a link's invoice (payment == nullptr) or receipt as a one-page A4 PDF with QPdfWriter.
// Needs a QGuiApplication (fonts); ping-sandbox makes one on the offscreen platform.
class PdfRenderer
{
public:
    static bool render(
        const SandboxLink &link, const SandboxPayment *payment, const QDateTime &now, QByteArray *pdf, QString *error);
};

} // namespace Sandbox
