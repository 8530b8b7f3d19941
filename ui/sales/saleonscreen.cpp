#include "saleonscreen.h"

#include "sale/saleservice.h"
#include "till/till.h"

SaleOnScreen::SaleOnScreen(Till &till, QObject *parent)
    : QObject(parent)
    , m_till(till)
{
    connect(&m_till.sales(), &SaleService::saleChanged, this, [this](qint64 id) {
        if (id != 0 && id == m_id)
            emit changed();
        if (id != 0 && id == m_forPayment)
            emit forPaymentChanged();
    });
}

bool SaleOnScreen::load(Sale *sale) const
{
    return m_id != 0 && m_till.sales().queries().load(m_id, sale);
}

void SaleOnScreen::show(qint64 saleId)
{
    if (saleId == m_id)
        return;
    m_id = saleId;
    emit shown(saleId);
    emit changed();
}

void SaleOnScreen::showForPayment(qint64 saleId)
{
    m_forPayment = saleId;
    show(saleId);
    emit forPaymentShown(saleId); // again too: the payer sees it again (after a thank-you)
}
