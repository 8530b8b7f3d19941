#pragma once

#include "sandbox/idgenerator.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxentities.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Sandbox {

// Everything the sandbox account holds, in memory, optionally mirrored to the --state file.
// Plain lists: a sandbox holds hundreds of records, and lists keep creation order for listing.
class SandboxStore
{
public:
    explicit SandboxStore(const SandboxConfig &config);

    QString tenantId() const { return m_tenantId; }
    QString merchantId() const { return m_merchantId; }
    QString splitTreeId() const { return m_splitTreeId; }
    bool knowsSplitTree(const QString &id) const { return id == m_splitTreeId; }

    IdGenerator &ids() { return m_ids; }
    SandboxClock &clock() { return m_clock; }
    const SandboxClock &clock() const { return m_clock; }

    QList<SandboxMerchant> &merchants() { return m_merchants; }
    QList<SandboxOrder> &orders() { return m_orders; }
    QList<SandboxPayment> &payments() { return m_payments; }
    QList<SandboxLink> &links() { return m_links; }
    QList<SandboxPayout> &payouts() { return m_payouts; }
    QList<SandboxMessage> &outbox() { return m_outbox; }

    // The tenant (GET /api/v1/tenant): the payment provider methods it may use, [{provider, method}].
    QString tenantName() const { return QStringLiteral("Sandbox Tenant AB"); }
    QJsonArray tenantMethods() const { return m_tenantMethods; }
    void setTenantMethods(const QJsonArray &methods) { m_tenantMethods = methods; }
    static QJsonArray defaultTenantMethods();

    // The SMS gateway: how long delivery takes, and which numbers it cannot reach (national digits).
    int smsDelayMs() const { return m_smsDelayMs; }
    void setSmsDelayMs(int ms) { m_smsDelayMs = ms; }
    bool undeliverable(const QString &phone) const { return m_undeliverable.contains(nationalDigits(phone)); }
    void addUndeliverable(const QString &phone) { m_undeliverable.append(nationalDigits(phone)); }
    QStringList undeliverableNumbers() const { return m_undeliverable; }
    // "+46 70-123 45 67", "0046701234567" and "0701234567" are one number: 0701234567.
    static QString nationalDigits(const QString &phone);

    // nullptr when absent; the pointer is valid until the list changes.
    SandboxMerchant *merchant(const QString &id);
    SandboxOrder *order(const QString &id);
    SandboxPayment *payment(const QString &id);
    SandboxLink *link(const QString &id);
    SandboxPayout *payout(const QString &id);

    // Forgets all records and the clock offset; the account (tenant, merchant, split tree) stays.
    void reset();

    bool load(QString *error); // no file yet is not an error
    bool save(QString *error) const;
    QJsonObject toJson() const;
    QString stateFile() const { return m_stateFile; }

private:
    void addDefaultMerchant();

    QString m_tenantId;
    QString m_merchantId;
    QString m_splitTreeId;
    QString m_stateFile;
    IdGenerator m_ids;
    QDateTime m_initialClock;
    SandboxClock m_clock;
    QList<SandboxMerchant> m_merchants;
    QList<SandboxOrder> m_orders;
    QList<SandboxPayment> m_payments;
    QList<SandboxLink> m_links;
    QList<SandboxPayout> m_payouts;
    QList<SandboxMessage> m_outbox;
    QJsonArray m_tenantMethods;
    int m_defaultSmsDelayMs = 3000;
    int m_smsDelayMs = 3000;
    QStringList m_undeliverable;
};

} // namespace Sandbox
