#pragma once

#include "invoice.h"
#include "salecontact.h"

#include <QDate>

class SaleQueries;
class SaleWriter;
class Database;

// The payer's personal data of a sale (its contact and invoice buyer), stored apart from the
// bookkeeping record so it can be purged after the retention period without touching the sale.
class PayerData
{
public:
    PayerData(Database &db, SaleWriter &writer);

    // Values are stored as given: the UI validates and normalises them first.
    bool saveContact(qint64 saleId, const SaleContact &contact, QString *error);
    bool contact(qint64 saleId, SaleContact *out) const;
    // The invoiced buyer's details (saleinvoicing.cpp).
    bool buyer(qint64 saleId, InvoiceBuyer *out) const;
    // Purges contacts of sales older than the cutoff; the sales themselves stay. Returns how many.
    int purgeContactsBefore(const QDate &cutoff);

private:
    Database &m_db;
    SaleWriter &m_writer;
};
