#pragma once

#include "printing.h"

class QWidget;
class Till;

// A sale's receipt on the receipt printer of the settings (or through the print dialog), or as a
// PDF file: the one way the pay screen and the sale's detail both print it.
namespace ReceiptPrinting {
Printing::Outcome print(QWidget *parent, Till &till, qint64 saleId, QString *message);
Printing::Outcome savePdf(QWidget *parent, Till &till, qint64 saleId, QString *message);
} // namespace ReceiptPrinting
