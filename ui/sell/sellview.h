#pragma once

#include <QWidget>

class AmountPad;
class CartModel;
class QLabel;
class QPushButton;
class QTableView;
class QuickKeys;
class Till;
struct Product;

// The main selling screen: catalog quick keys, a keypad for open amounts with their VAT rate,
// the cart with quantities and undo, live totals with VAT per rate, and Charge. Digits typed
// anywhere in the view go to the keypad's line, so a barcode scanner works whatever has focus.
class SellView : public QWidget
{
    Q_OBJECT
public:
    explicit SellView(Till &till, QWidget *parent = nullptr);

    QPushButton *chargeButton() const { return m_charge; }
    QPushButton *invoiceButton() const { return m_invoice; }
    // The quick key of the product with that name (for tests and accessibility tools).
    QPushButton *quickKey(const QString &productName) const;
    QuickKeys *quickKeys() const { return m_keys; }
    AmountPad *amountPad() const { return m_pad; }
    QTableView *cartView() const { return m_table; }
    QPushButton *plusButton() const { return m_plus; }
    QPushButton *minusButton() const { return m_minus; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *vatLabel() const { return m_vat; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // The cart was committed as this sale; show its payment.
    void charged(qint64 saleId);
    // The cart was committed as this sale to be invoiced: ask for the buyer.
    void invoiceRequested(qint64 saleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildQuickKeys();
    void updateTotals();
    void charge(bool invoice = false);
    void addProduct(const Product &product);
    void enter(const QString &text, bool scanned);
    void changeQuantity(int delta);
    void sayQuantityLimit(int limit);
    void selectRow(int row);

    Till &m_till;
    CartModel *m_model;
    QuickKeys *m_keys;
    AmountPad *m_pad;
    QTableView *m_table;
    QLabel *m_total;
    QLabel *m_vat;
    QLabel *m_message;
    QPushButton *m_plus;
    QPushButton *m_minus;
    QPushButton *m_undo;
    QPushButton *m_remove;
    QPushButton *m_charge;
    QPushButton *m_invoice;
    bool m_largeChargeAsked = false; // the seller was asked about this cart's large total once
};
