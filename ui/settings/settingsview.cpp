#include "settingsview.h"

#include "contact/orgnumber.h"
#include "printersettings.h"
#include "settings/appsettings.h"
#include "settings/credentialstore.h"
#include "till/till.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsView::SettingsView(Till &till, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_language(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_dueDays(new QSpinBox(this))
    , m_save(new QPushButton(tr("&Save settings"), this))
    , m_message(new QLabel(this))
    , m_keychain(new QLabel(this))
{
    m_language->addItem(u"Svenska"_s, u"sv"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of Stallpay; it changes at once"));
    m_environment->addItem(tr("Demo (built-in sandbox, no account)"), int(AppSettings::Environment::Demo));
    m_environment->addItem(tr("Ping sandbox (test account)"), int(AppSettings::Environment::PingSandbox));
    m_environment->addItem(tr("Production (real payments)"), int(AppSettings::Environment::Production));
    m_environment->addItem(tr("Custom address"), int(AppSettings::Environment::Custom));
    m_environment->setAccessibleName(tr("Payment service"));
    m_dueDays->setRange(0, 365);
    m_dueDays->setSuffix(tr(" days"));
    m_dueDays->setAccessibleName(tr("Days to pay an invoice"));
    m_keychain->setWordWrap(true);
    m_message->setWordWrap(true);

    auto group = [this](const QString &title, QFormLayout **form) {
        auto *box = new QGroupBox(title, this);
        *form = new QFormLayout(box);
        return box;
    };
    auto addRow = [this](QFormLayout *form, const QString &label, QWidget *widget, const QString &key) {
        form->addRow(label, widget);
        auto *error = new QLabel(this);
        error->setWordWrap(true);
        error->setStyleSheet(u"color: #c62828;"_s);
        error->hide();
        m_errors.insert(key, error);
        form->addRow(QString(), error);
    };
    QFormLayout *general, *service, *supplier, *payments;
    QGroupBox *generalBox = group(tr("General"), &general);
    general->addRow(tr("&Language:"), m_language);
    QGroupBox *serviceBox = group(tr("Payment service"), &service);
    service->addRow(tr("&Environment:"), m_environment);
    addRow(service, tr("Custom &address:"), addField(u"customUrl"_s, tr("Custom address of the payment service")),
           u"customUrl"_s);
    addRow(service, tr("&Tenant ID:"), addField(u"tenantId"_s, tr("Tenant ID")), u"tenantId"_s);
    addRow(service, tr("&Merchant ID:"), addField(u"merchantId"_s, tr("Merchant ID")), u"merchantId"_s);
    service->addRow(QString(), m_keychain);
    QGroupBox *supplierBox = group(tr("Your business, for invoices"), &supplier);
    addRow(supplier, tr("&Name:"), addField(u"name"_s, tr("Business name")), u"name"_s);
    addRow(supplier, tr("&Organisation number:"), addField(u"orgNumber"_s, tr("Organisation number")), u"orgNumber"_s);
    addRow(supplier, tr("&VAT number:"), addField(u"vatNumber"_s, tr("VAT number")), u"vatNumber"_s);
    addRow(supplier, tr("St&reet:"), addField(u"street"_s, tr("Street address")), u"street"_s);
    addRow(supplier, tr("&Postcode:"), addField(u"zip"_s, tr("Postcode")), u"zip"_s);
    addRow(supplier, tr("C&ity:"), addField(u"city"_s, tr("City")), u"city"_s);
    addRow(supplier, tr("We&bsite:"), addField(u"website"_s, tr("Website")), u"website"_s);
    QGroupBox *paymentsBox = group(tr("Payments and invoices"), &payments);
    addRow(payments, tr("S&wish message:"), addField(u"swishMessage"_s, tr("Swish message")), u"swishMessage"_s);
    field(u"swishMessage"_s)->setMaxLength(50);
    payments->addRow(tr("&Days to pay:"), m_dueDays);
    field(u"orgNumber"_s)->setPlaceholderText(u"556677-8899"_s);
    field(u"vatNumber"_s)->setPlaceholderText(u"SE556677889901"_s);
    field(u"customUrl"_s)->setPlaceholderText(u"https://"_s);

    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the settings (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    for (QWidget *box : {generalBox, serviceBox, supplierBox, paymentsBox})
        column->addWidget(box);
    m_printers = new PrinterSettings(this);
    column->addWidget(m_printers);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        field(u"customUrl"_s)
            ->setEnabled(m_environment->currentData().toInt() == int(AppSettings::Environment::Custom));
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString language = m_language->currentData().toString();
        if (language == m_till.settings().language())
            return;
        m_till.settings().setLanguage(language);
        m_till.settings().sync();
        emit languageChosen(language);
    });
    load();
}

QLineEdit *SettingsView::addField(const QString &key, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    m_fields.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { m_errors.value(key)->hide(); });
    return edit;
}

void SettingsView::showError(const QString &key, const QString &error)
{
    QLabel *label = m_errors.value(key);
    label->setText(error);
    label->setVisible(!error.isEmpty());
    field(key)->setAccessibleDescription(error);
}

void SettingsView::load()
{
    AppSettings &s = m_till.settings();
    m_language->setCurrentIndex(m_language->findData(s.language()));
    m_environment->setCurrentIndex(m_environment->findData(int(s.environment())));
    field(u"customUrl"_s)->setText(s.customBaseUrl().toString());
    field(u"customUrl"_s)->setEnabled(s.environment() == AppSettings::Environment::Custom);
    const LinkSupplier supplier = s.supplier();
    field(u"name"_s)->setText(supplier.name);
    field(u"orgNumber"_s)->setText(supplier.organizationNumber);
    field(u"vatNumber"_s)->setText(s.vatNumber());
    field(u"street"_s)->setText(s.supplierStreet());
    field(u"zip"_s)->setText(supplier.zip);
    field(u"city"_s)->setText(supplier.city);
    field(u"website"_s)->setText(supplier.website);
    field(u"swishMessage"_s)->setText(s.swishMessage());
    m_dueDays->setValue(s.dueDays());
    m_printers->load(s);
    QPointer<SettingsView> self(this);
    m_till.credentials().read([self](const CredentialStore::Credentials &c, const QString &error) {
        if (!self)
            return;
        self->field(u"tenantId"_s)->setText(c.tenantId);
        self->field(u"merchantId"_s)->setText(c.merchantId);
        self->m_keychain->setText(error.isEmpty() ? tr("The IDs are kept in the system keychain.")
                                                  : tr("The system keychain cannot be read (%1). The IDs can only be "
                                                       "saved where a keychain runs (GNOME Keyring, KWallet); the "
                                                       "demo works without them.")
                                                        .arg(error));
    });
}

void SettingsView::save()
{
    QString error, orgNumber, vatNumber;
    const QString org = field(u"orgNumber"_s)->text().trimmed();
    const QString vat = field(u"vatNumber"_s)->text().trimmed();
    bool ok = true;
    if (!org.isEmpty() && !OrgNumber::check(org, &orgNumber, &error)) {
        showError(u"orgNumber"_s, error);
        ok = false;
    }
    if (!vat.isEmpty() && !OrgNumber::checkVatNumber(vat, &vatNumber, &error)) {
        showError(u"vatNumber"_s, error);
        ok = false;
    } else if (!vatNumber.isEmpty() && !orgNumber.isEmpty()
               && vatNumber.mid(2, 10) != QString(orgNumber).remove(u'-')) {
        showError(u"vatNumber"_s, tr("The VAT number is not the one of organisation number %1.").arg(orgNumber));
        ok = false;
    }
    const auto environment = AppSettings::Environment(m_environment->currentData().toInt());
    const QUrl custom(field(u"customUrl"_s)->text().trimmed());
    if (environment == AppSettings::Environment::Custom
        && (!custom.isValid() || custom.host().isEmpty()
            || (custom.scheme() != u"https"_s && custom.scheme() != u"http"_s))) {
        showError(u"customUrl"_s, tr("Enter the address of the payment service, e.g. https://pay.example.se."));
        ok = false;
    }
    if (field(u"name"_s)->text().trimmed().isEmpty()) {
        showError(u"name"_s, tr("The name of the business is printed on every invoice; enter it."));
        ok = false;
    }
    if (!ok) {
        m_message->setText(tr("Nothing was saved: correct the fields marked in red."));
        return;
    }
    AppSettings &s = m_till.settings();
    LinkSupplier supplier;
    supplier.name = field(u"name"_s)->text().trimmed();
    supplier.organizationNumber = orgNumber;
    supplier.zip = field(u"zip"_s)->text().trimmed();
    supplier.city = field(u"city"_s)->text().trimmed();
    supplier.website = field(u"website"_s)->text().trimmed();
    s.setSupplier(supplier);
    s.setVatNumber(vatNumber);
    s.setSupplierStreet(field(u"street"_s)->text().trimmed());
    s.setSwishMessage(field(u"swishMessage"_s)->text().trimmed());
    s.setDueDays(m_dueDays->value());
    m_printers->save(s);
    const bool serviceChanged = environment != s.environment() || custom != s.customBaseUrl();
    s.setEnvironment(environment);
    s.setCustomBaseUrl(environment == AppSettings::Environment::Custom ? custom : QUrl());
    s.sync();
    field(u"orgNumber"_s)->setText(orgNumber);
    field(u"vatNumber"_s)->setText(vatNumber);
    m_message->setText(serviceChanged ? tr("Saved. The new payment service is used from the next start.")
                                      : tr("Saved."));

    CredentialStore::Credentials credentials;
    credentials.tenantId = field(u"tenantId"_s)->text().trimmed();
    credentials.merchantId = field(u"merchantId"_s)->text().trimmed();
    if (credentials.tenantId.isEmpty() && credentials.merchantId.isEmpty())
        return;
    QPointer<SettingsView> self(this);
    m_till.credentials().write(credentials, [self](const QString &error) {
        if (!self)
            return;
        self->m_keychain->setText(error.isEmpty()
                                      ? tr("The IDs are saved in the system keychain.")
                                      : tr("The IDs were not saved: %1 Stallpay never writes them to a plain file. "
                                           "Start it in a desktop session with a keychain, or keep using the demo.")
                                            .arg(error));
    });
}
