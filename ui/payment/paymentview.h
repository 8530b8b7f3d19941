#pragma once

#include <QWidget>

class CashChange;
class PaidPanel;
class QLabel;
class QPushButton;
class QrWidget;
class SaleActions;
class SaleOnScreen;
class Till;

// The sale being paid: a large QR code of its checkout link, the amount and the live status; once
// paid, an unmistakable "Paid" (PaidPanel) with Print receipt and New sale. Its actions ask first,
// as everywhere (SaleActions); paid in cash shows a change calculator.
class PaymentView : public QWidget
{
    Q_OBJECT
public:
    // The sale on screen is `onScreen`'s, its actions `actions`' (shared with the sale detail).
    PaymentView(Till &till, SaleOnScreen &onScreen, SaleActions &actions, QWidget *parent = nullptr);

    // Puts the sale on screen here and follows its payment closely (polled every second).
    void showSale(qint64 saleId);
    qint64 saleId() const;
    QrWidget *qrWidget() const { return m_qr; }
    QLabel *statusLabel() const { return m_status; }

    QPushButton *sendButton() const { return m_send; }
    QPushButton *newLinkButton() const { return m_newLink; }
    QLabel *hintLabel() const { return m_hint; }
    QPushButton *cashButton() const { return m_cash; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *newSaleButton() const { return m_next; }
    PaidPanel *paidPanel() const { return m_paid; }
    CashChange *cashChange() const { return m_cashChange; }

signals:
    void newSaleRequested(); // New sale (Esc): back to selling
    void sendRequested(qint64 saleId);

private:
    void refresh();
    void printReceipt();

    Till &m_till;
    SaleOnScreen &m_onScreen;
    SaleActions &m_actions;
    QrWidget *m_qr;
    QLabel *m_amount;
    QLabel *m_status;
    QLabel *m_hint;
    QPushButton *m_open;
    QPushButton *m_send;
    QPushButton *m_newLink;
    QPushButton *m_cash;
    QPushButton *m_cancel;
    QPushButton *m_next;
    QPushButton *m_print;
    QPushButton *m_edit;
    PaidPanel *m_paid;
    CashChange *m_cashChange;
};
