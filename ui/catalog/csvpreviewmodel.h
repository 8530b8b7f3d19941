#pragma once

#include "catalog/catalogcsv.h"

#include <QAbstractTableModel>

// The lines of a catalog file as the import shows them: line number, name, price, VAT, barcode,
// category and what the line does (new product, its changes, or what is wrong). A model rather
// than a table of items, so 200,000 lines show at once.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Name, Price, Vat, Barcode, Category, Result, ColumnCount };

    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setRows(QList<CatalogCsvRow> rows);
    const QList<CatalogCsvRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const CatalogCsvRow &row, int column) const;
    QList<CatalogCsvRow> m_rows;
};
