#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class AppSettings;

// Who sold: the business details printed at the top of receipts, reports and invoices, and what an
// invoice says about paying.
struct StallDetails
{
    Q_DECLARE_TR_FUNCTIONS(StallDetails)

public:
    QString name;
    QString organizationNumber; // "556677-8899"
    QString vatNumber; // "SE556677889901"
    QString street;
    QString zip;
    QString city;
    QString website;
    QString bankgiro; // "123-4567"
    QString plusgiro; // "12 34 56-7"
    bool fSkatt = false; // approved for F-skatt: printed on invoices
    QString lateInterest; // percent a year; empty: the Interest Act's rate
    QString logoPath;
    QString tillId; // the till's own id, printed on receipts ("SP-1A2B3C4D")

    static StallDetails fromSettings(const AppSettings &settings);
    // The demo till's made-up stall, whose details stand in for missing ones in demo mode.
    static StallDetails demo();
    // These details with every empty one taken from the demo stall.
    StallDetails withDemoDefaults() const;
    // The details the law wants on a full invoice (mervärdesskattelagen 17 kap. 24 §) that are
    // missing, named for the seller ("VAT number", "street"); empty when an invoice can be made.
    QStringList missingForInvoice() const;
};
