#pragma once

#include <QAbstractTableModel>

class Cart;

// The cart's lines for a table view: item, quantity, unit price, line total.
class CartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Item, Quantity, UnitPrice, LineTotal, ColumnCount };

    explicit CartModel(Cart &cart, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Cart &m_cart;
};
