#pragma once

#include <QString>

// Swedish OCR payment references: digits ending in a Luhn (mod 10) check digit, optionally with a
// length digit before it (the number's length including both, modulo 10).
namespace Ocr {
int luhnCheckDigit(const QString &digits);
bool isValid(const QString &reference, bool withLengthDigit = false);
// Builds a reference from a base number (e.g. the invoice number): base [+ length digit] + check digit.
QString make(const QString &baseDigits, bool withLengthDigit = true);
} // namespace Ocr
