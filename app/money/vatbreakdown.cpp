#include "vatbreakdown.h"

#include "vat.h"

#include <algorithm>

void VatBreakdown::add(int basisPoints, Money gross)
{
    auto it =
        std::find_if(m_groups.begin(), m_groups.end(), [&](const VatGroup &g) { return g.basisPoints == basisPoints; });
    if (it == m_groups.end()) {
        it = std::find_if(m_groups.begin(), m_groups.end(),
                          [&](const VatGroup &g) { return g.basisPoints < basisPoints; });
        it = m_groups.insert(it, VatGroup {basisPoints, {}, {}});
    }
    it->gross += gross;
    it->vat = vatOfGross(it->gross, basisPoints);
}

Money VatBreakdown::gross() const
{
    Money sum;
    for (const VatGroup &g : m_groups)
        sum += g.gross;
    return sum;
}

Money VatBreakdown::vat() const
{
    Money sum;
    for (const VatGroup &g : m_groups)
        sum += g.vat;
    return sum;
}
