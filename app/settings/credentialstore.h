#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

// The Ping credentials of one till profile, kept in the OS keychain through QtKeychain — never in
// a plain file. Asynchronous, as keychains may ask the user to unlock. Where no keychain runs,
// the seller may choose to keep them in memory for this session only (keepForSession): they are
// then forgotten when Stallpay closes, and asked for again at the next start.
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

        bool isEmpty() const { return tenantId.isEmpty() && merchantId.isEmpty(); }
    };
    // error is empty on success; otherwise the keychain's problem in words.
    using ReadCallback = std::function<void(const Credentials &, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    // profile separates tills on one machine (their data directories).
    explicit CredentialStore(const QString &profile, QObject *parent = nullptr);

    // The session's credentials when the seller chose them, else the keychain's.
    void read(ReadCallback done);
    // Into the keychain; on success any session-only credentials are dropped.
    void write(const Credentials &credentials, WriteCallback done);

    void keepForSession(const Credentials &credentials) { m_session = credentials; }
    bool isSessionOnly() const { return m_session.has_value(); }

private:
    QString m_profile;
    std::optional<Credentials> m_session;
};
