#pragma once

#include <QCoreApplication>
#include <QString>

// Swedish organisation numbers (NNNNNN-NNNN, Luhn check digit) and the VAT numbers made from them
// (SE + the ten digits + 01), as a seller types them for the invoice's supplier details.
class OrgNumber
{
    Q_DECLARE_TR_FUNCTIONS(OrgNumber)
public:
    // On success *normalised is "556677-8899".
    static bool check(const QString &input, QString *normalised, QString *error);
    // On success *normalised is "SE556677889901".
    static bool checkVatNumber(const QString &input, QString *normalised, QString *error);
};
