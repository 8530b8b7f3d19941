#pragma once

#include "money/vat.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class VatTable;

// The till's input line: a numeric keypad for an open amount with its VAT rate. A barcode
// scanner types into the same line; Enter then adds the product with that barcode instead.
class AmountPad : public QWidget
{
    Q_OBJECT
public:
    AmountPad(const VatTable &vatTable, const QDate &today, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *digitButton(const QString &key) const;
    QPushButton *vatButton(VatClass vatClass) const;
    VatClass vatClass() const;
    void setVatClass(VatClass vatClass);
    // Shows what is wrong under the line; the text stays for correcting.
    void showError(const QString &error);
    void clear();

signals:
    // Enter or the add button, with the line's text (not yet checked).
    void entered(const QString &text);

private:
    void press(const QString &key);

    QLineEdit *m_field;
    QLabel *m_error;
    QPushButton *m_add;
    QButtonGroup *m_vat;
    QList<QPushButton *> m_keys;
};
