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
    // Purges the payer's phone, e-mail, name and address of sales dated before the cutoff, each
    // with a "personal data removed" event; amounts, VAT, numbers and receipts stay, and a sale
    // with an issued invoice keeps the buyer the invoice prints (the books keep invoices for
    // seven years) but loses phone and e-mail. Returns how many sales.
    int purgeContactsBefore(const QDate &cutoff);
    // The same for the seller's retention period: sales older than `months` before `today`.
    int purgeOlderThan(int months, const QDate &today);

private:
    Database &m_db;
    SaleWriter &m_writer;
};
