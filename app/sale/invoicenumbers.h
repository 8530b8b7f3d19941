#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// The invoice series inside a caller's open transaction: a number is taken from counters
// 'invoice' and incremented in the transaction that writes the invoice row, so a rollback or a
// crash consumes none and no number is ever used twice.
namespace InvoiceNumbers {
// The next number, counted on; 0 with *error on failure.
qint64 take(QSqlDatabase db, QString *error);
// The payment reference of an invoice number: the number, a length digit and a Luhn check digit.
QString ocrFor(qint64 number);
// A sale being cancelled or refunded: if it has an invoice and no credit note yet, the credit note is written
// (next number, a reference to the invoice, a timeline event). True when nothing was to be done.
bool creditIfInvoiced(QSqlDatabase db, qint64 saleId, const QDateTime &nowUtc, const QDate &today, QString *error);
} // namespace InvoiceNumbers
