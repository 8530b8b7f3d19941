#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class PrinterSettings;
class QPushButton;
class QSpinBox;
class Till;

// The till's settings: language (applied at once), the payment service (environment, tenant and
// merchant ID in the OS keychain), supplier details for invoices with checked organisation and
// VAT numbers, the Swish message, the invoice terms and the printers.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(Till &till, QWidget *parent = nullptr);

    QComboBox *languageChoice() const { return m_language; }
    QComboBox *environmentChoice() const { return m_environment; }
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QLabel *errorOf(const QString &key) const { return m_errors.value(key); }
    QSpinBox *dueDaysField() const { return m_dueDays; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *keychainLabel() const { return m_keychain; }
    PrinterSettings *printerSettings() const { return m_printers; }

signals:
    // The seller chose another language; the window rebuilds its screens in it.
    void languageChosen(const QString &language);

private:
    void load();
    void save();
    QLineEdit *addField(const QString &key, const QString &accessibleName);
    void showError(const QString &key, const QString &error);

    Till &m_till;
    QComboBox *m_language;
    QComboBox *m_environment;
    QSpinBox *m_dueDays;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QPushButton *m_save;
    QLabel *m_message;
    QLabel *m_keychain;
    PrinterSettings *m_printers = nullptr;
};
