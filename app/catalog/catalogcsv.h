#pragma once

#include "product.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

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
    QStringList changes; // of an update: what it changes, in words ("price 12,00 kr → 15,00 kr")
    bool isValid() const { return errors.isEmpty(); }
};

// The catalog as CSV for spreadsheets: name;price;vat;barcode;color;category;position, with a
// header line (in English, or Swedish: namn;pris;moms;streckkod;färg;kategori;position). Reads
// ';', ',' or tab separated files with quoted fields, prices as "12,50" or "12.50", VAT as
// 25/12/6/0 or food/livsmedel; writes ';' with decimal commas (Swedish Excel).
// A line that updates a product (same barcode, or else the same name) changes only what it says:
// an empty cell or an absent column keeps the product's value, a cell of just "-" clears it.
class CatalogCsv
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCsv)
public:
    // Called every few hundred lines of a parse with the lines done and the lines in all; false stops it.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    // The file's lines (UTF-8 text), each checked against `existing`. Safe on a worker thread: it
    // reads nothing but its arguments. Stopped by `progress`, it returns no rows.
    static QList<CatalogCsvRow>
    parse(const QByteArray &data, const QList<Product> &existing, const Progress &progress = {});
    // The cell that clears a field on import: "-".
    static QString clearMark() { return QStringLiteral("-"); }
    // What saving `after` over `before` changes, one phrase per field, in the user's language.
    static QStringList changesBetween(const Product &before, const Product &after);
    // A VAT class for people: "25 %", "food" (livsmedel).
    static QString vatName(VatClass vatClass);
    // One product from its fields as text, keyed by column name; the same checks as a file's line.
    static CatalogCsvRow fromFields(const QHash<QString, QString> &fields);
    // Saves the valid rows (inserting or updating); returns how many were saved.
    static int apply(CatalogRepository &catalog, const QList<CatalogCsvRow> &rows, QString *error);
    static QByteArray write(const QList<Product> &products);
    // The VAT text of a class as the file shows it ("25", "food", …).
    static QString vatText(VatClass vatClass);
};
