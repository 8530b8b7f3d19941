#include "appsettings.h"

#include "ping/linkmethods.h"

#include <QDir>
#include <QUuid>

using namespace Qt::StringLiterals;

AppSettings::AppSettings(const QString &dataDir)
    : m_settings(QDir(dataDir).filePath(u"stallpay.ini"_s), QSettings::IniFormat)
{ }

AppSettings::Environment AppSettings::environment() const
{
    const QString value = m_settings.value(u"api/environment"_s, u"demo"_s).toString();
    if (value == u"ping-sandbox"_s)
        return Environment::PingSandbox;
    if (value == u"production"_s)
        return Environment::Production;
    if (value == u"custom"_s)
        return Environment::Custom;
    return Environment::Demo;
}

void AppSettings::setEnvironment(Environment environment)
{
    static const char *const keys[] = {"demo", "ping-sandbox", "production", "custom"};
    m_settings.setValue(u"api/environment"_s, QString::fromLatin1(keys[int(environment)]));
}

bool AppSettings::isSetUp() const
{
    return m_settings.value(u"general/set_up"_s, false).toBool();
}

void AppSettings::setSetUp(bool setUp)
{
    m_settings.setValue(u"general/set_up"_s, setUp);
}

QUrl AppSettings::customBaseUrl() const
{
    return QUrl(m_settings.value(u"api/custom_base_url"_s).toString());
}

void AppSettings::setCustomBaseUrl(const QUrl &url)
{
    m_settings.setValue(u"api/custom_base_url"_s, url.toString());
}

QList<QUrl> AppSettings::customCheckoutOrigins() const
{
    QList<QUrl> origins;
    for (const QString &origin : m_settings.value(u"api/custom_checkout_origins"_s).toStringList())
        origins.append(QUrl(origin));
    return origins;
}

void AppSettings::setCustomCheckoutOrigins(const QList<QUrl> &origins)
{
    QStringList list;
    for (const QUrl &origin : origins)
        list.append(origin.toString());
    if (list.isEmpty())
        m_settings.remove(u"api/custom_checkout_origins"_s);
    else
        m_settings.setValue(u"api/custom_checkout_origins"_s, list);
}

QUrl AppSettings::apiOrigin() const
{
    return originOf(environment(), customBaseUrl());
}

QUrl AppSettings::originOf(Environment environment, const QUrl &customUrl)
{
    switch (environment) {
    case Environment::PingSandbox:
        return QUrl(u"https://sandbox.pingpayments.com"_s);
    case Environment::Production:
        return QUrl(u"https://production.pingpayments.com"_s);
    case Environment::Custom:
        return customUrl;
    case Environment::Demo:
        break;
    }
    return {};
}

QString AppSettings::appearance() const
{
    return m_settings.value(u"ui/appearance"_s, u"system"_s).toString();
}

void AppSettings::setAppearance(const QString &appearance)
{
    m_settings.setValue(u"ui/appearance"_s, appearance);
}

QString AppSettings::language() const
{
    return m_settings.value(u"ui/language"_s, u"sv"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(u"ui/language"_s, language);
}

LinkSupplier AppSettings::supplier() const
{
    LinkSupplier s;
    s.name = m_settings.value(u"supplier/name"_s, u"Stallpay demo"_s).toString();
    s.organizationNumber = m_settings.value(u"supplier/organization_number"_s).toString();
    s.city = m_settings.value(u"supplier/city"_s).toString();
    s.zip = m_settings.value(u"supplier/zip"_s).toString();
    s.website = m_settings.value(u"supplier/website"_s).toString();
    return s;
}

void AppSettings::setSupplier(const LinkSupplier &s)
{
    m_settings.setValue(u"supplier/name"_s, s.name);
    m_settings.setValue(u"supplier/organization_number"_s, s.organizationNumber);
    m_settings.setValue(u"supplier/city"_s, s.city);
    m_settings.setValue(u"supplier/zip"_s, s.zip);
    m_settings.setValue(u"supplier/website"_s, s.website);
}

QString AppSettings::swishMessage() const
{
    return m_settings.value(u"payment/swish_message"_s, u"Tack för ditt köp!"_s).toString();
}

void AppSettings::setSwishMessage(const QString &message)
{
    m_settings.setValue(u"payment/swish_message"_s, message);
}

QList<PaymentMethodChoice> AppSettings::paymentMethods() const
{
    return LinkMethods::offered(chosenMethods(), tenantMethods(), swishMessage());
}

QStringList AppSettings::chosenMethods() const
{
    return m_settings.value(u"payment/methods"_s, LinkMethods::defaultKeys()).toStringList();
}

void AppSettings::setChosenMethods(const QStringList &keys)
{
    m_settings.setValue(u"payment/methods"_s, keys);
}

QList<PaymentMethodChoice> AppSettings::tenantMethods() const
{
    QList<PaymentMethodChoice> methods;
    for (const QString &key : m_settings.value(u"payment/tenant_methods"_s).toStringList())
        methods.append(LinkMethods::fromKey(key));
    return methods;
}

void AppSettings::setTenantMethods(const QList<PaymentMethodChoice> &methods)
{
    QStringList keys;
    for (const PaymentMethodChoice &m : methods)
        keys.append(LinkMethods::key(m));
    m_settings.setValue(u"payment/tenant_methods"_s, keys);
}

int AppSettings::retentionMonths() const
{
    const int months = m_settings.value(u"privacy/retentionMonths"_s, kDefaultRetentionMonths).toInt();
    return months >= 1 ? months : kDefaultRetentionMonths;
}

void AppSettings::setRetentionMonths(int months)
{
    m_settings.setValue(u"privacy/retentionMonths"_s, months);
}

int AppSettings::dueDays() const
{
    return m_settings.value(u"invoice/due_days"_s, 30).toInt();
}

void AppSettings::setDueDays(int days)
{
    m_settings.setValue(u"invoice/due_days"_s, days);
}

qint64 AppSettings::largeAmountOre() const
{
    return m_settings.value(u"sale/large_amount_ore"_s, qint64(1000000)).toLongLong();
}

void AppSettings::setLargeAmountOre(qint64 ore)
{
    m_settings.setValue(u"sale/large_amount_ore"_s, ore);
}

QString AppSettings::demoValue(const QString &key) const
{
    return m_settings.value(u"demo/"_s + key).toString();
}

void AppSettings::setDemoValue(const QString &key, const QString &value)
{
    m_settings.setValue(u"demo/"_s + key, value);
}

QHash<QString, qint64> AppSettings::usedNumbers() const
{
    QHash<QString, qint64> next;
    m_settings.beginGroup(u"numbers"_s);
    for (const QString &series : m_settings.childKeys())
        next.insert(series, m_settings.value(series).toLongLong());
    m_settings.endGroup();
    return next;
}

void AppSettings::setUsedNumbers(const QHash<QString, qint64> &next)
{
    for (auto it = next.cbegin(); it != next.cend(); ++it)
        m_settings.setValue(u"numbers/"_s + it.key(), it.value());
    m_settings.sync();
}

QString AppSettings::pendingRestore() const
{
    return m_settings.value(u"database/restore"_s).toString();
}

void AppSettings::setPendingRestore(const QString &backupPath)
{
    if (backupPath.isEmpty())
        m_settings.remove(u"database/restore"_s);
    else
        m_settings.setValue(u"database/restore"_s, backupPath);
    m_settings.sync();
}

QString AppSettings::vatNumber() const
{
    return m_settings.value(u"supplier/vat_number"_s).toString();
}

void AppSettings::setVatNumber(const QString &vatNumber)
{
    m_settings.setValue(u"supplier/vat_number"_s, vatNumber);
}

QString AppSettings::supplierStreet() const
{
    return m_settings.value(u"supplier/street"_s).toString();
}

void AppSettings::setSupplierStreet(const QString &street)
{
    m_settings.setValue(u"supplier/street"_s, street);
}

QString AppSettings::logoFile() const
{
    return m_settings.value(u"supplier/logo_file"_s).toString();
}

void AppSettings::setLogoFile(const QString &path)
{
    m_settings.setValue(u"supplier/logo_file"_s, path);
}

QString AppSettings::bankgiro() const
{
    return m_settings.value(u"invoice/bankgiro"_s).toString();
}

void AppSettings::setBankgiro(const QString &bankgiro)
{
    m_settings.setValue(u"invoice/bankgiro"_s, bankgiro);
}

QString AppSettings::plusgiro() const
{
    return m_settings.value(u"invoice/plusgiro"_s).toString();
}

void AppSettings::setPlusgiro(const QString &plusgiro)
{
    m_settings.setValue(u"invoice/plusgiro"_s, plusgiro);
}

bool AppSettings::fSkatt() const
{
    return m_settings.value(u"invoice/f_skatt"_s, false).toBool();
}

void AppSettings::setFSkatt(bool approved)
{
    m_settings.setValue(u"invoice/f_skatt"_s, approved);
}

QString AppSettings::lateInterest() const
{
    return m_settings.value(u"invoice/late_interest"_s).toString();
}

void AppSettings::setLateInterest(const QString &percent)
{
    m_settings.setValue(u"invoice/late_interest"_s, percent);
}

QString AppSettings::tillId() const
{
    QString id = m_settings.value(u"till/id"_s).toString();
    if (id.isEmpty()) {
        id = u"SP-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
        m_settings.setValue(u"till/id"_s, id);
        m_settings.sync();
    }
    return id;
}

QVariant AppSettings::uiState(const QString &key) const
{
    return m_settings.value(u"window/"_s + key);
}

void AppSettings::setUiState(const QString &key, const QVariant &value)
{
    m_settings.setValue(u"window/"_s + key, value);
}

QString AppSettings::receiptPrinter() const
{
    return m_settings.value(u"printing/receipt_printer"_s).toString();
}

void AppSettings::setReceiptPrinter(const QString &name)
{
    m_settings.setValue(u"printing/receipt_printer"_s, name);
}

int AppSettings::receiptPaperWidthMm() const
{
    return m_settings.value(u"printing/receipt_paper_mm"_s, 80).toInt() == 58 ? 58 : 80;
}

void AppSettings::setReceiptPaperWidthMm(int widthMm)
{
    m_settings.setValue(u"printing/receipt_paper_mm"_s, widthMm == 58 ? 58 : 80);
}

QString AppSettings::documentPrinter() const
{
    return m_settings.value(u"printing/document_printer"_s).toString();
}

void AppSettings::setDocumentPrinter(const QString &name)
{
    m_settings.setValue(u"printing/document_printer"_s, name);
}
