#pragma once

#include <QObject>

class Till;
struct Sale;

// The one sale the seller has on screen — on the pay screen or in the sale's detail in Sales —
// owned here, so the screens that show it and the actions on it (SaleActions) can never be about
// different sales. MainWindow owns it for the life of the window (screens rebuilt in another
// language keep their sale); a screen shows another sale with show(). It also keeps the sale last
// put up for payment (the pay screen's), which the payer's customer screen follows: that one stays
// the payer's while the seller looks at other sales, until another is put up for payment.
class SaleOnScreen : public QObject
{
    Q_OBJECT
public:
    explicit SaleOnScreen(Till &till, QObject *parent = nullptr);

    qint64 id() const { return m_id; }
    // The sale as stored now; false while none is on screen (or it cannot be read).
    bool load(Sale *sale) const;
    void show(qint64 saleId); // 0: none
    // The pay screen puts `saleId` up for payment: on screen, and the payer's from now on.
    void showForPayment(qint64 saleId);
    qint64 forPayment() const { return m_forPayment; }

signals:
    void shown(qint64 saleId); // another sale is on screen (0: none)
    void changed(); // another sale, or the one on screen changed in the store: show it again
    void forPaymentShown(qint64 saleId); // a sale is put up for payment (0: none), anew or again
    void forPaymentChanged(); // the sale put up for payment changed in the store

private:
    Till &m_till;
    qint64 m_id = 0;
    qint64 m_forPayment = 0;
};
