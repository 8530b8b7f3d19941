#pragma once

#include "sale/invoice.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// An invoice's buyer as the seller types it (the invoice form) or a file gives it (batch
// invoicing): each field checked and normalised, and what is wrong said per field, in words.
class BuyerCheck
{
    Q_DECLARE_TR_FUNCTIONS(BuyerCheck)

public:
    enum class Field { Name, Street, Zip, City, OrgNumber, VatNumber, Email, Phone };

    // A full invoice needs the buyer's name and address; a simplified one none of it. On success
    // *out holds the normalised buyer ("123 45", "556677-8899", "+46701234567").
    static bool check(const InvoiceBuyer &input, bool simplified, InvoiceBuyer *out, QMap<Field, QString> *errors);
    // The column name of a field in the batch file ("buyer_zip").
    static QString columnName(Field field);
};
