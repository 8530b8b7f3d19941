#pragma once

#include "money/vat.h"

#include <QElapsedTimer>
#include <QMap>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class VatTable;

// The till's input line: a numeric keypad for an open amount with its VAT rate (back to the
// default after each amount). A barcode scanner types into the same line; how the text arrived
// tells the two apart: a scanner types the whole code in a burst and ends with Enter.
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
    void resetVat(); // back to the default rate (25 %)
    // A key typed elsewhere in the sell view and sent here (a scanner types wherever focus is).
    void typeKey(const QString &text);
    // Whether the line's text came as a scanner sends it (see above).
    bool looksScanned() const;

    static constexpr VatClass kDefaultVat = VatClass::Standard;
    // Scanners send a key every few ms; a person's keys are 100 ms or more apart, on average.
    static constexpr int kScannerGapMs = 35;
    static constexpr int kMinScanKeys = 8; // EAN-8 is the shortest code
    // A key's digit is at least twice the normal text and grows with the key, to this share of
    // its height (big keys, big digits).
    static constexpr double kMinDigitScale = 2.0;
    static constexpr double kDigitHeightShare = 0.45;
    // Shows what is wrong under the line; the text stays for correcting.
    void showError(const QString &error);
    void clear();

signals:
    // Enter or the add button, with the line's text (not yet checked) and how it arrived.
    void entered(const QString &text, bool scanned);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void press(const QString &key);
    void noteKeystroke();
    void resetArrival();

    QLineEdit *m_field;
    QLabel *m_error;
    QPushButton *m_add;
    QButtonGroup *m_vat;
    QList<QPushButton *> m_keys;
    QMap<VatClass, QPushButton *> m_vatButtons;
    QElapsedTimer m_sinceFirstKey;
    qint64 m_lastKeyAtMs = 0;
    int m_keystrokes = 0;
    bool m_byHand = false;
};
