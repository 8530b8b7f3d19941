#pragma once

#include <QAbstractTableModel>

class Cart;

// The cart's lines for a table view: item, quantity (typed: Enter or a double click), unit price,
// line total.
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
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A quantity was asked for beyond what a line holds (Cart::kMaxQuantity); it is at the limit.
    void quantityLimited(int limit);
    // A quantity was typed for this row (the view keeps it selected).
    void quantityTyped(int row);

private:
    Cart &m_cart;
};
