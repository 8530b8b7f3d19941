#include "cart.h"

#include "money/vat.h"

Cart::Cart(QObject *parent)
    : QObject(parent)
{ }

Money Cart::total() const
{
    Money sum;
    for (const CartLine &line : m_lines)
        sum += line.total();
    return sum;
}

VatBreakdown Cart::breakdown(const VatTable &table, const QDate &saleDate) const
{
    VatBreakdown breakdown;
    for (const CartLine &line : m_lines)
        breakdown.add(table.basisPointsFor(line.vatClass, saleDate), line.total());
    return breakdown;
}

void Cart::remember()
{
    m_undo.append(m_lines);
    // Undo is for "oops", not for history: a bounded stack keeps a long day cheap.
    if (m_undo.size() > 100)
        m_undo.removeFirst();
}

void Cart::addProduct(const Product &product)
{
    remember();
    for (CartLine &line : m_lines) {
        if (product.id != 0 && line.productId == product.id && line.unitPrice == product.price) {
            line.quantity = qMin(line.quantity + 1, kMaxQuantity);
            emit changed();
            return;
        }
    }
    m_lines.append(CartLine {product.id, product.name, product.price, 1, product.vatClass});
    emit changed();
}

void Cart::addAmount(const QString &description, Money amount, VatClass vatClass)
{
    remember();
    m_lines.append(CartLine {0, description, amount, 1, vatClass});
    emit changed();
}

void Cart::setLines(const QList<CartLine> &lines)
{
    remember();
    m_lines = lines;
    emit changed();
}

void Cart::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_lines.size())
        return;
    if (quantity <= 0) {
        removeLine(row);
        return;
    }
    remember();
    m_lines[row].quantity = qMin(quantity, kMaxQuantity);
    emit changed();
}

void Cart::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    remember();
    m_lines.removeAt(row);
    emit changed();
}

void Cart::clear()
{
    if (m_lines.isEmpty())
        return;
    remember();
    m_lines.clear();
    emit changed();
}

void Cart::startNew()
{
    m_lines.clear();
    m_undo.clear();
    emit changed();
}

void Cart::undo()
{
    if (m_undo.isEmpty())
        return;
    m_lines = m_undo.takeLast();
    emit changed();
}
