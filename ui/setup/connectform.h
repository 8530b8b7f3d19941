#pragma once

#include "settings/appsettings.h"
#include "settings/credentialstore.h"

#include <QHash>
#include <QWidget>

class ConnectionCheck;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Which payment service the till uses and the seller's Ping IDs, with "Test connection". Shared
// by the settings screen and the welcome dialog; errors appear under the field they concern.
class ConnectForm : public QWidget
{
    Q_OBJECT
public:
    enum class Choices { WithDemo, AccountsOnly };
    explicit ConnectForm(Choices choices, QWidget *parent = nullptr);

    AppSettings::Environment environment() const;
    void setEnvironment(AppSettings::Environment environment);
    QUrl customUrl() const;
    void setCustomUrl(const QUrl &url);
    // Where the custom environment's checkout pages are, if not on its API's host; validate() first.
    QList<QUrl> checkoutOrigins() const;
    void setCheckoutOrigins(const QList<QUrl> &origins);
    CredentialStore::Credentials credentials() const;
    void setCredentials(const CredentialStore::Credentials &credentials);

    // Checks what can be checked without the network and marks wrong fields; true when usable.
    bool validate();

    QComboBox *environmentChoice() const { return m_environment; }
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QLabel *errorOf(const QString &key) const { return m_errors.value(key); }
    QLabel *testResult() const { return m_result; }
    QPushButton *testButton() const { return m_test; }
    void showError(const QString &key, const QString &error);

signals:
    void testFinished(bool ok);

private:
    void addRow(QFormLayout *form, const QString &label, const QString &key, const QString &accessibleName);
    void updateEnabled();
    void test();
    QString idError(const QString &key, bool required) const;

    QComboBox *m_environment;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QPushButton *m_test;
    QLabel *m_result;
    ConnectionCheck *m_check;
};
