#pragma once

#include <QMainWindow>

class CatalogView;
class DaySummaryView;
class PaymentView;
class QLabel;
class QStackedWidget;
class SalesView;
class SellView;
class Till;

// Wires the screens together and shows the till's status; the screens do their own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Till &till, QWidget *parent = nullptr);

    SellView *sellView() const { return m_sell; }
    PaymentView *paymentView() const { return m_payment; }
    SalesView *salesView() const { return m_sales; }
    CatalogView *catalogView() const { return m_catalog; }
    DaySummaryView *daySummaryView() const { return m_summary; }
    void showSell();
    void showPayment(qint64 saleId);
    void showSales();
    void showCatalog();
    void showDaySummary();
    // The send dialog of a sale, window-modal; returns it (for tests), it deletes itself on close.
    class SendDialog *openSendDialog(qint64 saleId);

private:
    void updateStatusBar();

    Till &m_till;
    QStackedWidget *m_stack;
    SellView *m_sell;
    PaymentView *m_payment;
    SalesView *m_sales;
    CatalogView *m_catalog;
    DaySummaryView *m_summary;
    QLabel *m_connection;
    QLabel *m_pending;
    bool m_online = true;
};
