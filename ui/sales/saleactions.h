#pragma once

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QPushButton;
class QTimer;
class SaleOnScreen;
class Till;

// What the seller does to the sale on screen, with the same safety wherever it is offered: one
// object, shared by the pay screen and the sale's detail in Sales (MainWindow owns it). An action
// that settles or gives up the sale asks on the first press (the button says what a second press
// does) and acts on a second press within a few seconds; another sale on screen disarms it.
// A screen adds its buttons; a new action (an invoice, a refund) is one more add… call here.
class SaleActions : public QObject
{
    Q_OBJECT
public:
    using Action = std::function<bool(Till &, qint64 saleId, QString *error)>;
    static constexpr int kArmedMs = 5000;

    SaleActions(Till &till, SaleOnScreen &onScreen, QObject *parent = nullptr);

    // The settling actions of SaleService, each asking first.
    void addPaidInCash(QPushButton *button);
    void addCancel(QPushButton *button);
    void addNewLink(QPushButton *button);
    // Edit: the unpaid sale is cancelled and its items come back in the (empty) cart, to change
    // and charge again; reopenedInCart() follows.
    void addEdit(QPushButton *button);
    // Any other that asks first: `question` is the armed button's text.
    void addConfirmed(QPushButton *button, const QString &question, Action action);

    QPushButton *armed() const { return m_armed; }
    void disarm();

signals:
    void armedChanged(QPushButton *button); // nullptr: nothing armed any more
    void done(QPushButton *button);
    void failed(QPushButton *button, const QString &error); // the screen of `button` says why
    void reopenedInCart(); // show the cart

private:
    void press(QPushButton *button, const QString &question, const Action &action);

    Till &m_till;
    SaleOnScreen &m_onScreen;
    QPushButton *m_armed = nullptr;
    QString m_armedLabel;
    QTimer *m_disarm;
};
