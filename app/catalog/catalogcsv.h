#pragma once

#include "product.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class CatalogRepository;

// One line of an imported catalog file: the product it describes, what is wrong with it (in
// words, per field), and the existing product it would update.
struct CatalogCsvRow
{
    int line = 0; // 1-based line number in the file
    Product product;
    QStringList errors; // in column order
    QHash<QString, QString> fieldErrors; // column name ("price") → what is wrong with it
    qint64 updatesId = 0; // an existing product with the same barcode, or else the same name
    bool isValid() const { return errors.isEmpty(); }
};

// The catalog as CSV for spreadsheets: name;price;vat;barcode;color;category;position, with a
// header line. Reads ';', ',' or tab separated files with quoted fields, prices as "12,50" or
// "12.50", VAT as 25/12/6/0 or a class key (food); writes ';' with decimal commas (Swedish Excel).
class CatalogCsv
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCsv)
public:
    static QList<CatalogCsvRow> parse(const QByteArray &data, const QList<Product> &existing);
    // One product from its fields as text, keyed by column name; the same checks as a file's line.
    static CatalogCsvRow fromFields(const QHash<QString, QString> &fields);
    // Saves the valid rows (inserting or updating); returns how many were saved.
    static int apply(CatalogRepository &catalog, const QList<CatalogCsvRow> &rows, QString *error);
    static QByteArray write(const QList<Product> &products);
    // A CSV text's records: quotes may hold separators, newlines and doubled quotes; blank lines are
    // skipped. *lines gets each record's 1-based first line. A UTF-8 BOM is dropped, and the
    // separator (';', tab or ',') is the first line's (for other CSV files, e.g. batch invoices).
    static QList<QStringList> records(const QByteArray &data, QList<int> *lines);
    // The VAT text of a class as the file shows it ("25", "food", …).
    static QString vatText(VatClass vatClass);
};
