#include "paymentview.h"

#include "cashchange.h"
#include "paidpanel.h"
#include "print/receiptprinting.h"
#include "qrwidget.h"
#include "sale/saleservice.h"
#include "sales/saleactions.h"
#include "sales/saleonscreen.h"
#include "style/shortcuts.h"
#include "style/theme.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PaymentView::PaymentView(Till &till, SaleOnScreen &onScreen, SaleActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_onScreen(onScreen)
    , m_actions(actions)
    , m_qr(new QrWidget(this))
    , m_amount(new QLabel(this))
    , m_status(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_open(new QPushButton(tr("&Open checkout"), this))
    , m_send(new QPushButton(tr("&Send link…"), this))
    , m_newLink(new QPushButton(tr("Ne&w link"), this))
    , m_cash(new QPushButton(tr("Paid in &cash"), this))
    , m_cancel(new QPushButton(tr("C&ancel sale"), this))
    , m_next(new QPushButton(tr("&New sale"), this))
    , m_print(new QPushButton(tr("&Print receipt"), this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_paid(new PaidPanel(1.0, this))
    , m_cashChange(new CashChange(this))
{
    QFont amountFont = m_amount->font();
    amountFont.setPointSizeF(amountFont.pointSizeF() * 2.4);
    amountFont.setBold(true);
    m_amount->setFont(amountFont);
    m_amount->setAlignment(Qt::AlignCenter);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.8);
    m_status->setFont(statusFont);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setObjectName(u"paymentStatus"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_next->setShortcut(QKeySequence(Qt::Key_Escape));
    m_next->setToolTip(tr("Back to selling; the payment is still followed (Esc)"));
    Shortcuts::tell(m_open, tr("Open the payment page in the browser of this computer"));
    Shortcuts::tell(m_send, tr("Send the payment link to the customer by SMS or e-mail"));
    Shortcuts::tell(m_newLink, tr("Cancel this payment link and show a new one for the same sale"));
    Shortcuts::tell(m_cash, tr("The customer paid in cash; the payment link is cancelled"));
    Shortcuts::tell(m_cancel, tr("Cancel the sale and its payment link"));
    Shortcuts::tell(m_print, tr("Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too"));
    Shortcuts::tell(m_edit, tr("Back to the cart with these items to change them; this link is cancelled"));
    m_hint->setObjectName(u"paymentHint"_s);
    for (QPushButton *b : {m_open, m_send, m_newLink, m_edit, m_cash, m_cancel, m_next, m_print})
        b->setMinimumHeight(56);
    m_cashChange->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_send);
    buttons->addWidget(m_newLink);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_cash);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_amount);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_paid, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_hint);
    layout->addWidget(m_cashChange);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        Sale sale;
        // Only a web address is handed to the system (never "javascript:" or a file); the
        // provider let through only addresses it trusts.
        const QUrl url = m_onScreen.load(&sale) ? QUrl(sale.checkoutUrl) : QUrl();
        if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
            QDesktopServices::openUrl(url);
    });
    // Paid in cash, cancel and a new link ask first, as in Sales (the same SaleActions). While
    // "paid in cash" waits for its second press, the change calculator is there.
    m_actions.addPaidInCash(m_cash);
    m_actions.addCancel(m_cancel);
    m_actions.addNewLink(m_newLink);
    m_actions.addEdit(m_edit);
    connect(&m_actions, &SaleActions::failed, this, [this](QPushButton *button, const QString &error) {
        if (isAncestorOf(button))
            m_hint->setText(error);
    });
    connect(&m_actions, &SaleActions::armedChanged, this, [this](QPushButton *armed) {
        Sale sale;
        const bool cash = armed == m_cash && m_onScreen.load(&sale);
        if (cash)
            m_cashChange->setTotal(sale.total);
        m_cashChange->setVisible(cash);
        if (cash)
            m_cashChange->givenField()->setFocus();
    });
    connect(m_print, &QPushButton::clicked, this, &PaymentView::printReceipt);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, [this] {
        if (m_print->isVisible())
            printReceipt();
    });
    connect(m_next, &QPushButton::clicked, this, &PaymentView::newSaleRequested);
    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(m_onScreen.id()); });
    connect(&m_onScreen, &SaleOnScreen::changed, this, &PaymentView::refresh);
}

qint64 PaymentView::saleId() const
{
    return m_onScreen.id();
}

void PaymentView::showSale(qint64 saleId)
{
    m_onScreen.showForPayment(saleId);
    m_cashChange->hide();
    m_till.sync().setFocusSale(saleId);
    refresh();
}

void PaymentView::refresh()
{
    Sale sale;
    if (!m_onScreen.load(&sale))
        return;
    const QLocale locale;
    m_amount->setText(tr("Sale %1 — %2").arg(sale.number).arg(sale.total.format(locale)));
    const bool payable = sale.state == SaleState::LinkReady;
    const bool paid = sale.state == SaleState::Paid || sale.state == SaleState::PaidCash;
    m_qr->setText(payable ? sale.checkoutUrl : QString());
    m_qr->setVisible(payable || !SaleStates::isFinal(sale.state));
    // Paid: the big check, amount and method, with the receipt and the next sale right there.
    m_paid->setVisible(paid);
    if (paid)
        m_paid->setSale(sale, tr("Paid"));
    m_amount->setVisible(!paid);
    m_status->setVisible(!paid);
    m_print->setVisible(paid);
    m_status->setText(SaleStates::displayName(sale.state));
    const bool failedAttempt = payable && sale.lastPaymentFailed();
    if (sale.state == SaleState::Paid || sale.state == SaleState::PaidCash)
        Theme::setTone(m_status, Theme::Tone::Success, true);
    else if (sale.state == SaleState::Failed || sale.state == SaleState::Expired)
        Theme::setTone(m_status, Theme::Tone::Error, true);
    else if (failedAttempt)
        Theme::setTone(m_status, Theme::Tone::Warning, true);
    else
        m_status->setStyleSheet(u"font-weight: bold;"_s);
    if (failedAttempt)
        m_hint->setText(tr("%1 The customer may scan and try again, or press New link for a new one.")
                            .arg(SaleStates::failedPaymentText(sale.lastPaymentStatus)));
    else if (payable)
        m_hint->setText(tr("Scan to pay with Swish or card"));
    else if (sale.replacingLink())
        m_hint->setText(tr("Making a new payment link; its QR code appears as soon as it exists."));
    else if (sale.state == SaleState::Committed || sale.state == SaleState::OrderCreated)
        m_hint->setText(sale.lastError.isEmpty() ? tr("The QR code appears as soon as the payment link exists.")
                                                 : sale.lastError);
    else if (sale.state == SaleState::Failed)
        m_hint->setText(sale.lastError);
    else
        m_hint->clear();
    const bool open = !SaleStates::isFinal(sale.state);
    m_open->setEnabled(payable);
    m_send->setEnabled(open);
    m_newLink->setVisible(failedAttempt);
    m_cash->setEnabled(open);
    m_cancel->setEnabled(open);
    m_edit->setEnabled(open);
    for (QPushButton *b : {m_open, m_send, m_edit, m_cash, m_cancel})
        b->setVisible(!paid);
    if (!open || (m_actions.armed() == m_newLink && !failedAttempt))
        m_actions.disarm();
    if (!open)
        m_cashChange->hide();
    if (paid && m_next->isVisible())
        m_next->setFocus(); // Enter or Esc: the next sale
    if (SaleStates::isFinal(sale.state))
        m_till.sync().setFocusSale(0);
}

void PaymentView::printReceipt()
{
    QString message;
    if (ReceiptPrinting::print(this, m_till, m_onScreen.id(), &message) != Printing::Outcome::Cancelled)
        m_hint->setText(message);
}
