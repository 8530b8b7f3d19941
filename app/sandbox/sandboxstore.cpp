#include "sandbox/sandboxstore.h"

#include "sandbox/sandboxlog.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

SandboxStore::SandboxStore(const SandboxConfig &config)
    : m_stateFile(config.stateFile)
    , m_ids(config.seed)
    , m_initialClock(config.frozenClock)
    , m_journal(config.stateFile)
    , m_tenantMethods(defaultTenantMethods())
    , m_defaultSmsDelayMs(config.smsDelayMs)
    , m_smsDelayMs(config.smsDelayMs)
{
    if (m_initialClock.isValid())
        m_clock.freeze(m_initialClock);
    // Drawn in a fixed order so a given --seed always yields the same account.
    const QString tenant = m_ids.uuid();
    const QString merchant = m_ids.uuid();
    const QString splitTree = m_ids.uuid();
    m_tenantId = config.tenantId.isEmpty() ? tenant : config.tenantId;
    m_merchantId = config.merchantId.isEmpty() ? merchant : config.merchantId;
    m_splitTreeId = config.splitTreeId.isEmpty() ? splitTree : config.splitTreeId;
    addDefaultMerchant();
}

QJsonArray SandboxStore::defaultTenantMethods()
{
    const auto method = [](const QString &provider, const QString &name) {
        return QJsonObject {{u"provider"_s, provider}, {u"method"_s, name}};
    };
    return {method(u"swish"_s, u"e_commerce"_s), method(u"swish"_s, u"m_commerce"_s),
            method(u"payment_iq"_s, u"card"_s)};
}

QString SandboxStore::nationalDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (phone.trimmed().startsWith(u'+'))
        digits.prepend(u"00"_s);
    if (digits.startsWith(u"0046"_s))
        digits = u"0"_s + digits.mid(4);
    return digits;
}

void SandboxStore::addDefaultMerchant()
{
    m_merchants.add(SandboxMerchant {
        m_merchantId, u"Sandbox Stall AB"_s,
        QJsonObject {{u"country"_s, u"SE"_s}, {u"se_organization_number"_s, u"5555555555"_s}}, u"APPROVED"_s});
}

void SandboxStore::clearOutbox()
{
    m_outbox.clear();
    m_snapshotNext = true; // the journal only adds and replaces records
}

void SandboxStore::reserve(qsizetype merchants, qsizetype orders, qsizetype payments, qsizetype links)
{
    m_merchants.reserve(merchants);
    m_orders.reserve(orders);
    m_payments.reserve(payments);
    m_links.reserve(links);
}

void SandboxStore::reset()
{
    m_merchants.clear();
    addDefaultMerchant();
    m_orders.clear();
    m_payments.clear();
    m_links.clear();
    m_payouts.clear();
    m_outbox.clear();
    m_clock.reset();
    if (m_initialClock.isValid())
        m_clock.freeze(m_initialClock);
    m_tenantMethods = defaultTenantMethods();
    m_smsDelayMs = m_defaultSmsDelayMs;
    m_undeliverable.clear();
    m_snapshotNext = true;
}

QJsonObject SandboxStore::settingsJson() const
{
    return {{u"clock_offset_ms"_s, m_clock.offsetMs()},
            {u"clock_frozen_at"_s, m_clock.frozen() ? SandboxClock::format(m_clock.frozenAt()) : QString()},
            {u"random_state"_s, m_ids.saveState()},
            {u"tenant_payment_provider_methods"_s, m_tenantMethods},
            {u"sms_delay_ms"_s, m_smsDelayMs},
            {u"undeliverable_numbers"_s, QJsonArray::fromStringList(m_undeliverable)}};
}

QJsonObject SandboxStore::toJson() const
{
    QJsonObject json = settingsJson();
    json.insert(u"format"_s, 1);
    json.insert(u"tenant_id"_s, m_tenantId);
    json.insert(u"merchant_id"_s, m_merchantId);
    json.insert(u"split_tree_id"_s, m_splitTreeId);
    json.insert(u"merchants"_s, m_merchants.toJson());
    json.insert(u"payment_orders"_s, m_orders.toJson());
    json.insert(u"payments"_s, m_payments.toJson());
    json.insert(u"payment_links"_s, m_links.toJson());
    json.insert(u"payouts"_s, m_payouts.toJson());
    json.insert(u"outbox"_s, m_outbox.toJson());
    return json;
}

void SandboxStore::applySettings(const QJsonObject &json)
{
    if (json.contains(u"clock_offset_ms"_s))
        m_clock.setOffsetMs(json[u"clock_offset_ms"_s].toInteger());
    // --clock wins over the saved clock: the flag says where time starts on every start.
    const QDateTime frozenAt = SandboxClock::parse(json[u"clock_frozen_at"_s].toString());
    if (m_initialClock.isValid())
        m_clock.freeze(m_initialClock);
    else if (frozenAt.isValid())
        m_clock.freeze(frozenAt);
    else if (json.contains(u"clock_frozen_at"_s))
        m_clock.freeze(QDateTime()); // running again, from the saved offset
    m_ids.restoreState(json[u"random_state"_s].toString());
    if (json.contains(u"tenant_payment_provider_methods"_s))
        m_tenantMethods = json[u"tenant_payment_provider_methods"_s].toArray();
    m_smsDelayMs = json[u"sms_delay_ms"_s].toInt(m_smsDelayMs);
    if (json.contains(u"undeliverable_numbers"_s)) {
        m_undeliverable.clear();
        for (const QJsonValue &number : json[u"undeliverable_numbers"_s].toArray())
            m_undeliverable.append(number.toString());
    }
}

void SandboxStore::applySnapshot(const QJsonObject &json)
{
    // The saved account wins over generated IDs, so a restart serves the same account.
    m_tenantId = json[u"tenant_id"_s].toString(m_tenantId);
    m_merchantId = json[u"merchant_id"_s].toString(m_merchantId);
    m_splitTreeId = json[u"split_tree_id"_s].toString(m_splitTreeId);
    applySettings(json);
    m_merchants.assign(json[u"merchants"_s].toArray());
    if (!merchant(m_merchantId))
        addDefaultMerchant();
    m_orders.assign(json[u"payment_orders"_s].toArray());
    m_payments.assign(json[u"payments"_s].toArray());
    m_links.assign(json[u"payment_links"_s].toArray());
    m_payouts.assign(json[u"payouts"_s].toArray());
    m_outbox.assign(json[u"outbox"_s].toArray());
}

// A line of the state file: {"put": {"payment_links": [...], ...}, "settings": {...}}.
void SandboxStore::applyChange(const QJsonObject &change)
{
    const QJsonObject put = change[u"put"_s].toObject();
    forEachTable([&put](const QString &key, auto &table) { table.apply(put[key].toArray()); });
    if (change.contains(u"settings"_s))
        applySettings(change[u"settings"_s].toObject());
}

void SandboxStore::forgetChanges()
{
    forEachTable([](const QString &, auto &table) { table.forgetChanges(); });
}

bool SandboxStore::load(QString *error)
{
    StateJournal::Contents contents;
    const auto onHeader = [this](const QJsonObject &header) {
        // The saved account wins over generated IDs, so a restart serves the same account.
        m_tenantId = header[u"tenant_id"_s].toString(m_tenantId);
        m_merchantId = header[u"merchant_id"_s].toString(m_merchantId);
        m_splitTreeId = header[u"split_tree_id"_s].toString(m_splitTreeId);
        applySettings(header[u"settings"_s].toObject());
        m_merchants.clear(); // the snapshot's records replace what the constructor made up
    };
    const auto onLine = [this](const QJsonObject &line) {
        applyChange(line);
    };
    if (!m_journal.read(onHeader, onLine, &contents, error))
        return false;
    if (!contents.legacy.isEmpty())
        applySnapshot(contents.legacy);
    if (!merchant(m_merchantId))
        addDefaultMerchant();
    if (contents.skippedLines > 0)
        qCWarning(lcSandbox).noquote() << m_stateFile << ": skipped" << contents.skippedLines
                                       << "torn line(s) at the end";
    forgetChanges();
    if (m_stateFile.isEmpty())
        return true;
    // A fresh file, an older format or a long journal is compacted; otherwise appending goes on
    // where the file ends (a 100,000-link state starts without rewriting 150 MB).
    if (contents.header.isEmpty()
        || StateJournal::wantsCompaction(contents.snapshotBytes, contents.goodBytes - contents.snapshotBytes))
        return writeSnapshot(error);
    m_savedSettings = settingsJson();
    m_snapshotNext = false;
    return m_journal.resume(contents, error);
}

bool SandboxStore::writeSnapshot(QString *error)
{
    forgetChanges();
    m_snapshotNext = false;
    m_savedSettings = settingsJson();
    qsizetype lines = 0;
    forEachTable([&lines](const QString &, const auto &table) {
        lines += (table.size() + kSnapshotBatch - 1) / kSnapshotBatch;
    });
    const QJsonObject header {{u"format"_s, 2},
                              {u"snapshot_lines"_s, lines},
                              {u"tenant_id"_s, m_tenantId},
                              {u"merchant_id"_s, m_merchantId},
                              {u"split_tree_id"_s, m_splitTreeId},
                              {u"settings"_s, m_savedSettings}};
    if (!m_journal.beginSnapshot(header, error))
        return false;
    forEachTable([this](const QString &key, const auto &table) {
        table.forEachBatch(kSnapshotBatch, [&](const QJsonArray &records) {
            m_journal.snapshotLine(QJsonObject {{u"put"_s, QJsonObject {{key, records}}}});
        });
    });
    return m_journal.commitSnapshot(error);
}

bool SandboxStore::save(QString *error)
{
    if (m_stateFile.isEmpty()) {
        forgetChanges();
        return true;
    }
    if (m_snapshotNext || m_journal.wantsCompaction())
        return writeSnapshot(error);
    QJsonObject put;
    forEachTable([&put](const QString &key, auto &table) {
        if (table.hasChanges())
            put.insert(key, table.takeChanges());
    });
    const QJsonObject settings = settingsJson();
    if (put.isEmpty() && settings == m_savedSettings)
        return true;
    m_savedSettings = settings;
    return m_journal.append(QJsonObject {{u"put"_s, put}, {u"settings"_s, settings}}, error);
}

} // namespace Sandbox
