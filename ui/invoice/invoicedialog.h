#pragma once

#include "contact/buyercheck.h"
#include "print/stalldetails.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class Till;

// Invoices one unpaid sale: the buyer (name and address; organisation and VAT numbers for a
// business; e-mail and phone to send to), the terms (due days from the settings) and the delivery
// date (the sale's by default). What is wrong is said under its field and nothing typed is lost.
// Once issued, the invoice (or its credit note, or a reminder when it is overdue) is saved as PDF,
// printed on the document printer or handed to the mail program, and the link can go out by
// Ping's SMS or e-mail; each on the sale's timeline.
class InvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceDialog(Till &till, qint64 saleId, QWidget *parent = nullptr);

    QLineEdit *field(BuyerCheck::Field f) const { return m_fields.value(f); }
    QLabel *fieldError(BuyerCheck::Field f) const { return m_errors.value(f); }
    QSpinBox *termsField() const { return m_terms; }
    QDateEdit *deliveryField() const { return m_delivery; }
    QComboBox *languageField() const { return m_language; }
    QCheckBox *simplifiedField() const { return m_simplified; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *emailButton() const { return m_email; }
    QPushButton *pingButton() const { return m_ping; }
    QPushButton *reminderButton() const { return m_reminder; }
    QLabel *message() const { return m_message; }
    // The invoice shown (0 before one is issued).
    qint64 invoiceId() const { return m_invoiceId; }
    // Writes the current document (invoice, credit note) to the data folder's invoices/ and
    // returns the path; empty with *error.
    QString writeCopy(bool reminder, QString *error);

private:
    void issue();
    void showIssued();
    void savePdf(bool reminder);
    void print();
    void remind();
    void email();
    void sendByPing();
    qint64 documentId() const; // the credit note once there is one, else the invoice
    void say(const QString &text, bool error = false);
    StallDetails seller() const;

    Till &m_till;
    qint64 m_saleId;
    qint64 m_invoiceId = 0;
    bool m_reminding = false; // a reminder was made today: it is the document saved, printed and sent
    QMap<BuyerCheck::Field, QLineEdit *> m_fields;
    QMap<BuyerCheck::Field, QLabel *> m_errors;
    QSpinBox *m_terms;
    QDateEdit *m_delivery;
    QComboBox *m_language;
    QCheckBox *m_simplified;
    QPushButton *m_issue;
    QPushButton *m_savePdf;
    QPushButton *m_print;
    QPushButton *m_email;
    QPushButton *m_ping;
    QPushButton *m_reminder;
    QLabel *m_message;
};
