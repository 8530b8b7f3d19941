#pragma once

#include <QString>

class ColumnLayout;
class QLocale;
struct StallDetails;

// Pieces every printed document of the stall shares, so receipts, reports and invoices say the
// same things the same way.
namespace DocumentParts {
// The stall's name, address, organisation and VAT numbers and website, centred.
void addStallHeader(ColumnLayout &layout, const StallDetails &stall);
// A reprint's mark, "KOPIA" (SKVFS 2014:9 7 kap. 1 §: in text at least twice the height of the
// amounts), centred; receipts and return receipts put it at the top and the bottom.
void addCopyMark(ColumnLayout &layout);
// "25 %", "6 %", "12,5 %" in the locale's notation.
QString ratePercent(int basisPoints, const QLocale &locale);
} // namespace DocumentParts
