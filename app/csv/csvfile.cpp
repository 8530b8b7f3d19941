#include "csvfile.h"

#include "textlimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
enum class Utf16 { No, LittleEndian, BigEndian };

// A mark, or (without one) NULs in every other byte of the start, where a CSV's ASCII would be.
Utf16 utf16Of(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE"))
        return Utf16::LittleEndian;
    if (bytes.startsWith("\xFE\xFF"))
        return Utf16::BigEndian;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 512) & ~qsizetype(1);
    if (n < 4)
        return Utf16::No;
    int evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += bytes.at(i) == '\0' ? 1 : 0;
        oddNuls += bytes.at(i + 1) == '\0' ? 1 : 0;
    }
    const int pairs = int(n / 2);
    if (oddNuls * 2 > pairs && evenNuls * 8 < pairs)
        return Utf16::LittleEndian;
    if (evenNuls * 2 > pairs && oddNuls * 8 < pairs)
        return Utf16::BigEndian;
    return Utf16::No;
}
} // namespace

CsvFile::Read CsvFile::read(const QString &path)
{
    Read out;
    const QFileInfo info(path);
    if (info.exists() && info.size() > TextLimits::kCsvFileBytes) {
        out.error = TextLimits::fileTooLarge(info.size()); // not read at all
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return out;
    }
    // At most one byte more than allowed: a file that grew since it was looked at is still refused.
    return decode(file.read(TextLimits::kCsvFileBytes + 1));
}

CsvFile::Read CsvFile::decode(const QByteArray &bytes)
{
    Read out;
    if (bytes.size() > TextLimits::kCsvFileBytes) {
        out.error = TextLimits::fileTooLarge(bytes.size());
        return out;
    }
    switch (utf16Of(bytes)) {
    case Utf16::LittleEndian:
        out.error = tr("The file is in UTF-16 (little-endian), which Stallpay does not read. Save it as "
                       "\"CSV UTF-8\" (in Excel: Save as → CSV UTF-8) and import it again.");
        return out;
    case Utf16::BigEndian:
        out.error = tr("The file is in UTF-16 (big-endian), which Stallpay does not read. Save it as "
                       "\"CSV UTF-8\" (in Excel: Save as → CSV UTF-8) and import it again.");
        return out;
    case Utf16::No:
        break;
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    Q_UNUSED(asUtf8)
    if (!utf8.hasError()) {
        out.utf8 = bytes;
        return out;
    }
    // Not UTF-8: Swedish Excel's "CSV (semicolon separated)" is Windows-1252 (through ICU); where
    // that is not at hand, Latin-1, which differs only in 0x80–0x9F (€, ’, –).
    QStringDecoder windows1252("windows-1252");
    const bool haveWindows1252 = windows1252.isValid();
    const QString read = haveWindows1252 ? QString(windows1252(bytes)) : QString::fromLatin1(bytes);
    out.utf8 = read.toUtf8();
    out.notice = tr("The file is not in UTF-8; it was read as %1 (what Swedish Excel saves). If letters such as "
                    "å, ä and ö look wrong, save the file as \"CSV UTF-8\" and import it again.")
                     .arg(haveWindows1252 ? u"Windows-1252"_s : u"Latin-1"_s);
    return out;
}
