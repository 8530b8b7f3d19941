#pragma once

#include <QString>

// The payer's contact for one sale: personal data, kept apart from the bookkeeping record so it
// can be purged after the retention period without touching the sale (SPEC, "Money and law").
struct SaleContact
{
    QString name;
    QString phone; // E.164, normalised before it is stored (+46701234567)
    QString email;
    QString street;
    QString zip;
    QString city;

    bool isEmpty() const
    {
        return name.isEmpty() && phone.isEmpty() && email.isEmpty() && street.isEmpty() && zip.isEmpty()
            && city.isEmpty();
    }
};
