#include "saleshistorymodel.h"

#include "sale/paymentmethods.h"
#include "sale/saleservice.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SalesHistoryModel::SalesHistoryModel(const SaleHistory &history, SaleService &sales, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    connect(&sales, &SaleService::saleChanged, this, &SalesHistoryModel::onSaleChanged);
    reload();
}

void SalesHistoryModel::setFilter(const SaleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void SalesHistoryModel::reload()
{
    m_resetting = true; // views and testers ask for more from inside endResetModel(): not yet
    beginResetModel();
    m_rows = m_history.page(m_filter, sortKey(), m_sortOrder, nullptr, kPageSize);
    m_atEnd = m_rows.size() < kPageSize;
    m_rowOf.clear();
    reindex(0);
    endResetModel();
    m_resetting = false;
}

void SalesHistoryModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
}

SaleSortKey SalesHistoryModel::sortKey() const
{
    switch (m_sortColumn) {
    case Amount:
        return SaleSortKey::Amount;
    case Status:
        return SaleSortKey::Status;
    default:
        return SaleSortKey::Number; // the number and the time of a sale grow together
    }
}

bool SalesHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void SalesHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const SaleRow *last = m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    const QList<SaleRow> more = m_history.page(m_filter, sortKey(), m_sortOrder, last, kPageSize);
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    reindex(first);
    endInsertRows();
}

void SalesHistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column == Method || column == Customer || column < 0 || column >= ColumnCount)
        return; // not an order the database can walk through an index
    if (column == Date)
        column = Number;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void SalesHistoryModel::onSaleChanged(qint64 saleId)
{
    SaleRow updated;
    const bool matches = m_history.row(m_filter, saleId, &updated);
    const int row = rowOf(saleId);
    if (row >= 0) {
        if (matches) {
            m_rows[row] = updated;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_rowOf.remove(saleId);
            reindex(row);
            endRemoveRows();
        }
        emit contentChanged();
        return;
    }
    if (!matches)
        return;
    // A sale not shown yet: on top if the list is newest first and it is newer than the top row.
    const bool newestFirst = m_sortColumn == Number && m_sortOrder == Qt::DescendingOrder;
    if (newestFirst && (m_rows.isEmpty() || updated.id > m_rows.constFirst().id)) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(updated);
        reindex(0);
        endInsertRows();
    }
    emit contentChanged();
}

int SalesHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SalesHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SaleRow &sale = m_rows.at(index.row());
    if (role == SaleIdRole)
        return sale.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        const QLocale locale;
        switch (index.column()) {
        case Number:
            return sale.number;
        case Date:
            return locale.toString(sale.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Amount:
            return sale.total.format(locale);
        case Method:
            return PaymentMethods::displayName(sale.paymentMethod);
        case Customer:
            return sale.customer;
        case Status:
            return SaleStates::displayName(sale.state);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Number))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SalesHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Method:
        return tr("Paid with");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    }
    return {};
}
