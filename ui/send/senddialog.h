#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class Till;

// Sends one sale's payment link to the customer by SMS and/or e-mail, whichever is filled in, and
// keeps the customer's name and address for an invoice. Numbers and addresses are checked first;
// what is wrong is said under its field, and nothing typed is lost.
class SendDialog : public QDialog
{
    Q_OBJECT
public:
    SendDialog(Till &till, qint64 saleId, QWidget *parent = nullptr);

    qint64 saleId() const { return m_saleId; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *zipField() const { return m_zip; }
    QLabel *phoneError() const { return m_phoneError; }
    QLabel *emailError() const { return m_emailError; }
    QLabel *zipError() const { return m_zipError; }
    QLabel *nameError() const { return m_nameError; }
    QPushButton *sendButton() const { return m_sendButton; }

private:
    void send();
    QLabel *errorLabel(QLineEdit *field);
    static void showError(QLabel *label, QLineEdit *field, const QString &error);
    void growForMessages(); // taller for messages that wrap, never cut or squeezing a field

    Till &m_till;
    qint64 m_saleId;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QLineEdit *m_street;
    QLineEdit *m_zip;
    QLineEdit *m_city;
    QLabel *m_phoneError;
    QLabel *m_emailError;
    QLabel *m_zipError;
    QLabel *m_nameError;
    QLabel *m_streetError;
    QLabel *m_cityError;
    QLabel *m_formError;
    QPushButton *m_sendButton;
};
