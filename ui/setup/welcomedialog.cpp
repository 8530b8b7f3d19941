#include "welcomedialog.h"

#include "connectform.h"
#include "i18n/language.h"
#include "settings/appsettings.h"
#include "style/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A big choice: the action in bold, what it means under it.
QPushButton *bigChoice(const QString &action, const QString &meaning, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setMinimumHeight(96);
    auto *layout = new QVBoxLayout(button);
    auto *title = new QLabel(QString(action).remove(u'&'), button);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    title->setTextFormat(Qt::PlainText);
    auto *text = new QLabel(meaning, button);
    text->setWordWrap(true);
    for (QLabel *label : {title, text})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(title);
    layout->addWidget(text);
    button->setShortcut(QKeySequence::mnemonic(action));
    button->setToolTip(WelcomeDialog::tr("%1 (%2)").arg(QString(action).remove(u'&'),
                                                        button->shortcut().toString(QKeySequence::NativeText)));
    button->setAccessibleName(QString(action).remove(u'&'));
    button->setAccessibleDescription(meaning);
    return button;
}
} // namespace

WelcomeDialog::WelcomeDialog(AppSettings &settings, CredentialStore &credentials, Start start, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_start(start)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    resize(640, 560);
    build();
}

WelcomeDialog::Page WelcomeDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // Several LanguageChange events come with one switch (one per translator): build once.
    if (event->type() == QEvent::LanguageChange && m_content && Language::current() != m_builtFor)
        build();
}

void WelcomeDialog::build()
{
    // Built again in another language: what was typed stays.
    const int page = m_pages ? m_pages->currentIndex() : (m_start == Start::Account ? AccountPage : ChoicePage);
    const bool hadForm = m_form != nullptr;
    const auto environment = hadForm ? m_form->environment() : m_settings.environment();
    const QUrl customUrl = hadForm ? m_form->customUrl() : m_settings.customBaseUrl();
    const QString checkoutText = hadForm ? m_form->field(u"checkoutOrigins"_s)->text() : QString();
    const auto typed = hadForm ? m_form->credentials() : CredentialStore::Credentials();
    if (m_content) {
        m_content->hide();
        m_content->deleteLater(); // a signal of one of its widgets may be on the stack
    }

    m_builtFor = Language::current();
    setWindowTitle(m_start == Start::Welcome ? tr("Welcome to Stallpay") : tr("Connect to Ping Payments"));
    m_content = new QWidget(this);
    layout()->addWidget(m_content);
    m_pages = new QStackedWidget(m_content);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(24, 24, 24, 24);
    column->addWidget(m_pages);

    // 1. The choice.
    auto *choice = new QWidget(m_pages);
    auto *choiceLayout = new QVBoxLayout(choice);
    m_language = new QComboBox(choice);
    m_language->addItem(u"Svenska"_s, u"sv"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_language->setAccessibleName(tr("Language"));
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), choice);
    languageLabel->setBuddy(m_language);
    languageRow->addStretch();
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    choiceLayout->addLayout(languageRow);
    choiceLayout->addWidget(heading(tr("Welcome to Stallpay"), choice));
    choiceLayout->addWidget(paragraph(tr("Ring up what you sell; the customer scans a QR code and pays with Swish "
                                         "or card on their phone. How do you want to start?"),
                                      choice));
    m_demo = bigChoice(tr("Try the &demo"),
                       tr("Sell with sample products on the built-in test payment service. No account is needed "
                          "and no money moves. You can connect your account later in Settings."),
                       choice);
    m_account =
        bigChoice(tr("&Connect my Ping account"),
                  tr("Take real payments with the tenant ID and merchant ID you got from Ping Payments."), choice);
    choiceLayout->addWidget(m_demo);
    choiceLayout->addWidget(m_account);
    choiceLayout->addStretch();
    m_pages->addWidget(choice);

    // 2. The account.
    auto *account = new QWidget(m_pages);
    auto *accountLayout = new QVBoxLayout(account);
    accountLayout->addWidget(heading(tr("Your Ping account"), account));
    accountLayout->addWidget(
        paragraph(tr("Ping Payments gives you these with your account. Stallpay keeps the IDs in your computer's "
                     "keychain, never in a plain file."),
                  account));
    m_form = new ConnectForm(ConnectForm::Choices::AccountsOnly, account);
    m_form->setEnvironment(environment == AppSettings::Environment::Demo ? AppSettings::Environment::PingSandbox
                                                                         : environment);
    m_form->setCustomUrl(customUrl);
    if (hadForm)
        m_form->field(u"checkoutOrigins"_s)->setText(checkoutText); // as typed, even if not valid yet
    else
        m_form->setCheckoutOrigins(m_settings.customCheckoutOrigins());
    m_form->setCredentials(typed);
    accountLayout->addWidget(m_form);
    m_message = paragraph(QString(), account);
    Theme::setTone(m_message, Theme::Tone::Error);
    accountLayout->addWidget(m_message);
    accountLayout->addStretch();
    auto *accountButtons = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"), account);
    back->setVisible(m_start == Start::Welcome);
    m_connect = new QPushButton(tr("Co&nnect"), account);
    m_connect->setToolTip(
        tr("Save and use this account (%1)").arg(m_connect->shortcut().toString(QKeySequence::NativeText)));
    for (QPushButton *b : {back, m_connect})
        b->setMinimumHeight(44);
    accountButtons->addWidget(back);
    accountButtons->addStretch();
    if (m_start == Start::Account) {
        auto *demo = new QPushButton(tr("&Use the demo instead"), account);
        demo->setMinimumHeight(44);
        accountButtons->addWidget(demo);
        connect(demo, &QPushButton::clicked, this, &WelcomeDialog::chooseDemo);
    }
    accountButtons->addWidget(m_connect);
    accountLayout->addLayout(accountButtons);
    m_pages->addWidget(account);

    // 3. No keychain.
    auto *noKeychain = new QWidget(m_pages);
    auto *noKeychainLayout = new QVBoxLayout(noKeychain);
    noKeychainLayout->addWidget(heading(tr("No keychain on this computer"), noKeychain));
    m_keychainProblem = paragraph(QString(), noKeychain);
    noKeychainLayout->addWidget(m_keychainProblem);
    noKeychainLayout->addWidget(
        paragraph(tr("Stallpay never writes your IDs to a plain file. You can use them for this session only: Stallpay "
                     "forgets them when it closes and asks for them again at the next start. To have them remembered, "
                     "start Stallpay in a desktop session with a keychain (GNOME Keyring or KWallet)."),
                  noKeychain));
    noKeychainLayout->addStretch();
    auto *noKeychainButtons = new QHBoxLayout;
    auto *backToAccount = new QPushButton(tr("&Back"), noKeychain);
    auto *demoInstead = new QPushButton(tr("&Use the demo instead"), noKeychain);
    m_useForSession = new QPushButton(tr("Use for this &session only"), noKeychain);
    for (QPushButton *b : {backToAccount, demoInstead, m_useForSession}) {
        b->setMinimumHeight(44);
        noKeychainButtons->addWidget(b);
    }
    noKeychainButtons->insertStretch(1);
    noKeychainLayout->addLayout(noKeychainButtons);
    m_pages->addWidget(noKeychain);
    // Enter does what the page is for.
    const auto setDefaultButton = [this](int index) {
        m_demo->setDefault(index == ChoicePage);
        m_connect->setDefault(index == AccountPage);
        m_useForSession->setDefault(index == NoKeychainPage);
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, setDefaultButton);
    m_pages->setCurrentIndex(page);
    setDefaultButton(page);

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString language = m_language->currentData().toString();
        m_settings.setLanguage(language);
        m_settings.sync();
        Language::apply(language); // a LanguageChange builds this dialog again
    });
    connect(m_demo, &QPushButton::clicked, this, &WelcomeDialog::chooseDemo);
    connect(m_account, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(AccountPage);
        m_form->environmentChoice()->setFocus();
    });
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(ChoicePage); });
    connect(backToAccount, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(AccountPage); });
    connect(m_connect, &QPushButton::clicked, this, &WelcomeDialog::saveAccount);
    connect(demoInstead, &QPushButton::clicked, this, &WelcomeDialog::chooseDemo);
    connect(m_useForSession, &QPushButton::clicked, this, [this] {
        m_session = m_form->credentials();
        m_credentials.keepForSession(*m_session);
        accept();
    });
    (page == AccountPage ? static_cast<QWidget *>(m_form->environmentChoice()) : m_demo)->setFocus();
}

void WelcomeDialog::chooseDemo()
{
    m_settings.setEnvironment(AppSettings::Environment::Demo);
    m_settings.setSetUp(true);
    m_settings.sync();
    accept();
}

void WelcomeDialog::saveAccount()
{
    m_message->clear();
    if (!m_form->validate()) {
        m_message->setText(tr("Correct the fields marked in red."));
        return;
    }
    m_settings.setEnvironment(m_form->environment());
    const bool isCustom = m_form->environment() == AppSettings::Environment::Custom;
    m_settings.setCustomBaseUrl(isCustom ? m_form->customUrl() : QUrl());
    m_settings.setCustomCheckoutOrigins(isCustom ? m_form->checkoutOrigins() : QList<QUrl>());
    m_settings.setSetUp(true);
    m_settings.sync();
    m_connect->setEnabled(false);
    m_message->setText(tr("Saving in the keychain…"));
    QPointer<WelcomeDialog> self(this);
    m_credentials.write(m_form->credentials(), [self](const QString &error) {
        if (!self)
            return;
        self->m_connect->setEnabled(true);
        self->m_message->clear();
        if (error.isEmpty()) {
            self->accept();
            return;
        }
        self->m_keychainProblem->setText(error);
        self->m_pages->setCurrentIndex(NoKeychainPage);
        self->m_useForSession->setFocus();
    });
}
