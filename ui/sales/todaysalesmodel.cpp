#include "todaysalesmodel.h"

#include "sale/saleservice.h"
#include "store/clock.h"
#include "till/till.h"

#include <QLocale>

TodaySalesModel::TodaySalesModel(Till &till, QObject *parent)
    : QAbstractTableModel(parent)
    , m_till(till)
{
    connect(&m_till.sales(), &SaleService::saleChanged, this, [this](qint64 id) {
        for (int row = 0; row < m_sales.size(); ++row) {
            if (m_sales.at(row).id == id) {
                Sale updated;
                if (m_till.sales().load(id, &updated)) {
                    m_sales[row] = updated;
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
                return;
            }
        }
        reload(); // a new sale
    });
    reload();
}

void TodaySalesModel::reload()
{
    beginResetModel();
    m_sales = m_till.sales().salesOn(m_till.clock().today());
    endResetModel();
}

int TodaySalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sales.size());
}

int TodaySalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodaySalesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sales.size())
        return {};
    const Sale &sale = m_sales.at(index.row());
    if (role == SaleIdRole)
        return sale.id;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Number:
            return sale.number;
        case Time:
            return locale.toString(sale.createdAt.toLocalTime().time(), QLocale::ShortFormat);
        case Amount:
            return sale.total.format(locale);
        case Status:
            return SaleStates::displayName(sale.state);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Number))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TodaySalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Time:
        return tr("Time");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    }
    return {};
}
