#pragma once

#include "money.h"

#include <QList>

// One rate's part of a sale: the gross (VAT-inclusive) total of the lines at that rate, and the VAT
// in it, computed once on the rate's total (SPEC: "not per line") and rounded half-up to öre.
struct VatGroup
{
    int basisPoints = 0;
    Money gross;
    Money vat;
    Money net() const { return gross - vat; }
};

// The per-rate VAT of a sale, ordered by rate, highest first (the order invoices print it in).
class VatBreakdown
{
public:
    void add(int basisPoints, Money gross);

    const QList<VatGroup> &groups() const { return m_groups; }
    Money gross() const;
    Money vat() const;
    Money net() const { return gross() - vat(); }

private:
    QList<VatGroup> m_groups;
};
