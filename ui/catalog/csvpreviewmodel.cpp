#include "csvpreviewmodel.h"

#include "style/theme.h"

#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvPreviewModel::setRows(QList<CatalogCsvRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CsvPreviewModel::text(const CatalogCsvRow &row, int column) const
{
    const Product &p = row.product;
    switch (column) {
    case Line:
        return QString::number(row.line);
    case Name:
        return p.name;
    case Price:
        return row.fieldErrors.contains(u"price"_s) ? QString() : p.price.format(QLocale());
    case Vat:
        return CatalogCsv::vatName(p.vatClass);
    case Barcode:
        return p.barcode;
    case Category:
        return p.category;
    case Result:
        return !row.isValid()       ? row.errors.join(u' ')
            : !row.updatesId        ? tr("New product")
            : row.changes.isEmpty() ? tr("No change")
                                    : tr("Changes: %1").arg(row.changes.join(u"; "_s));
    }
    return {};
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CatalogCsvRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ForegroundRole:
        if (!row.isValid())
            return Theme::color(Theme::Tone::Error, QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        return row.isValid() ? QVariant() : QVariant(row.errors.join(u'\n'));
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Name:
        return tr("Name");
    case Price:
        return tr("Price");
    case Vat:
        return tr("VAT");
    case Barcode:
        return tr("Barcode");
    case Category:
        return tr("Category");
    case Result:
        return tr("Result");
    }
    return {};
}
