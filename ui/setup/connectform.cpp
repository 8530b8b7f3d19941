#include "connectform.h"

#include "ping/connectioncheck.h"
#include "style/theme.h"
#include "till/logprivacy.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>

using namespace Qt::StringLiterals;

ConnectForm::ConnectForm(Choices choices, QWidget *parent)
    : QWidget(parent)
    , m_environment(new QComboBox(this))
    , m_test(new QPushButton(tr("Test c&onnection"), this))
    , m_result(new QLabel(this))
    , m_check(new ConnectionCheck(this))
{
    using Environment = AppSettings::Environment;
    if (choices == Choices::WithDemo)
        m_environment->addItem(tr("Demo (built-in sandbox, no account)"), int(Environment::Demo));
    m_environment->addItem(tr("Ping sandbox (test account)"), int(Environment::PingSandbox));
    m_environment->addItem(tr("Production (real payments)"), int(Environment::Production));
    m_environment->addItem(tr("Custom address"), int(Environment::Custom));
    m_environment->setAccessibleName(tr("Payment service"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Environment:"), m_environment);
    addRow(form, tr("Custom &address:"), u"customUrl"_s, tr("Custom address of the payment service"));
    addRow(form, tr("Checkout addresses:"), u"checkoutOrigins"_s,
           tr("Addresses of the custom payment service's checkout pages"));
    addRow(form, tr("&Tenant ID:"), u"tenantId"_s, tr("Tenant ID"));
    addRow(form, tr("&Merchant ID:"), u"merchantId"_s, tr("Merchant ID"));
    addRow(form, tr("Split tree I&D:"), u"splitTreeId"_s, tr("Split tree ID"));
    addRow(form, tr("API se&cret:"), u"apiSecret"_s, tr("API secret"));
    field(u"customUrl"_s)->setPlaceholderText(u"https://"_s);
    field(u"checkoutOrigins"_s)
        ->setPlaceholderText(tr("Only if not on the address above, e.g. https://checkout.example.se"));
    field(u"checkoutOrigins"_s)
        ->setToolTip(tr("A payment link whose checkout page is anywhere else is refused: no QR code is drawn and "
                        "nothing is sent. Several addresses are separated by spaces."));
    for (const char *key : {"tenantId", "merchantId", "splitTreeId"})
        field(QString::fromLatin1(key))->setPlaceholderText(u"123e4567-e89b-12d3-a456-426614174000"_s);
    field(u"splitTreeId"_s)->setToolTip(tr("How Ping splits the money; from Ping Payments, if your account has one"));
    field(u"apiSecret"_s)->setEchoMode(QLineEdit::Password);
    field(u"apiSecret"_s)->setToolTip(tr("From Ping Payments, if your account has one"));

    m_test->setToolTip(tr("Ask the payment service whether it knows these IDs (%1)")
                           .arg(m_test->shortcut().toString(QKeySequence::NativeText)));
    m_test->setMinimumHeight(40);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Result of the connection test"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_test);
    form->addRow(QString(), m_result);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectForm::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &ConnectForm::test);
    updateEnabled();
}

void ConnectForm::addRow(QFormLayout *form, const QString &label, const QString &key, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    m_fields.insert(key, edit);
    form->addRow(label, edit);
    auto *error = Theme::fieldErrorLabel(this);
    m_errors.insert(key, error);
    form->addRow(QString(), error);
    connect(edit, &QLineEdit::textEdited, this, [this, key] {
        m_errors.value(key)->hide();
        m_result->clear();
    });
}

void ConnectForm::showError(const QString &key, const QString &error)
{
    Theme::showFieldError(m_errors.value(key), field(key), error);
}

AppSettings::Environment ConnectForm::environment() const
{
    return AppSettings::Environment(m_environment->currentData().toInt());
}

void ConnectForm::setEnvironment(AppSettings::Environment environment)
{
    const int index = m_environment->findData(int(environment));
    m_environment->setCurrentIndex(index < 0 ? 0 : index);
    updateEnabled();
}

QUrl ConnectForm::customUrl() const
{
    return QUrl(field(u"customUrl"_s)->text().trimmed());
}

void ConnectForm::setCustomUrl(const QUrl &url)
{
    field(u"customUrl"_s)->setText(url.toString());
}

QList<QUrl> ConnectForm::checkoutOrigins() const
{
    QString problem;
    return PingConfig::checkoutOriginsFrom(field(u"checkoutOrigins"_s)->text(), &problem);
}

void ConnectForm::setCheckoutOrigins(const QList<QUrl> &origins)
{
    QStringList words;
    for (const QUrl &origin : origins)
        words.append(origin.toString());
    field(u"checkoutOrigins"_s)->setText(words.join(u' '));
}

CredentialStore::Credentials ConnectForm::credentials() const
{
    CredentialStore::Credentials c;
    c.tenantId = field(u"tenantId"_s)->text().trimmed();
    c.merchantId = field(u"merchantId"_s)->text().trimmed();
    c.splitTreeId = field(u"splitTreeId"_s)->text().trimmed();
    c.apiSecret = field(u"apiSecret"_s)->text().trimmed();
    return c;
}

void ConnectForm::setCredentials(const CredentialStore::Credentials &c)
{
    // The keychain answers late: what the seller typed meanwhile is kept.
    const auto fill = [this](const QString &key, const QString &value) {
        if (!field(key)->isModified())
            field(key)->setText(value);
    };
    fill(u"tenantId"_s, c.tenantId);
    fill(u"merchantId"_s, c.merchantId);
    fill(u"splitTreeId"_s, c.splitTreeId);
    fill(u"apiSecret"_s, c.apiSecret);
}

void ConnectForm::updateEnabled()
{
    const bool account = environment() != AppSettings::Environment::Demo;
    field(u"customUrl"_s)->setEnabled(environment() == AppSettings::Environment::Custom);
    field(u"checkoutOrigins"_s)->setEnabled(environment() == AppSettings::Environment::Custom);
    for (const char *key : {"tenantId", "merchantId", "splitTreeId", "apiSecret"})
        field(QString::fromLatin1(key))->setEnabled(account);
    m_test->setEnabled(account);
    m_result->clear();
}

QString ConnectForm::idError(const QString &key, bool required) const
{
    const QString text = field(key)->text().trimmed();
    if (text.isEmpty())
        return required ? tr("Enter the ID that Ping Payments gave you with your account.") : QString();
    if (QUuid::fromString(text).isNull())
        return tr("An ID from Ping Payments has 36 characters, like 123e4567-e89b-12d3-a456-426614174000; "
                  "copy it again.");
    return {};
}

bool ConnectForm::validate()
{
    if (environment() == AppSettings::Environment::Demo)
        return true;
    bool ok = true;
    if (environment() == AppSettings::Environment::Custom) {
        const QUrl url = customUrl();
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
            showError(u"customUrl"_s, tr("Enter the address of the payment service, e.g. https://pay.example.se."));
            ok = false;
        } else {
            PingConfig config = PingConfig::forOrigin(url);
            config.tenantId = u"-"_s; // only the address is judged here
            const QString problem = config.problem();
            if (!problem.isEmpty()) {
                showError(u"customUrl"_s, problem);
                ok = false;
            }
        }
        QString problem;
        PingConfig::checkoutOriginsFrom(field(u"checkoutOrigins"_s)->text(), &problem);
        if (!problem.isEmpty()) {
            showError(u"checkoutOrigins"_s, problem);
            ok = false;
        }
    }
    for (const auto &[key, required] :
         {std::pair {u"tenantId"_s, true}, std::pair {u"merchantId"_s, true}, std::pair {u"splitTreeId"_s, false}}) {
        const QString error = idError(key, required);
        if (!error.isEmpty()) {
            showError(key, error);
            ok = false;
        }
    }
    return ok;
}

void ConnectForm::test()
{
    m_result->setStyleSheet(QString());
    if (!validate()) {
        m_result->setText(tr("Correct the fields marked in red first."));
        return;
    }
    const QUrl origin = AppSettings::originOf(environment(), customUrl());
    PingConfig config = PingConfig::forOrigin(origin);
    const CredentialStore::Credentials c = credentials();
    config.tenantId = c.tenantId;
    config.merchantId = c.merchantId;
    config.splitTreeId = c.splitTreeId;
    config.apiSecret = c.apiSecret;
    for (const QString &value : {c.tenantId, c.merchantId, c.splitTreeId, c.apiSecret})
        LogPrivacy::hide(value); // the IDs typed here are the account's: never in the log
    m_test->setEnabled(false);
    m_result->setText(tr("Asking %1…").arg(origin.host()));
    m_check->run(config, c.merchantId, [this](const ConnectionCheck::Result &result) {
        m_test->setEnabled(true);
        m_result->setText(result.message);
        Theme::setTone(m_result, result.ok ? Theme::Tone::Success : Theme::Tone::Error, result.ok);
        static const QHash<int, QString> keys {{int(ConnectionCheck::Field::Address), u"customUrl"_s},
                                               {int(ConnectionCheck::Field::TenantId), u"tenantId"_s},
                                               {int(ConnectionCheck::Field::MerchantId), u"merchantId"_s},
                                               {int(ConnectionCheck::Field::ApiSecret), u"apiSecret"_s}};
        const QString key = keys.value(int(result.field));
        if (!result.ok && !key.isEmpty() && field(key)->isEnabled())
            field(key)->setAccessibleDescription(result.message);
        emit testFinished(result.ok);
    });
}
