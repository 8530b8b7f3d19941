#pragma once

#include <QMainWindow>

class PaymentView;
class QLabel;
class QStackedWidget;
class QTableView;
class SellView;
class Till;
class TodaySalesModel;

// Wires the screens together and shows the till's status; the screens do their own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Till &till, QWidget *parent = nullptr);

    SellView *sellView() const { return m_sell; }
    PaymentView *paymentView() const { return m_payment; }
    QTableView *todayView() const { return m_today; }
    TodaySalesModel *todayModel() const { return m_todayModel; }
    void showSell();
    void showPayment(qint64 saleId);
    void showToday();

private:
    void updateStatusBar();

    Till &m_till;
    QStackedWidget *m_stack;
    SellView *m_sell;
    PaymentView *m_payment;
    TodaySalesModel *m_todayModel;
    QTableView *m_today;
    QLabel *m_connection;
    QLabel *m_pending;
    bool m_online = true;
};
