#pragma once

#include "sale/sale.h"

#include <QAbstractTableModel>

class Till;

// Today's sales, newest first, refreshed when any of them changes.
class TodaySalesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Time, Amount, Status, ColumnCount };
    static constexpr int SaleIdRole = Qt::UserRole + 1;

    explicit TodaySalesModel(Till &till, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void reload();

private:
    Till &m_till;
    QList<Sale> m_sales;
};
