#pragma once

#include "money/money.h"
#include "money/vat.h"

#include <QString>

// A thing the seller sells: price includes VAT, the VAT class decides the rate on the sale date.
struct Product
{
    qint64 id = 0;
    QString name;
    Money price;
    VatClass vatClass = VatClass::Standard;
    QString barcode;
    QString color; // "#rrggbb" for the quick key, empty = default
    QString category;
    int position = 0;
};
