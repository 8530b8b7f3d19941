#include "customerscreen.h"

#include "payment/paidpanel.h"
#include "payment/qrwidget.h"
#include "sale/saleservice.h"
#include "sales/saleonscreen.h"
#include "settings/appsettings.h"
#include "style/theme.h"
#include "till/till.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CustomerScreen::CustomerScreen(Till &till, const SaleOnScreen &onScreen, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_till(till)
    , m_onScreen(onScreen)
    , m_pages(new QStackedLayout)
    , m_welcomeLogo(new QLabel(this))
    , m_payLogo(new QLabel(this))
    , m_welcomeStall(Theme::bigLabel(this, 3.2))
    , m_welcome(Theme::bigLabel(this, 2.0, false))
    , m_payStall(Theme::bigLabel(this, 1.8))
    , m_amount(Theme::bigLabel(this, 3.6))
    , m_qr(new QrWidget(this))
    , m_scanHint(Theme::bigLabel(this, 2.0, false))
    , m_paid(new PaidPanel(1.4, this))
    , m_backToWelcome(new QTimer(this))
    , m_toggle(new QAction(this))
{
    m_toggle->setShortcut(QKeySequence(Qt::Key_F10));
    m_toggle->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_toggle, &QAction::triggered, this, [this] {
        if (isVisible())
            hide();
        else
            showOnBestScreen();
    });
    setObjectName(u"customerScreen"_s);
    // High contrast for the payer's camera and the sun, whatever the seller's theme.
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    setPalette(palette);
    setAutoFillBackground(true);
    m_qr->setMinimumSize(300, 300);

    auto *welcomePage = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(welcomePage);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(m_welcomeLogo, 0, Qt::AlignHCenter);
    welcomeLayout->addWidget(m_welcomeStall);
    welcomeLayout->addWidget(m_welcome);
    welcomeLayout->addStretch();
    auto *payPage = new QWidget(this);
    auto *payLayout = new QVBoxLayout(payPage);
    payLayout->addWidget(m_payLogo, 0, Qt::AlignHCenter);
    payLayout->addWidget(m_payStall);
    payLayout->addWidget(m_amount);
    payLayout->addWidget(m_qr, 1);
    payLayout->addWidget(m_scanHint);
    auto *paidPage = new QWidget(this);
    auto *paidLayout = new QVBoxLayout(paidPage);
    paidLayout->addWidget(m_paid);
    m_pages->addWidget(welcomePage);
    m_pages->addWidget(payPage);
    m_pages->addWidget(paidPage);
    setLayout(m_pages);

    m_backToWelcome->setSingleShot(true);
    connect(m_backToWelcome, &QTimer::timeout, this, &CustomerScreen::showWelcome);
    connect(&m_onScreen, &SaleOnScreen::forPaymentShown, this, &CustomerScreen::follow);
    connect(&m_onScreen, &SaleOnScreen::forPaymentChanged, this, [this] {
        if (!m_done)
            refresh();
    });
    retranslate();
    showLogo();
    resize(640, 800);
    follow(m_onScreen.forPayment());
}

QString CustomerScreen::amountText() const
{
    return m_amount->text();
}

QPixmap CustomerScreen::logo() const
{
    return m_welcomeLogo->pixmap();
}

void CustomerScreen::showLogo()
{
    // Read again at each welcome, so a logo chosen in the settings shows with the next payer.
    const QImage logo(m_till.settings().logoFile());
    const auto scaled = [&logo](int side) {
        return logo.isNull()
            ? QPixmap()
            : QPixmap::fromImage(logo.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    };
    m_welcomeLogo->setPixmap(scaled(240));
    m_welcomeLogo->setVisible(!logo.isNull());
    m_payLogo->setPixmap(scaled(96));
    m_payLogo->setVisible(!logo.isNull());
}

QString CustomerScreen::headline() const
{
    switch (m_mode) {
    case Mode::Welcome:
        return m_welcome->text();
    case Mode::Paying:
        return m_scanHint->text();
    case Mode::Paid:
        return m_paid->headlineLabel()->text();
    }
    return {};
}

void CustomerScreen::showOnBestScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        // The second screen faces the payer: fill it.
        QScreen *payerScreen = screens.at(1);
        setScreen(payerScreen);
        move(payerScreen->geometry().topLeft());
        showFullScreen();
        return;
    }
    show();
}

void CustomerScreen::follow(qint64 saleId)
{
    // The till leaves a sale when it is paid; the payer still gets the thank-you for a while.
    if (saleId == 0)
        return;
    m_done = false;
    m_backToWelcome->stop();
    refresh();
}

void CustomerScreen::refresh()
{
    Sale sale;
    if (!m_till.sales().queries().load(m_onScreen.forPayment(), &sale))
        return;
    const QString amount = sale.total.format(QLocale());
    if (sale.state == SaleState::Paid || sale.state == SaleState::PaidCash) {
        m_mode = Mode::Paid;
        m_paid->setSale(sale, tr("Paid — thank you!"));
        m_pages->setCurrentIndex(2);
        m_backToWelcome->start(m_thankYouMs);
    } else if (SaleStates::isFinal(sale.state)) {
        showWelcome();
    } else {
        m_mode = Mode::Paying;
        m_amount->setText(amount);
        m_qr->setText(sale.state == SaleState::LinkReady ? sale.checkoutUrl : QString());
        if (sale.state != SaleState::LinkReady)
            m_scanHint->setText(tr("The payment is being prepared…"));
        else if (sale.lastPaymentStatus == PaymentStatus::Declined)
            m_scanHint->setText(tr("Payment declined — try again"));
        else if (sale.lastPaymentFailed())
            m_scanHint->setText(tr("Payment not completed — try again"));
        else
            m_scanHint->setText(tr("Scan to pay with Swish or card"));
        m_pages->setCurrentIndex(1);
    }
}

void CustomerScreen::showWelcome()
{
    m_mode = Mode::Welcome;
    m_done = true;
    m_qr->setText({});
    showLogo();
    m_pages->setCurrentIndex(0);
}

void CustomerScreen::retranslate()
{
    setWindowTitle(tr("Stallpay — customer screen"));
    const QString stall = m_till.settings().supplier().name;
    m_welcomeStall->setText(stall);
    m_payStall->setText(stall);
    m_welcome->setText(tr("Welcome!"));
    m_welcomeLogo->setAccessibleName(tr("Logo of %1").arg(stall));
    m_payLogo->setAccessibleName(m_welcomeLogo->accessibleName());
    if (m_mode == Mode::Paid)
        refresh();
    setToolTip(tr("F11: full screen on or off"));
    m_toggle->setText(tr("Customer screen"));
    m_toggle->setToolTip(tr("Show the payer's screen with the QR code, e.g. on a second screen (F10)"));
    if (m_mode == Mode::Paying)
        refresh();
}

void CustomerScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CustomerScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
