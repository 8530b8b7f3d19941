#pragma once

#include "money/vatbreakdown.h"

#include <QDate>
#include <QList>

class Database;

// What one payment method brought in on a day.
struct MethodTotal
{
    QString method; // "swish", "card", "cash"; empty when the payment service did not say
    qint64 count = 0;
    Money gross;
};

// One day's takings (SPEC 8): the paid sales, their VAT per rate, per payment method, and what is
// still open. VAT per rate is the sum of each sale's own per-rate VAT, so the report agrees to the
// öre with the receipts and the API payloads.
struct DayReport
{
    QDate day;
    qint64 paidCount = 0;
    Money gross;
    QList<VatGroup> vat; // highest rate first
    QList<MethodTotal> methods;
    qint64 openCount = 0; // not paid, cancelled, expired or refused yet
    Money openAmount;
    qint64 cancelledCount = 0; // cancelled, expired or refused: not takings
    // Returns refunded on this day (whatever day their sale was), apart from the sales: how many,
    // how much went back per payment method, and the VAT per rate they take back. Positive amounts.
    qint64 returnCount = 0;
    Money returnGross;
    QList<MethodTotal> returnMethods;
    QList<VatGroup> returnVat; // highest rate first
    Money vatTotal() const;
};

class DayReports
{
public:
    static DayReport build(const Database &db, const QDate &day); // as CSV: DayCsv
};
