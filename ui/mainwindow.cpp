#include "mainwindow.h"

#include "payment/paymentview.h"
#include "sale/saleservice.h"
#include "sales/todaysalesmodel.h"
#include "sell/sellview.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Till &till, QWidget *parent)
    : QMainWindow(parent)
    , m_till(till)
    , m_stack(new QStackedWidget(this))
    , m_sell(new SellView(till, this))
    , m_payment(new PaymentView(till, this))
    , m_todayModel(new TodaySalesModel(till, this))
    , m_today(new QTableView(this))
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
{
    setWindowTitle(till.isDemo() ? tr("Stallpay — demo") : tr("Stallpay"));
    m_today->setModel(m_todayModel);
    m_today->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_today->verticalHeader()->hide();
    m_today->horizontalHeader()->setSectionResizeMode(TodaySalesModel::Status, QHeaderView::Stretch);
    m_today->setAccessibleName(tr("Today's sales"));
    m_stack->addWidget(m_sell);
    m_stack->addWidget(m_payment);
    m_stack->addWidget(m_today);
    setCentralWidget(m_stack);

    auto *toolbar = addToolBar(tr("Screens"));
    toolbar->setObjectName(u"screens"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *sell = toolbar->addAction(tr("Sell"), this, &MainWindow::showSell);
    sell->setShortcut(QKeySequence(Qt::Key_F1));
    sell->setToolTip(tr("Ring up a sale (F1)"));
    QAction *today = toolbar->addAction(tr("Today"), this, &MainWindow::showToday);
    today->setShortcut(QKeySequence(Qt::Key_F2));
    today->setToolTip(tr("Today's sales and their status (F2)"));

    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_connection);

    connect(m_sell, &SellView::charged, this, &MainWindow::showPayment);
    connect(m_payment, &PaymentView::newSaleRequested, this, &MainWindow::showSell);
    connect(m_today, &QTableView::activated, this,
            [this](const QModelIndex &index) { showPayment(index.data(TodaySalesModel::SaleIdRole).toLongLong()); });
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

void MainWindow::showToday()
{
    m_till.sync().setFocusSale(0);
    m_todayModel->reload();
    m_stack->setCurrentWidget(m_today);
}

void MainWindow::updateStatusBar()
{
    m_connection->setText(m_online ? tr("Online") : tr("Offline — sales are kept and sent later"));
    const int pending = m_till.sales().pendingActionCount();
    m_pending->setText(pending == 0 ? QString() : tr("%n action(s) waiting", nullptr, pending));
}
