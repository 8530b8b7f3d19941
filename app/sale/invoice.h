#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Who is invoiced: the buyer's name and address (and, for a business, its organisation and VAT
// numbers) as the invoice prints them, and where it is sent. Personal data: stored with the sale's
// contact (sale_contacts), apart from the bookkeeping record, so it can be purged.
struct InvoiceBuyer
{
    QString name;
    QString street;
    QString zip;
    QString city;
    QString orgNumber; // "556677-8899" for a business, empty for a person
    QString vatNumber; // "SE556677889901"
    QString email;
    QString phone; // E.164
};

// What the seller chose for one invoice of a sale.
struct InvoiceRequest
{
    InvoiceBuyer buyer;
    int termsDays = 30; // due this many days after the invoice date
    QDate deliveryDate; // invalid: the sale date
    QString language = QStringLiteral("sv"); // "sv" or "en": the buyer's
    bool simplified = false; // a simplified invoice (förenklad faktura), allowed under 4 000 kr incl. VAT
    QString reference; // a batch caller's unique key; empty for one made at the till
};

// An invoice or credit note as issued: its number is from the one gapless series of the till,
// taken in the transaction that records it (never reused, also across crashes).
struct Invoice
{
    enum class Kind { Invoice, CreditNote };

    qint64 id = 0;
    qint64 saleId = 0;
    qint64 number = 0;
    Kind kind = Kind::Invoice;
    QDateTime issuedAt;
    QDate invoiceDate;
    QDate deliveryDate;
    QDate dueDate; // invalid for a credit note
    int termsDays = 0;
    QString ocr; // the payment reference: the invoice number with length and Luhn check digits
    QString language;
    bool simplified = false;
    QString reference;
    // A credit note: the invoice it credits.
    qint64 creditsNumber = 0;
    QDate creditsDate;
    // The newest reminder of an overdue invoice, and the day it asks to be paid by.
    QDate remindedOn;
    QDate reminderDueDate;

    bool isCreditNote() const { return kind == Kind::CreditNote; }
    bool isOverdue(const QDate &today) const { return kind == Kind::Invoice && dueDate.isValid() && today > dueDate; }
    static QString kindKey(Kind kind);
};
