#pragma once

#include <QStringList>

class QTextStream;
class QrCode;

// `stallpay --self-test`: checks an installation without a window, a display or the network. In a
// temporary folder it opens a database and commits a sale, encodes a QR code and checks its module
// matrix (finder, separator and timing patterns), renders the sale's receipt as a PDF, and loads
// both translations. One line per check on `out`; needs a QGuiApplication (fonts for the PDF),
// which may run on the offscreen platform.
namespace SelfTest {
struct Result
{
    QStringList failed; // the names of the checks that failed
    int checks = 0;
};
Result run(QTextStream &out);
// The code's module matrix is well formed: a version's size, the three finder patterns, their
// light separators, both timing patterns and the dark module. False with the first fault in `why`.
bool checkQrModules(const QrCode &code, QString *why);
} // namespace SelfTest
