#include "paidpanel.h"

#include "sale/paymentmethods.h"
#include "sale/sale.h"
#include "style/theme.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PaidPanel::PaidPanel(qreal scale, QWidget *parent)
    : QWidget(parent)
    , m_check(Theme::bigLabel(this, 7.0 * scale, true))
    , m_headline(Theme::bigLabel(this, 3.6 * scale, true))
    , m_amount(Theme::bigLabel(this, 2.6 * scale, true))
    , m_method(Theme::bigLabel(this, 1.8 * scale, false))
{
    setObjectName(u"paidPanel"_s);
    m_check->setText(u"✔"_s);
    m_check->setAccessibleName(tr("Paid"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_check);
    layout->addWidget(m_headline);
    layout->addWidget(m_amount);
    layout->addWidget(m_method);
    layout->addStretch();
}

void PaidPanel::setSale(const Sale &sale, const QString &headline)
{
    // The tone against the palette in force now (the customer screen is white whatever the theme).
    Theme::setTone(m_check, Theme::Tone::Success, true);
    Theme::setTone(m_headline, Theme::Tone::Success, true);
    m_headline->setText(headline);
    m_amount->setText(sale.total.format(QLocale()));
    // The method of a link payment is known a moment after "paid" (from the payment order).
    const QString method = sale.state == SaleState::PaidCash ? u"cash"_s : sale.paymentMethod;
    m_method->setText(method.isEmpty() ? QString() : PaymentMethods::paidWith(method));
}
