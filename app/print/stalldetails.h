#pragma once

#include <QString>

class AppSettings;

// Who sold: the business details printed at the top of receipts, reports and invoices.
struct StallDetails
{
    QString name;
    QString organizationNumber; // "556677-8899"
    QString vatNumber; // "SE556677889901"
    QString street;
    QString zip;
    QString city;
    QString website;

    static StallDetails fromSettings(const AppSettings &settings);
};
