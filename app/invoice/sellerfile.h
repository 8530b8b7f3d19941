#pragma once

#include "print/stalldetails.h"

#include <QCoreApplication>
#include <QStringList>

// The seller of a batch run from an INI file's [seller] section (name, org_number, vat_number,
// street, zip, city, bankgiro, f_skatt true/false): it stands in for the settings' details, so a
// bookkeeper can invoice for a business from any machine.
class SellerFile
{
    Q_DECLARE_TR_FUNCTIONS(SellerFile)

public:
    // False with *errors naming the key and what is wrong when the file cannot be used.
    static bool read(const QString &path, StallDetails *out, QStringList *errors);
};
