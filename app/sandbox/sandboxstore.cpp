#include "sandbox/sandboxstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
template<typename T> T *findById(QList<T> &list, const QString &id)
{
    for (T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

template<typename T> QJsonArray toArray(const QList<T> &list)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(item.toJson());
    return array;
}

template<typename T> QList<T> fromArray(const QJsonValue &value)
{
    QList<T> list;
    for (const QJsonValue &item : value.toArray())
        list.append(T::fromJson(item.toObject()));
    return list;
}
} // namespace

SandboxStore::SandboxStore(const SandboxConfig &config)
    : m_stateFile(config.stateFile)
    , m_ids(config.seed)
    , m_initialClock(config.frozenClock)
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
    m_merchants.append(SandboxMerchant {
        m_merchantId, u"Sandbox Stall AB"_s,
        QJsonObject {{u"country"_s, u"SE"_s}, {u"se_organization_number"_s, u"5555555555"_s}}, u"APPROVED"_s});
}

SandboxMerchant *SandboxStore::merchant(const QString &id)
{
    return findById(m_merchants, id);
}

SandboxOrder *SandboxStore::order(const QString &id)
{
    return findById(m_orders, id);
}

SandboxPayment *SandboxStore::payment(const QString &id)
{
    return findById(m_payments, id);
}

SandboxLink *SandboxStore::link(const QString &id)
{
    return findById(m_links, id);
}

SandboxPayout *SandboxStore::payout(const QString &id)
{
    return findById(m_payouts, id);
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
}

QJsonObject SandboxStore::toJson() const
{
    return {{u"format"_s, 1},
            {u"tenant_id"_s, m_tenantId},
            {u"merchant_id"_s, m_merchantId},
            {u"split_tree_id"_s, m_splitTreeId},
            {u"clock_offset_ms"_s, m_clock.offsetMs()},
            {u"clock_frozen_at"_s, m_clock.frozen() ? SandboxClock::format(m_clock.frozenAt()) : QString()},
            {u"random_state"_s, m_ids.saveState()},
            {u"merchants"_s, toArray(m_merchants)},
            {u"payment_orders"_s, toArray(m_orders)},
            {u"payments"_s, toArray(m_payments)},
            {u"payment_links"_s, toArray(m_links)},
            {u"payouts"_s, toArray(m_payouts)},
            {u"outbox"_s, toArray(m_outbox)},
            {u"tenant_payment_provider_methods"_s, m_tenantMethods},
            {u"sms_delay_ms"_s, m_smsDelayMs},
            {u"undeliverable_numbers"_s, QJsonArray::fromStringList(m_undeliverable)}};
}

bool SandboxStore::load(QString *error)
{
    if (m_stateFile.isEmpty() || !QFile::exists(m_stateFile))
        return true;
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_stateFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || json[u"format"_s].toInt() != 1) {
        *error = u"%1 is not a ping-sandbox state file"_s.arg(m_stateFile);
        return false;
    }
    // The saved account wins over generated IDs, so a restart serves the same account.
    m_tenantId = json[u"tenant_id"_s].toString(m_tenantId);
    m_merchantId = json[u"merchant_id"_s].toString(m_merchantId);
    m_splitTreeId = json[u"split_tree_id"_s].toString(m_splitTreeId);
    m_clock.setOffsetMs(json[u"clock_offset_ms"_s].toInteger());
    // --clock wins over the saved clock: the flag says where time starts on every start.
    const QDateTime frozenAt = SandboxClock::parse(json[u"clock_frozen_at"_s].toString());
    if (m_initialClock.isValid())
        m_clock.freeze(m_initialClock);
    else if (frozenAt.isValid())
        m_clock.freeze(frozenAt);
    m_ids.restoreState(json[u"random_state"_s].toString());
    m_merchants = fromArray<SandboxMerchant>(json[u"merchants"_s]);
    if (!merchant(m_merchantId))
        addDefaultMerchant();
    m_orders = fromArray<SandboxOrder>(json[u"payment_orders"_s]);
    m_payments = fromArray<SandboxPayment>(json[u"payments"_s]);
    m_links = fromArray<SandboxLink>(json[u"payment_links"_s]);
    m_payouts = fromArray<SandboxPayout>(json[u"payouts"_s]);
    m_outbox = fromArray<SandboxMessage>(json[u"outbox"_s]);
    if (json.contains(u"tenant_payment_provider_methods"_s))
        m_tenantMethods = json[u"tenant_payment_provider_methods"_s].toArray();
    m_smsDelayMs = json[u"sms_delay_ms"_s].toInt(m_smsDelayMs);
    m_undeliverable.clear();
    for (const QJsonValue &number : json[u"undeliverable_numbers"_s].toArray())
        m_undeliverable.append(number.toString());
    return true;
}

bool SandboxStore::save(QString *error) const
{
    if (m_stateFile.isEmpty())
        return true;
    // QSaveFile: a crash mid-write leaves the previous state, never half a file.
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(m_stateFile, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(m_stateFile, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sandbox
