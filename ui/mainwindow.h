#pragma once

#include <QMainWindow>

class CatalogView;
class DaySummaryView;
class PaymentView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;
class SaleActions;
class SaleOnScreen;
class SalesView;
class SellView;
class InvoiceDialog;
class SendDialog;
class SettingsView;
class Till;

// Wires the screens together and shows the till's status; the screens do their own work. The
// window's size and last screen come back at the next start; another language rebuilds the
// screens in it at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Screen { Sell, Payment, Sales, Catalog, Summary, Settings };

    explicit MainWindow(Till &till, QWidget *parent = nullptr);
    ~MainWindow() override;

    SellView *sellView() const { return m_sell; }
    PaymentView *paymentView() const { return m_payment; }
    SalesView *salesView() const { return m_sales; }
    CatalogView *catalogView() const { return m_catalog; }
    DaySummaryView *daySummaryView() const { return m_summary; }
    SettingsView *settingsView() const { return m_settings; }
    QToolBar *screensToolBar() const { return m_toolbar; }
    // The one sale on screen, and the one put up for payment (the customer screen follows it).
    const SaleOnScreen &saleOnScreen() const { return *m_onScreen; }
    Screen currentScreen() const;
    void showSell();
    void showPayment(qint64 saleId);
    void showSales();
    void showCatalog();
    void showDaySummary();
    void showSettings();
    // The send dialog of a sale, window-modal; returns it (for tests), it deletes itself on close.
    SendDialog *openSendDialog(qint64 saleId);
    InvoiceDialog *openInvoiceDialog(qint64 saleId);
    // "Sale 12 was paid" in the status bar for a sale paid while the seller was elsewhere; a click
    // opens it in Sales.
    QPushButton *paidNotice() const { return m_paidNotice; }
    QLabel *connectionLabel() const { return m_connection; }
    // A request that waits longer than this counts as "not connected" for the seller.
    static constexpr int kHangingMs = 3000;
    // Builds every screen again in the current language (after Language::apply).
    void retranslate();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The deep check after the start found the database damaged: the newest backup is offered.
    void offerRestoreOfDamaged(const QString &damage);
    void buildScreens();
    void buildToolBar();
    void showScreen(Screen screen);
    void saveLayout();
    void restoreLayout();
    void updateStatusBar();
    void noticePaid(qint64 saleId);

    Till &m_till;
    // The sale on screen and the actions on it: one of each, shared by the pay screen and the
    // sale detail, and kept when the screens are built again in another language.
    SaleOnScreen *m_onScreen;
    SaleActions *m_actions;
    QStackedWidget *m_stack;
    QToolBar *m_toolbar = nullptr;
    SellView *m_sell = nullptr;
    PaymentView *m_payment = nullptr;
    SalesView *m_sales = nullptr;
    CatalogView *m_catalog = nullptr;
    DaySummaryView *m_summary = nullptr;
    SettingsView *m_settings = nullptr;
    QLabel *m_connection;
    QLabel *m_pending;
    QPushButton *m_paidNotice;
    qint64 m_noticedSale = 0;
    bool m_online = true;
    bool m_hanging = false; // a request has waited kHangingMs without an answer
    bool m_closeConfirmed = false;
    bool m_layoutSaved = false;
};
