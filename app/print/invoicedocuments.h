#pragma once

#include "invoicerenderer.h"
#include "stalldetails.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>

class SaleService;
class QTranslator;

// The invoice documents of a sale as the seller hands them out: the invoice, its credit note and
// reminders, each in the language the invoice was issued in, with the seller's details, saved as PDF
// where the caller says. One place for the screens and the batch command.
class InvoiceDocuments
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocuments)

public:
    // qmDir: where the translations are (empty: built into the app).
    InvoiceDocuments(const SaleService &sales, StallDetails seller, QString qmDir = {});
    ~InvoiceDocuments();

    // The document of invoice (or credit note) `invoiceId`; a reminder of an invoice on `today`.
    // Null with *error when the invoice or its sale is not there.
    std::unique_ptr<InvoiceRenderer>
    document(qint64 invoiceId, bool reminder, const QDate &today, QString *error) const;
    // Writes it to `path` (whole or not at all).
    bool savePdf(
        qint64 invoiceId, const QString &path, QString *error, bool reminder = false, const QDate &today = {}) const;
    // "Invoice 12.pdf", "Credit note 13.pdf", in the document's language.
    QString fileName(qint64 invoiceId, bool reminder = false) const;

private:
    const QTranslator *translator(const QString &language) const;

    const SaleService &m_sales;
    StallDetails m_seller;
    QString m_qmDir;
    mutable QMap<QString, std::shared_ptr<QTranslator>> m_translators;
};
