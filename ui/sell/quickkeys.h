#pragma once

#include "catalog/product.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

// The catalog as big coloured keys, one tab per category when the products have categories.
// Alt+1…9 press the first nine keys of the tab shown.
class QuickKeys : public QWidget
{
    Q_OBJECT
public:
    explicit QuickKeys(QWidget *parent = nullptr);

    void setProducts(const QList<Product> &products);
    QPushButton *key(const QString &productName) const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void productChosen(const Product &product);

private:
    QWidget *grid(const QList<Product> &products);

    QTabWidget *m_tabs;
};
