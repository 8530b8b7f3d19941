#pragma once

#include "catalog/product.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

// The catalog as big coloured keys: "All" with every product, and one tab per category when the
// products have categories. Alt+1…9 press the first nine keys of the tab shown. A key's name wraps;
// a key keeps its size in a tab of few products.
class QuickKeys : public QWidget
{
    Q_OBJECT
public:
    explicit QuickKeys(QWidget *parent = nullptr);

    void setProducts(const QList<Product> &products);
    QPushButton *key(const QString &productName) const;
    QTabWidget *tabs() const { return m_tabs; }

    static constexpr int kMaxKeyWidth = 240;
    static constexpr int kMaxKeyHeight = 120;

signals:
    void productChosen(const Product &product);

private:
    QWidget *grid(const QList<Product> &products);
    static QPushButton *makeKey(const Product &p, QWidget *parent);

    QTabWidget *m_tabs;
};
