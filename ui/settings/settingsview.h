#pragma once

#include <QHash>
#include <QWidget>

class BackupSettings;
class ConnectForm;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class MethodSettings;
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
    QComboBox *environmentChoice() const;
    ConnectForm *connectForm() const { return m_connect; }
    QLineEdit *field(const QString &key) const;
    QLabel *errorOf(const QString &key) const;
    QSpinBox *dueDaysField() const { return m_dueDays; }
    QSpinBox *retentionField() const { return m_retention; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *keychainLabel() const { return m_keychain; }
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }
    PrinterSettings *printerSettings() const { return m_printers; }
    MethodSettings *methodSettings() const { return m_methods; }
    BackupSettings *backupSettings() const { return m_backups; }

signals:
    // The seller chose another language; the window rebuilds its screens in it.
    void languageChosen(const QString &language);
    // The seller chose another look; the window applies it and rebuilds its screens.
    void appearanceChosen(const QString &appearance);

private:
    void load();
    void save();
    void useForSessionOnly();
    QLineEdit *addField(const QString &key, const QString &accessibleName);
    void showError(const QString &key, const QString &error);

    Till &m_till;
    QComboBox *m_language;
    QComboBox *m_appearance;
    ConnectForm *m_connect;
    QSpinBox *m_dueDays;
    QCheckBox *m_fSkatt;
    QSpinBox *m_largeAmount;
    QSpinBox *m_retention;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QPushButton *m_save;
    QLabel *m_message;
    QLabel *m_keychain;
    QPushButton *m_sessionOnly;
    PrinterSettings *m_printers = nullptr;
    MethodSettings *m_methods = nullptr;
    BackupSettings *m_backups = nullptr;
};
