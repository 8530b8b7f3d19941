#include "mainwindow.h"

#include "catalog/catalogview.h"
#include "payment/paymentview.h"
#include "sale/saleservice.h"
#include "sales/salesview.h"
#include "sell/sellview.h"
#include "send/senddialog.h"
#include "summary/daysummaryview.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Till &till, QWidget *parent)
    : QMainWindow(parent)
    , m_till(till)
    , m_stack(new QStackedWidget(this))
    , m_sell(new SellView(till, this))
    , m_payment(new PaymentView(till, this))
    , m_sales(new SalesView(till, this))
    , m_catalog(new CatalogView(till, this))
    , m_summary(new DaySummaryView(till, this))
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
{
    setWindowTitle(till.isDemo() ? tr("Stallpay — demo") : tr("Stallpay"));
    m_stack->addWidget(m_sell);
    m_stack->addWidget(m_payment);
    m_stack->addWidget(m_sales);
    m_stack->addWidget(m_catalog);
    m_stack->addWidget(m_summary);
    setCentralWidget(m_stack);

    auto *toolbar = addToolBar(tr("Screens"));
    toolbar->setObjectName(u"screens"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *sell = toolbar->addAction(tr("Sell"), this, &MainWindow::showSell);
    sell->setShortcut(QKeySequence(Qt::Key_F1));
    sell->setToolTip(tr("Ring up a sale (F1)"));
    QAction *sales = toolbar->addAction(tr("Sales"), this, &MainWindow::showSales);
    sales->setShortcut(QKeySequence(Qt::Key_F2));
    sales->setToolTip(tr("All sales: search, status and actions (F2)"));
    QAction *catalog = toolbar->addAction(tr("Catalog"), this, &MainWindow::showCatalog);
    catalog->setShortcut(QKeySequence(Qt::Key_F3));
    catalog->setToolTip(tr("Products, prices and quick keys; CSV import and export (F3)"));
    QAction *summary = toolbar->addAction(tr("Day summary"), this, &MainWindow::showDaySummary);
    summary->setShortcut(QKeySequence(Qt::Key_F4));
    summary->setToolTip(tr("Today's or another day's takings, VAT per rate and open sales (F4)"));

    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_connection);

    connect(m_sell, &SellView::charged, this, &MainWindow::showPayment);
    connect(m_payment, &PaymentView::newSaleRequested, this, &MainWindow::showSell);
    connect(m_sales, &SalesView::showQrRequested, this, &MainWindow::showPayment);
    connect(m_sales, &SalesView::sendRequested, this, &MainWindow::openSendDialog);
    connect(m_payment, &PaymentView::sendRequested, this, &MainWindow::openSendDialog);
    connect(&m_till.sales(), &SaleService::outboxChanged, this, &MainWindow::updateStatusBar);
    connect(&m_till.sync(), &SyncEngine::onlineChanged, this, [this](bool online) {
        m_online = online;
        updateStatusBar();
    });
    connect(&m_till, &Till::apiProblem, this, [this](const QString &message) { statusBar()->showMessage(message); });
    updateStatusBar();
    resize(1100, 720);
}

void MainWindow::showSell()
{
    m_till.sync().setFocusSale(0);
    m_stack->setCurrentWidget(m_sell);
}

void MainWindow::showPayment(qint64 saleId)
{
    m_payment->showSale(saleId);
    m_stack->setCurrentWidget(m_payment);
}

void MainWindow::showSales()
{
    m_till.sync().setFocusSale(0);
    m_stack->setCurrentWidget(m_sales);
    m_sales->searchField()->setFocus();
}

void MainWindow::showCatalog()
{
    m_till.sync().setFocusSale(0);
    m_stack->setCurrentWidget(m_catalog);
    m_catalog->list()->setFocus();
}

void MainWindow::showDaySummary()
{
    m_till.sync().setFocusSale(0);
    m_stack->setCurrentWidget(m_summary);
    m_summary->dayField()->setFocus();
}

SendDialog *MainWindow::openSendDialog(qint64 saleId)
{
    auto *dialog = new SendDialog(m_till, saleId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::updateStatusBar()
{
    m_connection->setText(m_online ? tr("Online") : tr("Offline — sales are kept and sent later"));
    const int pending = m_till.sales().pendingActionCount();
    m_pending->setText(pending == 0 ? QString() : tr("%n action(s) waiting", nullptr, pending));
}
