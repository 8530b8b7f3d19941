#include "paymentview.h"

#include "qrwidget.h"
#include "sale/saleservice.h"
#include "style/shortcuts.h"
#include "style/theme.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PaymentView::PaymentView(Till &till, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
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
    m_hint->setObjectName(u"paymentHint"_s);
    for (QPushButton *b : {m_open, m_send, m_newLink, m_cash, m_cancel, m_next})
        b->setMinimumHeight(56);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_send);
    buttons->addWidget(m_newLink);
    buttons->addWidget(m_cash);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_amount);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        Sale sale;
        if (m_till.sales().load(m_saleId, &sale) && !sale.checkoutUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(sale.checkoutUrl));
    });
    connect(m_cash, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_till.sales().markPaidInCash(m_saleId, &error))
            m_hint->setText(error);
    });
    connect(m_newLink, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_till.sales().requestNewLink(m_saleId, &error))
            m_hint->setText(error);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_till.sales().cancel(m_saleId, &error))
            m_hint->setText(error);
    });
    connect(m_next, &QPushButton::clicked, this, &PaymentView::newSaleRequested);
    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(m_saleId); });
    connect(&m_till.sales(), &SaleService::saleChanged, this, [this](qint64 id) {
        if (id == m_saleId)
            refresh();
    });
}

void PaymentView::showSale(qint64 saleId)
{
    m_saleId = saleId;
    m_till.sync().setFocusSale(saleId);
    refresh();
}

void PaymentView::refresh()
{
    Sale sale;
    if (!m_till.sales().load(m_saleId, &sale))
        return;
    const QLocale locale;
    m_amount->setText(tr("Sale %1 — %2").arg(sale.number).arg(sale.total.format(locale)));
    const bool payable = sale.state == SaleState::LinkReady;
    m_qr->setText(payable ? sale.checkoutUrl : QString());
    m_qr->setVisible(payable || !SaleStates::isFinal(sale.state));
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
    m_open->setEnabled(payable);
    m_send->setEnabled(!SaleStates::isFinal(sale.state));
    m_newLink->setVisible(failedAttempt);
    m_cash->setEnabled(!SaleStates::isFinal(sale.state));
    m_cancel->setEnabled(!SaleStates::isFinal(sale.state));
    if (SaleStates::isFinal(sale.state))
        m_till.sync().setFocusSale(0);
}
