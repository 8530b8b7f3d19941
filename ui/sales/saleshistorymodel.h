#pragma once

#include "history/salehistory.h"

#include <QAbstractTableModel>
#include <QHash>

class SaleService;

// Every sale ever made, for a filter and an order, fetched a page at a time as the view scrolls:
// the list opens instantly on a million sales because it never holds more than was looked at.
// Rows follow SaleService::saleChanged; a new sale appears on top when the list is newest first.
class SalesHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Date, Amount, Method, Customer, Status, ColumnCount };
    static constexpr int SaleIdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    SalesHistoryModel(const SaleHistory &history, SaleService &sales, QObject *parent = nullptr);

    void setFilter(const SaleFilter &filter);
    const SaleFilter &filter() const { return m_filter; }
    // Starts again from the first page (after a restart of the query, e.g. a new day).
    void reload();
    // The row showing that sale, or -1 if it is not fetched (yet).
    int rowOf(qint64 saleId) const { return m_rowOf.value(saleId, -1); }
    qint64 saleIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // People's names of payment methods ("Swish", "Card", "Cash").

signals:
    // A sale matching the filter was added or changed: the totals shown are out of date.
    void contentChanged();

private:
    void onSaleChanged(qint64 saleId);
    void reindex(int fromRow);
    SaleSortKey sortKey() const;

    const SaleHistory &m_history;
    SaleFilter m_filter;
    int m_sortColumn = Number;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<SaleRow> m_rows;
    QHash<qint64, int> m_rowOf;
    bool m_atEnd = false;
    bool m_resetting = false;
};
