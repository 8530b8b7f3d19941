#include "settingsview.h"

#include "backupsettings.h"
#include "contact/orgnumber.h"
#include "csv/textlimits.h"
#include "methodsettings.h"
#include "money/giro.h"
#include "printersettings.h"
#include "settings/appsettings.h"
#include "settings/credentialstore.h"
#include "setup/connectform.h"
#include "style/shortcuts.h"
#include "style/theme.h"
#include "till/till.h"

#include <QCheckBox>
#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
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
    , m_appearance(new QComboBox(this))
    , m_connect(new ConnectForm(ConnectForm::Choices::WithDemo, this))
    , m_dueDays(new QSpinBox(this))
    , m_largeAmount(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_save(new QPushButton(tr("Save settings"), this))
    , m_message(new QLabel(this))
    , m_keychain(new QLabel(this))
    , m_sessionOnly(new QPushButton(tr("&Keep the IDs for this session only"), this))
{
    m_language->addItem(u"Svenska"_s, u"sv"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("The language of Stallpay; it changes at once"));
    m_appearance->addItem(tr("Like the rest of the computer"), Theme::key(Theme::Appearance::System));
    m_appearance->addItem(tr("Light, high contrast (for sunlight)"), Theme::key(Theme::Appearance::Light));
    m_appearance->addItem(tr("Dark"), Theme::key(Theme::Appearance::Dark));
    m_appearance->setAccessibleName(tr("Colour scheme"));
    m_appearance->setToolTip(tr("Light or dark; it changes at once"));
    m_dueDays->setRange(0, 365);
    m_dueDays->setSuffix(tr(" days"));
    m_dueDays->setAccessibleName(tr("Days to pay an invoice"));
    m_largeAmount->setRange(0, 10000000);
    m_largeAmount->setSingleStep(1000);
    m_largeAmount->setSuffix(tr(" kr"));
    m_largeAmount->setSpecialValueText(tr("Never ask"));
    m_largeAmount->setAccessibleName(tr("Ask before charging more than this many kronor"));
    m_largeAmount->setToolTip(tr("A sale or a product price above this is asked about once, against typing slips"));
    m_retention->setRange(1, 120);
    m_retention->setSuffix(tr(" months"));
    m_retention->setAccessibleName(tr("Months to keep customers' contact details"));
    m_retention->setToolTip(tr("After this, a sale's phone number, e-mail, name and address are removed; amounts, "
                               "VAT, numbers and issued invoices stay"));
    m_keychain->setWordWrap(true);
    m_sessionOnly->setToolTip(tr("No keychain runs here: use the IDs until Stallpay closes, without saving them (%1)")
                                  .arg(m_sessionOnly->shortcut().toString(QKeySequence::NativeText)));
    m_sessionOnly->hide();
    m_message->setWordWrap(true);

    auto group = [this](const QString &title, QFormLayout **form) {
        auto *box = new QGroupBox(title, this);
        *form = new QFormLayout(box);
        return box;
    };
    auto addRow = [this](QFormLayout *form, const QString &label, QWidget *widget, const QString &key) {
        form->addRow(label, widget);
        auto *error = Theme::fieldErrorLabel(this);
        m_errors.insert(key, error);
        form->addRow(QString(), error);
    };
    QFormLayout *general, *service, *supplier, *payments;
    QGroupBox *generalBox = group(tr("General"), &general);
    general->addRow(tr("&Language:"), m_language);
    general->addRow(tr("Colour &scheme:"), m_appearance);
    QGroupBox *serviceBox = group(tr("Payment service"), &service);
    service->addRow(m_connect);
    service->addRow(m_keychain);
    service->addRow(m_sessionOnly);
    QGroupBox *supplierBox = group(tr("Your business, for invoices"), &supplier);
    addRow(supplier, tr("&Name:"), addField(u"name"_s, tr("Business name")), u"name"_s);
    addRow(supplier, tr("Or&ganisation number:"), addField(u"orgNumber"_s, tr("Organisation number")), u"orgNumber"_s);
    addRow(supplier, tr("&VAT number:"), addField(u"vatNumber"_s, tr("VAT number")), u"vatNumber"_s);
    addRow(supplier, tr("St&reet:"), addField(u"street"_s, tr("Street address")), u"street"_s);
    addRow(supplier, tr("&Postcode:"), addField(u"zip"_s, tr("Postcode")), u"zip"_s);
    addRow(supplier, tr("C&ity:"), addField(u"city"_s, tr("City")), u"city"_s);
    addRow(supplier, tr("We&bsite:"), addField(u"website"_s, tr("Website")), u"website"_s);
    addRow(supplier, tr("Logo file:"), addField(u"logoFile"_s, tr("Logo file for the customer screen and invoices")),
           u"logoFile"_s);
    field(u"logoFile"_s)->setPlaceholderText(tr("A PNG or JPEG picture, shown on the customer screen and invoices"));
    QGroupBox *paymentsBox = group(tr("Payments and invoices"), &payments);
    addRow(payments, tr("S&wish message:"), addField(u"swishMessage"_s, tr("Swish message")), u"swishMessage"_s);
    field(u"swishMessage"_s)->setMaxLength(50);
    payments->addRow(tr("Days to pa&y:"), m_dueDays);
    // What an invoice says about paying (SPEC "Money and law"); each checked when saved.
    addRow(payments, tr("Bankgiro:"), addField(u"bankgiro"_s, tr("Bankgiro number")), u"bankgiro"_s);
    addRow(payments, tr("Plusgiro:"), addField(u"plusgiro"_s, tr("Plusgiro number")), u"plusgiro"_s);
    addRow(payments, tr("Late interest (% a year):"), addField(u"lateInterest"_s, tr("Late payment interest")),
           u"lateInterest"_s);
    m_fSkatt = new QCheckBox(tr("Approved for F-ta&x (printed on invoices)"), this);
    payments->addRow(QString(), m_fSkatt);
    Shortcuts::tell(m_fSkatt, tr("Invoices say the business is approved for F-tax"));
    field(u"bankgiro"_s)->setPlaceholderText(u"555-1239"_s);
    field(u"lateInterest"_s)->setPlaceholderText(tr("empty: the Interest Act's rate"));
    payments->addRow(tr("Ask before charging more than:"), m_largeAmount);
    payments->addRow(tr("Keep customers' contact details:"), m_retention);
    field(u"orgNumber"_s)->setPlaceholderText(u"556677-8899"_s);
    field(u"vatNumber"_s)->setPlaceholderText(u"SE556677889901"_s);

    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the settings (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    for (QWidget *box : {generalBox, serviceBox, supplierBox, paymentsBox})
        column->addWidget(box);
    m_methods = new MethodSettings(this);
    column->addWidget(m_methods);
    m_printers = new PrinterSettings(this);
    column->addWidget(m_printers);
    m_backups = new BackupSettings(m_till, this);
    column->addWidget(m_backups);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Settings"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &SettingsView::save);
    connect(&m_till, &Till::tenantMethodsChanged, this, [this] { m_methods->load(m_till.settings()); });
    connect(m_sessionOnly, &QPushButton::clicked, this, &SettingsView::useForSessionOnly);
    connect(m_appearance, &QComboBox::activated, this, [this] {
        const QString appearance = m_appearance->currentData().toString();
        if (appearance == m_till.settings().appearance())
            return;
        m_till.settings().setAppearance(appearance);
        m_till.settings().sync();
        emit appearanceChosen(appearance);
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

QComboBox *SettingsView::environmentChoice() const
{
    return m_connect->environmentChoice();
}

QLineEdit *SettingsView::field(const QString &key) const
{
    return m_fields.contains(key) ? m_fields.value(key) : m_connect->field(key);
}

QLabel *SettingsView::errorOf(const QString &key) const
{
    return m_errors.contains(key) ? m_errors.value(key) : m_connect->errorOf(key);
}

void SettingsView::showError(const QString &key, const QString &error)
{
    Theme::showFieldError(m_errors.value(key), field(key), error);
}

void SettingsView::load()
{
    AppSettings &s = m_till.settings();
    m_language->setCurrentIndex(m_language->findData(s.language()));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(s.appearance())));
    m_connect->setEnvironment(s.environment());
    m_connect->setCustomUrl(s.customBaseUrl());
    m_connect->setCheckoutOrigins(s.customCheckoutOrigins());
    const LinkSupplier supplier = s.supplier();
    field(u"name"_s)->setText(supplier.name);
    field(u"orgNumber"_s)->setText(supplier.organizationNumber);
    field(u"vatNumber"_s)->setText(s.vatNumber());
    field(u"street"_s)->setText(s.supplierStreet());
    field(u"zip"_s)->setText(supplier.zip);
    field(u"city"_s)->setText(supplier.city);
    field(u"website"_s)->setText(supplier.website);
    field(u"logoFile"_s)->setText(s.logoFile());
    field(u"swishMessage"_s)->setText(s.swishMessage());
    m_dueDays->setValue(s.dueDays());
    m_retention->setValue(s.retentionMonths());
    field(u"bankgiro"_s)->setText(s.bankgiro());
    field(u"plusgiro"_s)->setText(s.plusgiro());
    field(u"lateInterest"_s)->setText(s.lateInterest());
    m_fSkatt->setChecked(s.fSkatt());
    m_largeAmount->setValue(int(std::clamp<qint64>(s.largeAmountOre() / 100, 0, 10000000)));
    m_printers->load(s);
    m_methods->load(s);
    QPointer<SettingsView> self(this);
    m_till.credentials().read([self](const CredentialStore::Credentials &c, const QString &error) {
        if (!self)
            return;
        self->m_connect->setCredentials(c);
        if (self->m_till.credentials().isSessionOnly())
            self->m_keychain->setText(tr("The IDs are used for this session only; Stallpay asks for them again at "
                                         "the next start."));
        else if (error.isEmpty())
            self->m_keychain->setText(tr("The IDs are kept in the system keychain."));
        else
            self->m_keychain->setText(tr("%1 The IDs can only be saved where a keychain runs (GNOME Keyring, "
                                         "KWallet), or used for this session only; the demo works without them.")
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
    QString bankgiro, plusgiro;
    if (const QString typed = field(u"bankgiro"_s)->text().trimmed();
        !typed.isEmpty() && !Giro::checkBankgiro(typed, &bankgiro)) {
        showError(u"bankgiro"_s,
                  tr("A bankgiro number has 7 or 8 digits, the last a check digit, e.g. 555-1239. "
                     "Check it against your bank's papers."));
        ok = false;
    }
    if (const QString typed = field(u"plusgiro"_s)->text().trimmed();
        !typed.isEmpty() && !Giro::checkPlusgiro(typed, &plusgiro)) {
        showError(u"plusgiro"_s, tr("A plusgiro number has 2 to 8 digits, the last a check digit, e.g. 12345-5."));
        ok = false;
    }
    const QString interest = field(u"lateInterest"_s)->text().trimmed();
    bool interestOk = interest.isEmpty();
    if (!interestOk) {
        const double value = QString(interest).replace(u',', u'.').toDouble(&interestOk);
        interestOk = interestOk && value >= 0 && value <= 100;
    }
    if (!interestOk) {
        showError(u"lateInterest"_s,
                  tr("Enter the interest as a percentage a year, e.g. 8 or 10,5; leave it empty "
                     "for the Interest Act's rate."));
        ok = false;
    }
    const QString logo = field(u"logoFile"_s)->text().trimmed();
    if (!logo.isEmpty() && QImageReader(logo).size().isEmpty()) {
        showError(u"logoFile"_s,
                  tr("Stallpay cannot read a picture from this file. Enter the full path of a PNG "
                     "or JPEG file, or leave the field empty for no logo."));
        ok = false;
    }
    const auto environment = m_connect->environment();
    const QUrl custom = m_connect->customUrl();
    const QList<QUrl> checkoutOrigins = m_connect->checkoutOrigins();
    if (!m_connect->validate())
        ok = false;
    if (field(u"name"_s)->text().trimmed().isEmpty()) {
        showError(u"name"_s, tr("The name of the business is printed on every invoice; enter it."));
        ok = false;
    }
    // Every text field within its length (what invoices and the payment service can carry).
    const QHash<QString, TextLimits::Field> limits = {
        {u"name"_s, TextLimits::Field::PersonName},
        {u"street"_s, TextLimits::Field::Street},
        {u"zip"_s, TextLimits::Field::Zip},
        {u"city"_s, TextLimits::Field::City},
        {u"website"_s, TextLimits::Field::Website},
        {u"logoFile"_s, TextLimits::Field::FilePath},
        {u"orgNumber"_s, TextLimits::Field::OrgNumber},
        {u"vatNumber"_s, TextLimits::Field::VatNumber},
    };
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        if (!TextLimits::fits(it.value(), field(it.key())->text().trimmed(), &error)) {
            showError(it.key(), error);
            ok = false;
        }
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
    s.setLogoFile(logo);
    s.setSwishMessage(field(u"swishMessage"_s)->text().trimmed());
    s.setDueDays(m_dueDays->value());
    s.setBankgiro(bankgiro);
    s.setPlusgiro(plusgiro);
    s.setLateInterest(interest);
    s.setFSkatt(m_fSkatt->isChecked());
    field(u"bankgiro"_s)->setText(bankgiro);
    field(u"plusgiro"_s)->setText(plusgiro);
    s.setLargeAmountOre(qint64(m_largeAmount->value()) * 100);
    const bool retentionShorter = m_retention->value() < s.retentionMonths();
    s.setRetentionMonths(m_retention->value());
    m_printers->save(s);
    m_methods->save(s);
    m_till.applyPaymentMethods();
    const bool isCustom = environment == AppSettings::Environment::Custom;
    const bool serviceChanged = environment != s.environment() || custom != s.customBaseUrl()
        || (isCustom && checkoutOrigins != s.customCheckoutOrigins());
    s.setEnvironment(environment);
    s.setCustomBaseUrl(isCustom ? custom : QUrl());
    s.setCustomCheckoutOrigins(isCustom ? checkoutOrigins : QList<QUrl>());
    s.sync();
    if (retentionShorter)
        m_till.purgePersonalData(); // a shorter period applies now, not at the next round
    field(u"orgNumber"_s)->setText(orgNumber);
    field(u"vatNumber"_s)->setText(vatNumber);
    m_message->setText(serviceChanged ? tr("Saved. The new payment service is used from the next start.")
                                      : tr("Saved."));

    const CredentialStore::Credentials credentials = m_connect->credentials();
    m_sessionOnly->hide();
    if (credentials.isEmpty())
        return;
    QPointer<SettingsView> self(this);
    m_till.credentials().write(credentials, [self](const QString &keychainError) {
        if (!self)
            return;
        self->m_keychain->setText(keychainError.isEmpty()
                                      ? tr("The IDs are saved in the system keychain.")
                                      : tr("The IDs were not saved: %1 Stallpay never writes them to a plain file. "
                                           "Use them for this session only, start Stallpay in a desktop session "
                                           "with a keychain, or keep using the demo.")
                                            .arg(keychainError));
        self->m_sessionOnly->setVisible(!keychainError.isEmpty());
    });
}

void SettingsView::useForSessionOnly()
{
    m_till.credentials().keepForSession(m_connect->credentials());
    m_sessionOnly->hide();
    // A till already on an account takes the IDs at once; another service comes with the next start.
    const bool running = !m_till.isDemo() && m_connect->environment() == m_till.settings().environment();
    if (running)
        m_till.connectApi();
    m_keychain->setText(running ? tr("The IDs are in use for this session only; Stallpay asks for them again at "
                                     "the next start.")
                                : tr("The IDs are kept for this session only. The new payment service is used "
                                     "from the next start, where Stallpay asks for them again."));
}
