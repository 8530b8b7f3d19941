#pragma once

#include "sale/salestate.h"

#include <QDate>
#include <QString>

#include <optional>

// What the seller asks of the sales history: free text (sale number, amount, customer, product)
// and filters. An empty filter is every sale.
struct SaleFilter
{
    QString text;
    std::optional<SaleState> state;
    QDate from; // inclusive, null = open
    QDate to; // inclusive, null = open
    QString paymentMethod; // "swish", "card", "cash"; empty = any; "none" = not paid yet
    QDate overdueOn; // set: only invoiced sales still unpaid and not credited, due before this day

    bool operator==(const SaleFilter &) const = default;
};

// The order the history is listed in. Ties are broken by the sale's id, so paging is stable.
enum class SaleSortKey { Number, Amount, Status };
