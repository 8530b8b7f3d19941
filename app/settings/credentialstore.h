#pragma once

#include <QObject>
#include <QString>
#include <functional>

// The Ping credentials of one till profile, kept in the OS keychain through QtKeychain — never in
// a plain file. Asynchronous, as keychains may ask the user to unlock.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Credentials
    {
        QString tenantId;
        QString merchantId;
        QString splitTreeId;
        QString apiSecret;
    };
    // error is empty on success; otherwise the keychain's problem in words.
    using ReadCallback = std::function<void(const Credentials &, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    // profile separates tills on one machine (their data directories).
    explicit CredentialStore(const QString &profile, QObject *parent = nullptr);

    void read(ReadCallback done);
    void write(const Credentials &credentials, WriteCallback done);

private:
    QString m_profile;
};
