#pragma once

#include "sandbox/idgenerator.h"
#include "sandbox/recordtable.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxentities.h"
#include "sandbox/statejournal.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Sandbox {

// Everything the sandbox account holds, in memory, optionally mirrored to the --state file.
// Each kind is a RecordTable: creation order for listing, an index by id (a filled tenant holds
// 100,000 links), and a note of what changed, so a save appends one journal line with just that
// (StateJournal; docs/SANDBOX.md "The --state file").
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

    const QList<SandboxMerchant> &merchants() const { return m_merchants.all(); }
    const QList<SandboxOrder> &orders() const { return m_orders.all(); }
    const QList<SandboxPayment> &payments() const { return m_payments.all(); }
    const QList<SandboxLink> &links() const { return m_links.all(); }
    const QList<SandboxPayout> &payouts() const { return m_payouts.all(); }
    const QList<SandboxMessage> &outbox() const { return m_outbox.all(); }

    SandboxMerchant &addMerchant(const SandboxMerchant &merchant) { return m_merchants.add(merchant); }
    SandboxOrder &addOrder(const SandboxOrder &order) { return m_orders.add(order); }
    SandboxPayment &addPayment(const SandboxPayment &payment) { return m_payments.add(payment); }
    SandboxLink &addLink(const SandboxLink &link) { return m_links.add(link); }
    SandboxPayout &addPayout(const SandboxPayout &payout) { return m_payouts.add(payout); }
    SandboxMessage &addMessage(const SandboxMessage &message) { return m_outbox.add(message); }
    void clearOutbox();
    // Room for a bulk fill (--fill), which then saves a snapshot rather than one huge journal line.
    void reserve(qsizetype merchants, qsizetype orders, qsizetype payments, qsizetype links);
    void saveSnapshotNext() { m_snapshotNext = true; }

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

    // nullptr when absent; the pointer is valid until the list changes. A record handed out
    // through a non-const pointer is written to the journal at the next save.
    SandboxMerchant *merchant(const QString &id) { return m_merchants.find(id); }
    SandboxOrder *order(const QString &id) { return m_orders.find(id); }
    SandboxPayment *payment(const QString &id) { return m_payments.find(id); }
    SandboxLink *link(const QString &id) { return m_links.find(id); }
    SandboxPayout *payout(const QString &id) { return m_payouts.find(id); }
    const SandboxMerchant *merchant(const QString &id) const { return m_merchants.find(id); }
    const SandboxLink *link(const QString &id) const { return m_links.find(id); }
    const SandboxPayment *payment(const QString &id) const { return m_payments.find(id); }

    // Forgets all records and the clock offset; the account (tenant, merchant, split tree) stays.
    void reset();

    // Reads the snapshot and the journal after it, then compacts them into a fresh snapshot.
    bool load(QString *error); // no file yet is not an error
    // Appends what changed since the last save as one journal line (a snapshot after a reset, a
    // fill, or when the journal has outgrown the snapshot).
    bool save(QString *error);
    QJsonObject toJson() const;
    QString stateFile() const { return m_stateFile; }
    const StateJournal &journal() const { return m_journal; }

private:
    void addDefaultMerchant();
    void applySnapshot(const QJsonObject &json);
    QJsonObject settingsJson() const; // everything but the records: clock, random state, tenant, SMS
    void applySettings(const QJsonObject &json);
    void applyChange(const QJsonObject &change);
    void forgetChanges();
    bool writeSnapshot(QString *error);
    // Calls f(key, table) for each kind of record, under its key in the state file.
    template<typename F> void forEachTable(F f)
    {
        f(QStringLiteral("merchants"), m_merchants);
        f(QStringLiteral("payment_orders"), m_orders);
        f(QStringLiteral("payments"), m_payments);
        f(QStringLiteral("payment_links"), m_links);
        f(QStringLiteral("payouts"), m_payouts);
        f(QStringLiteral("outbox"), m_outbox);
    }

    static constexpr qsizetype kSnapshotBatch = 500; // records per line of a snapshot

    QString m_tenantId;
    QString m_merchantId;
    QString m_splitTreeId;
    QString m_stateFile;
    IdGenerator m_ids;
    QDateTime m_initialClock;
    SandboxClock m_clock;
    RecordTable<SandboxMerchant> m_merchants;
    RecordTable<SandboxOrder> m_orders;
    RecordTable<SandboxPayment> m_payments;
    RecordTable<SandboxLink> m_links;
    RecordTable<SandboxPayout> m_payouts;
    RecordTable<SandboxMessage> m_outbox;
    StateJournal m_journal;
    QJsonObject m_savedSettings; // as of the last journal line, to skip lines that change nothing
    bool m_snapshotNext = false;
    QJsonArray m_tenantMethods;
    int m_defaultSmsDelayMs = 3000;
    int m_smsDelayMs = 3000;
    QStringList m_undeliverable;
};

} // namespace Sandbox
