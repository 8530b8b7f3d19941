#pragma once

#include "settings/credentialstore.h"

#include <QDialog>
#include <optional>

class AppSettings;
class ConnectForm;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

// The first start: "Try the demo" or "Connect my Ping account" (environment, IDs, test, saved in
// the keychain). Also asks for the IDs at a start where the keychain cannot give them. Where no
// keychain runs, the seller may use the IDs for this session only; they are never written to a
// file. Works on the settings and the keychain alone, before the till is opened.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Start { Welcome, Account };
    enum Page { ChoicePage, AccountPage, NoKeychainPage };

    WelcomeDialog(AppSettings &settings, CredentialStore &credentials, Start start, QWidget *parent = nullptr);

    // Set when the seller chose to use the IDs without a keychain.
    std::optional<CredentialStore::Credentials> sessionCredentials() const { return m_session; }

    Page page() const;
    QComboBox *languageChoice() const { return m_language; }
    QPushButton *demoButton() const { return m_demo; }
    ConnectForm *connectForm() const { return m_form; }
    QLabel *keychainProblem() const { return m_keychainProblem; }
    QLabel *message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void chooseDemo();
    void saveAccount();

    AppSettings &m_settings;
    CredentialStore &m_credentials;
    Start m_start;
    std::optional<CredentialStore::Credentials> m_session;
    QString m_builtFor; // the language the widgets were built in
    QWidget *m_content = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_account = nullptr;
    ConnectForm *m_form = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_useForSession = nullptr;
    QLabel *m_keychainProblem = nullptr;
    QLabel *m_message = nullptr;
};
