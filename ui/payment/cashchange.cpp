#include "cashchange.h"

#include "style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

CashChange::CashChange(QWidget *parent)
    : QWidget(parent)
    , m_given(new QLineEdit(this))
    , m_change(new QLabel(this))
{
    auto *label = new QLabel(tr("Cash &given:"), this);
    label->setBuddy(m_given);
    m_given->setAccessibleName(tr("Cash given by the customer"));
    m_given->setToolTip(tr("Type what the customer hands over; the change is shown beside it"));
    m_given->setPlaceholderText(tr("e.g. 200"));
    m_given->setMaximumWidth(160);
    m_change->setAccessibleName(tr("Change to give back"));
    QFont big = m_change->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_change->setFont(big);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(m_given);
    layout->addWidget(m_change);
    layout->addStretch();
    connect(m_given, &QLineEdit::textChanged, this, &CashChange::update);
}

void CashChange::setTotal(Money total)
{
    m_total = total;
    m_given->clear();
    update();
}

void CashChange::update()
{
    const QLocale locale;
    Money given;
    if (m_given->text().trimmed().isEmpty()) {
        m_change->clear();
        return;
    }
    if (!Money::parse(m_given->text(), &given)) {
        Theme::setTone(m_change, Theme::Tone::Error, true);
        m_change->setText(tr("Type an amount in kronor, such as 200"));
        return;
    }
    if (given < m_total) {
        Theme::setTone(m_change, Theme::Tone::Warning, true);
        m_change->setText(tr("%1 short").arg((m_total - given).format(locale)));
        return;
    }
    Theme::setTone(m_change, Theme::Tone::Success, true);
    m_change->setText(tr("Change: %1").arg((given - m_total).format(locale)));
}
