#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
struct Sale;

// "Refund the whole sale?": the amount and where it goes back, why (a reason the payment service
// knows), and a note for the return receipt. Accepting refunds; nothing else does.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const Sale &sale, QWidget *parent = nullptr);

    QString reason() const; // requested_by_customer, fraudulent, other
    QString note() const;
    QComboBox *reasonChoice() const { return m_reason; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *refundButton() const { return m_refund; }

private:
    QComboBox *m_reason;
    QLineEdit *m_note;
    QPushButton *m_refund;
};
