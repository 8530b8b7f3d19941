#pragma once

#include <QString>

// Swedish giro account numbers an invoice asks to be paid to: bankgiro (7 or 8 digits, "123-4567" or
// "1234-5678") and plusgiro (2 to 8 digits, "12 34 56-7"), each ending in a Luhn check digit.
namespace Giro {
// Digits only; false when the text holds anything but digits, spaces and hyphens.
bool digitsOf(const QString &input, QString *digits);
// On success *formatted is the usual way of writing it ("123-4567", "1234-5678").
bool checkBankgiro(const QString &input, QString *formatted);
// On success *formatted is "1234-5" style: the digits, a hyphen before the check digit.
bool checkPlusgiro(const QString &input, QString *formatted);
} // namespace Giro
