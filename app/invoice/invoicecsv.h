#pragma once

#include "money/money.h"
#include "money/vat.h"
#include "sale/invoice.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// One line of goods of a batch invoice.
struct InvoiceCsvLine
{
    QString description;
    int quantity = 1;
    Money unitPrice; // incl. VAT
    VatClass vatClass = VatClass::Standard; // the class whose rate is the file's vat_rate on any date
};

// The rows of a batch file that share one reference: one invoice. A bad row makes its invoice bad.
struct InvoiceCsvInvoice
{
    QString reference;
    InvoiceBuyer buyer;
    QDate deliveryDate;
    QList<InvoiceCsvLine> lines;
    int firstLine = 0;
    // Each problem as "line 4, unit_price: …" — the line number, the column and what is wrong.
    QStringList errors;
    bool isValid() const { return errors.isEmpty(); }
};

// The batch invoicing file (`stallpay invoice --csv FILE`): a header row, comma or semicolon
// separated, UTF-8 (a BOM allowed), columns reference, buyer_name, buyer_street, buyer_zip,
// buyer_city, buyer_email, buyer_phone, buyer_org_number, description, quantity, unit_price
// (kronor incl. VAT, "125,00" or "125.00"), vat_rate (25, 12, 6 or 0), delivery_date (YYYY-MM-DD).
class InvoiceCsv
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCsv)

public:
    static const QStringList &columns();
    // The invoices in the order of their first rows; *fileError when the file itself cannot be read
    // as one (no header, a required column missing), and then no invoices.
    static QList<InvoiceCsvInvoice> parse(const QByteArray &data, QString *fileError);
};
