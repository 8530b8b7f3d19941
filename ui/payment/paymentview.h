#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QrWidget;
class Till;

// The sale being paid: a large QR code of its checkout link, the amount and the live status.
class PaymentView : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentView(Till &till, QWidget *parent = nullptr);

    void showSale(qint64 saleId);
    qint64 saleId() const { return m_saleId; }
    QrWidget *qrWidget() const { return m_qr; }
    QLabel *statusLabel() const { return m_status; }

    QPushButton *sendButton() const { return m_send; }
    QPushButton *newLinkButton() const { return m_newLink; }
    QLabel *hintLabel() const { return m_hint; }

signals:
    void newSaleRequested();
    void sendRequested(qint64 saleId);

private:
    void refresh();

    Till &m_till;
    qint64 m_saleId = 0;
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
};
