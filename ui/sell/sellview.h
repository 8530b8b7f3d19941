#pragma once

#include <QWidget>

class CartModel;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class Till;

// The main selling screen: catalog quick keys, the cart with live totals and VAT, and Charge.
class SellView : public QWidget
{
    Q_OBJECT
public:
    explicit SellView(Till &till, QWidget *parent = nullptr);

    QPushButton *chargeButton() const { return m_charge; }
    // The quick key of the product with that name (for tests and accessibility tools).
    QPushButton *quickKey(const QString &productName) const;

signals:
    // The cart was committed as this sale; show its payment.
    void charged(qint64 saleId);

private:
    void rebuildQuickKeys();
    void updateTotals();
    void charge();

    Till &m_till;
    CartModel *m_model;
    QGridLayout *m_keys;
    QTableView *m_table;
    QLabel *m_total;
    QLabel *m_vat;
    QLabel *m_message;
    QPushButton *m_undo;
    QPushButton *m_remove;
    QPushButton *m_charge;
};
