#include "cartmodel.h"

#include "sale/cart.h"

#include <QLocale>

CartModel::CartModel(Cart &cart, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cart(cart)
{
    // The cart changes in small steps, but undo can change anything: a reset is simplest and cheap.
    connect(&m_cart, &Cart::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines().size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cart.lines().size())
        return {};
    const CartLine &line = m_cart.lines().at(index.row());
    const QLocale locale;
    if (role == Qt::EditRole && index.column() == Quantity)
        return line.quantity;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Item:
            return line.description;
        case Quantity:
            return line.quantity;
        case UnitPrice:
            return line.unitPrice.format(locale);
        case LineTotal:
            return line.total().format(locale);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Item)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Quantity:
        return tr("Qty");
    case UnitPrice:
        return tr("Price");
    case LineTotal:
        return tr("Total");
    }
    return {};
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quantity)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Quantity || index.row() >= m_cart.lines().size())
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok || quantity < 1)
        return false;
    m_cart.setQuantity(index.row(), int(qMin<qint64>(quantity, Cart::kMaxQuantity)));
    emit quantityTyped(index.row());
    if (quantity > Cart::kMaxQuantity)
        emit quantityLimited(Cart::kMaxQuantity);
    return true;
}
