#include "saleactions.h"

#include "sale/cart.h"
#include "sale/saleservice.h"
#include "till/till.h"

#include <QPushButton>
#include <QTimer>

SaleActions::SaleActions(Till &till, QObject *parent)
    : QObject(parent)
    , m_till(till)
    , m_disarm(new QTimer(this))
{
    m_disarm->setSingleShot(true);
    m_disarm->setInterval(kArmedMs);
    connect(m_disarm, &QTimer::timeout, this, &SaleActions::disarm);
}

void SaleActions::setSale(qint64 saleId)
{
    if (saleId != m_saleId)
        disarm();
    m_saleId = saleId;
}

void SaleActions::addPaidInCash(QPushButton *button)
{
    addConfirmed(button, tr("Press again: paid in cash"),
                 [](Till &t, qint64 id, QString *e) { return t.sales().commands().markPaidInCash(id, e); });
}

void SaleActions::addCancel(QPushButton *button)
{
    addConfirmed(button, tr("Press again to cancel"),
                 [](Till &t, qint64 id, QString *e) { return t.sales().commands().cancel(id, e); });
}

void SaleActions::addNewLink(QPushButton *button)
{
    addConfirmed(button, tr("Press again for a new link"),
                 [](Till &t, qint64 id, QString *e) { return t.sales().commands().requestNewLink(id, e); });
}

void SaleActions::addEdit(QPushButton *button)
{
    addConfirmed(button, tr("Press again to edit (the link is cancelled)"), [this](Till &t, qint64 id, QString *e) {
        if (!t.cart().isEmpty()) {
            *e = tr("The cart is not empty: charge or clear it first, then edit this sale.");
            return false;
        }
        QList<CartLine> lines;
        if (!t.sales().commands().reopenForEditing(id, &lines, e))
            return false;
        t.cart().setLines(lines);
        emit reopenedInCart();
        return true;
    });
}

void SaleActions::addConfirmed(QPushButton *button, const QString &question, Action action)
{
    connect(button, &QPushButton::clicked, this,
            [this, button, question, action = std::move(action)] { press(button, question, action); });
    connect(button, &QObject::destroyed, this, [this, button] {
        if (m_armed == button)
            m_armed = nullptr;
    });
}

void SaleActions::press(QPushButton *button, const QString &question, const Action &action)
{
    if (m_armed != button) {
        disarm();
        m_armed = button;
        m_armedLabel = button->text();
        const QKeySequence shortcut = button->shortcut();
        button->setText(question);
        button->setShortcut(shortcut); // the second press may come from the keyboard as well
        m_disarm->start();
        emit armedChanged(button);
        return;
    }
    disarm();
    QString error;
    if (action(m_till, m_saleId, &error))
        emit done(button);
    else
        emit failed(error);
}

void SaleActions::disarm()
{
    m_disarm->stop();
    if (!m_armed)
        return;
    m_armed->setText(m_armedLabel);
    m_armed = nullptr;
    emit armedChanged(nullptr);
}
