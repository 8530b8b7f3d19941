#pragma once

#include "catalog/product.h"
#include "money/vatbreakdown.h"

#include <QDate>
#include <QList>
#include <QObject>

class VatTable;

// One line of the cart: a product (or a free amount), its unit price incl. VAT and the quantity.
struct CartLine
{
    qint64 productId = 0; // 0 for a free-amount line
    QString description;
    Money unitPrice;
    int quantity = 1;
    VatClass vatClass = VatClass::Standard;

    Money total() const { return unitPrice * quantity; }
    bool operator==(const CartLine &) const = default;
};

// What the seller is ringing up now. Every change can be undone, one step at a time.
class Cart : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxQuantity = 9999;

    explicit Cart(QObject *parent = nullptr);

    const QList<CartLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    Money total() const;
    VatBreakdown breakdown(const VatTable &table, const QDate &saleDate) const;

    // Adding a product that is already in the cart raises its quantity.
    void addProduct(const Product &product);
    void addAmount(const QString &description, Money amount, VatClass vatClass);
    void setQuantity(int row, int quantity);
    void removeLine(int row);
    void clear();
    // The lines of a sale reopened for editing, in place of what is here (undoable).
    void setLines(const QList<CartLine> &lines);
    // After a charge: empty, with no undo history (an undo must never bring back a charged sale).
    void startNew();
    bool canUndo() const { return !m_undo.isEmpty(); }
    void undo();

signals:
    void changed();

private:
    void remember();
    QList<CartLine> m_lines;
    QList<QList<CartLine>> m_undo;
};
