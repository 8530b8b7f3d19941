#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

class Database;

// A day's sales as CSV for the bookkeeper's spreadsheet: ';' between fields, decimal commas, no
// thousands separator, CRLF; headers, statuses and payment methods in the user's language.
class DayCsv
{
    Q_DECLARE_TR_FUNCTIONS(DayCsv)
public:
    // One row per sale and VAT rate, every sale of the day. Only paid sales carry an amount in
    // the gross, VAT and net columns, so summing them gives the day's takings; an open, cancelled,
    // expired or refused sale has its amount in the last column, "Unpaid (gross)", and its status
    // says which it is, for a filter.
    static QByteArray sales(const Database &db, const QDate &day);
    // One row per line of the day's paid sales: sale number, time, product, quantity, unit price,
    // VAT rate and amount.
    static QByteArray lines(const Database &db, const QDate &day);
};
