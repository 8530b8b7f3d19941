#include "mainwindow.h"

#include "catalog/catalogview.h"
#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "invoice/invoicedialog.h"
#include "payment/paymentview.h"
#include "ping/pingclient.h"
#include "sale/saleservice.h"
#include "sales/saleactions.h"
#include "sales/saleonscreen.h"
#include "sales/salesview.h"
#include "sell/sellview.h"
#include "send/senddialog.h"
#include "settings/appsettings.h"
#include "settings/settingsview.h"
#include "store/databasebackups.h"
#include "style/theme.h"
#include "summary/daysummaryview.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Till &till, QWidget *parent)
    : QMainWindow(parent)
    , m_till(till)
    , m_onScreen(new SaleOnScreen(till, this))
    , m_actions(new SaleActions(till, *m_onScreen, this))
    , m_stack(new QStackedWidget(this))
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_paidNotice(new QPushButton(this))
{
    setObjectName(u"stallpay"_s);
    setCentralWidget(m_stack);
    buildScreens();
    buildToolBar();
    connect(m_actions, &SaleActions::reopenedInCart, this, &MainWindow::showSell); // Edit
    m_paidNotice->setObjectName(u"paidNotice"_s);
    m_paidNotice->setFlat(true);
    m_paidNotice->hide();
    statusBar()->addWidget(m_paidNotice);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_connection);
    connect(&m_till.sales(), &SaleService::outboxChanged, this, &MainWindow::updateStatusBar);
    connect(&m_till.sales(), &SaleService::salePaid, this, &MainWindow::noticePaid);
    connect(m_paidNotice, &QPushButton::clicked, this, [this] {
        m_paidNotice->hide();
        showSales();
        m_sales->showSale(m_noticedSale);
    });
    // What the seller sees of the network: a request hanging for seconds is "not connected" now,
    // not after the transfer timeout.
    auto *watch = new QTimer(this);
    watch->setInterval(500);
    connect(watch, &QTimer::timeout, this, [this] {
        const bool hanging = m_till.client().oldestWaitMs() > kHangingMs;
        if (hanging != m_hanging) {
            m_hanging = hanging;
            updateStatusBar();
        }
    });
    watch->start();
    connect(&m_till.sync(), &SyncEngine::onlineChanged, this, [this](bool online) {
        m_online = online;
        updateStatusBar();
    });
    connect(&m_till, &Till::apiProblem, this, [this](const QString &message) { statusBar()->showMessage(message); });
    connect(&m_till, &Till::databaseChecked, this, &MainWindow::offerRestoreOfDamaged);
    // The database refused a job's "in flight" mark (a full disk): nothing is sent until it takes one.
    connect(&m_till.sync(), &SyncEngine::heldChanged, this, [this](bool held) {
        if (held)
            statusBar()->showMessage(m_till.sync().heldReason());
        else
            statusBar()->clearMessage();
    });
    updateStatusBar();
    resize(1100, 720);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::buildScreens()
{
    setWindowTitle(m_till.isDemo() ? tr("Stallpay — demo") : tr("Stallpay"));
    m_sell = new SellView(m_till, this);
    m_payment = new PaymentView(m_till, *m_onScreen, *m_actions, this);
    m_sales = new SalesView(m_till, *m_onScreen, *m_actions, this);
    m_catalog = new CatalogView(m_till, this);
    m_summary = new DaySummaryView(m_till, this);
    m_settings = new SettingsView(m_till, this);
    // The order is Screen's.
    for (QWidget *screen :
         std::initializer_list<QWidget *> {m_sell, m_payment, m_sales, m_catalog, m_summary, m_settings})
        m_stack->addWidget(screen);
    connect(m_sell, &SellView::charged, this, &MainWindow::showPayment);
    connect(m_payment, &PaymentView::newSaleRequested, this, &MainWindow::showSell);
    connect(m_sales, &SalesView::showQrRequested, this, &MainWindow::showPayment);
    connect(m_sales, &SalesView::sendRequested, this, &MainWindow::openSendDialog);
    connect(m_sales, &SalesView::invoiceRequested, this, &MainWindow::openInvoiceDialog);
    connect(m_sell, &SellView::invoiceRequested, this, &MainWindow::openInvoiceDialog);
    connect(m_payment, &PaymentView::sendRequested, this, &MainWindow::openSendDialog);
    connect(m_settings, &SettingsView::languageChosen, this, [this](const QString &language) {
        // Not from inside the combo box's own signal: the settings screen is rebuilt too.
        QTimer::singleShot(0, this, [this, language] {
            Language::apply(language);
            retranslate();
        });
    });
    connect(m_settings, &SettingsView::appearanceChosen, this, [this](const QString &appearance) {
        QTimer::singleShot(0, this, [this, appearance] {
            Theme::apply(Theme::fromKey(appearance));
            retranslate(); // colours with a meaning are chosen for the new palette
        });
    });
}

void MainWindow::buildToolBar()
{
    if (!m_toolbar) {
        m_toolbar = addToolBar(QString());
        m_toolbar->setObjectName(u"screens"_s);
        m_toolbar->setMovable(false);
        m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_toolbar->clear();
    m_toolbar->setWindowTitle(tr("Screens"));
    const struct
    {
        QString text;
        QString tip;
        Qt::Key key;
        void (MainWindow::*slot)();
    } screens[] = {
        {tr("Sell"), tr("Ring up a sale (F1)"), Qt::Key_F1, &MainWindow::showSell},
        {tr("Sales"), tr("All sales: search, status and actions (F2)"), Qt::Key_F2, &MainWindow::showSales},
        {tr("Catalog"), tr("Products, prices and quick keys; CSV import and export (F3)"), Qt::Key_F3,
         &MainWindow::showCatalog},
        {tr("Day summary"), tr("Today's or another day's takings, VAT per rate and open sales (F4)"), Qt::Key_F4,
         &MainWindow::showDaySummary},
        {tr("Settings"), tr("Language, payment service, your business and invoice terms (F5)"), Qt::Key_F5,
         &MainWindow::showSettings},
    };
    for (const auto &s : screens) {
        QAction *action = m_toolbar->addAction(s.text, this, s.slot);
        action->setShortcut(QKeySequence(s.key));
        action->setToolTip(s.tip);
    }
}

void MainWindow::retranslate()
{
    const Screen current = currentScreen() == Payment ? Sell : currentScreen();
    saveLayout();
    m_layoutSaved = false;
    for (QWidget *screen :
         std::initializer_list<QWidget *> {m_sell, m_payment, m_sales, m_catalog, m_summary, m_settings}) {
        m_stack->removeWidget(screen);
        screen->deleteLater();
    }
    buildScreens();
    buildToolBar();
    updateStatusBar();
    showScreen(current);
    if (auto *splitter = m_sales->splitter())
        splitter->restoreState(m_till.settings().uiState(u"salesSplitter"_s).toByteArray());
}

MainWindow::Screen MainWindow::currentScreen() const
{
    return Screen(qMax(0, m_stack->currentIndex()));
}

void MainWindow::showScreen(Screen screen)
{
    if (screen != Payment)
        m_till.sync().setFocusSale(0);
    // A sale stays on screen from the pay screen to its detail in Sales (and back); elsewhere none is.
    if (screen != Payment && screen != Sales)
        m_onScreen->show(0);
    m_actions->disarm(); // a press asks again on the screen that comes
    m_stack->setCurrentIndex(int(screen));
    switch (screen) {
    case Sales:
        m_sales->showSale(m_onScreen->id()); // its row chosen in the list, when the list has it
        m_sales->searchField()->setFocus();
        break;
    case Catalog:
        m_catalog->list()->setFocus();
        break;
    case Summary:
        m_summary->dayField()->setFocus();
        break;
    case Sell:
        m_sell->setFocus();
        break;
    default:
        m_stack->currentWidget()->setFocus();
    }
}

void MainWindow::showSell()
{
    showScreen(Sell);
}

void MainWindow::showPayment(qint64 saleId)
{
    m_actions->disarm();
    m_payment->showSale(saleId);
    m_stack->setCurrentWidget(m_payment);
}

void MainWindow::showSales()
{
    showScreen(Sales);
}

void MainWindow::showCatalog()
{
    showScreen(Catalog);
}

void MainWindow::showDaySummary()
{
    showScreen(Summary);
}

void MainWindow::showSettings()
{
    showScreen(Settings);
}

SendDialog *MainWindow::openSendDialog(qint64 saleId)
{
    auto *dialog = new SendDialog(m_till, saleId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

InvoiceDialog *MainWindow::openInvoiceDialog(qint64 saleId)
{
    auto *dialog = new InvoiceDialog(m_till, saleId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Actions still waiting are safe on disk, but the seller should know they wait for a restart.
    const int pending = m_till.sales().queries().pendingActionCount();
    if (pending > 0 && !m_closeConfirmed) {
        event->ignore();
        const Dialogs::Question question {u"closeQuestion"_s, tr("Close Stallpay?"),
                                          tr("%n action(s) for the payment service are not done yet. They are kept "
                                             "and done when you start Stallpay again.",
                                             nullptr, pending),
                                          tr("&Close anyway"), tr("&Keep Stallpay open")};
        Dialogs::current().ask(this, question, [window = QPointer<MainWindow>(this)](bool closeAnyway) {
            if (!closeAnyway || !window)
                return;
            window->m_closeConfirmed = true;
            QTimer::singleShot(0, window, &QWidget::close);
        });
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::offerRestoreOfDamaged(const QString &damage)
{
    if (damage.isEmpty())
        return; // the deep check after the start found the database sound
    statusBar()->showMessage(damage);
    const QList<DatabaseBackups::Backup> backups = m_till.backups().list();
    if (backups.isEmpty())
        return; // the message says to give the file to support; selling goes on as it can
    const QString when = QLocale().toString(backups.constFirst().madeAt.toLocalTime(), QLocale::ShortFormat);
    const Dialogs::Question question {u"damagedQuestion"_s, tr("The sales database is damaged"),
                                      damage + u"\n\n"_s
                                          + tr("Restore the backup from %1 and start Stallpay again? Sales made after "
                                               "it are not in it; numbering goes on after the highest number this "
                                               "till has used. The damaged file is kept in the backups folder.")
                                                .arg(when),
                                      tr("&Restore and restart"), tr("&Not now")};
    const QString path = backups.constFirst().path;
    Dialogs::current().ask(this, question, [window = QPointer<MainWindow>(this), path](bool restore) {
        QString error;
        if (restore && window && !window->m_till.requestRestore(path, &error))
            window->statusBar()->showMessage(error);
    });
}

void MainWindow::noticePaid(qint64 saleId)
{
    // The sale on the pay screen says so itself; another one, paid meanwhile, is told here.
    if (currentScreen() == Payment && m_onScreen->id() == saleId)
        return;
    Sale sale;
    if (!m_till.sales().queries().load(saleId, &sale))
        return;
    m_noticedSale = saleId;
    m_paidNotice->setText(tr("✔ Sale %1 was paid: %2 — show").arg(sale.number).arg(sale.total.format(QLocale())));
    m_paidNotice->setToolTip(tr("The customer paid an earlier sale; click to see it in Sales"));
    m_paidNotice->show();
}

void MainWindow::saveLayout()
{
    if (m_layoutSaved)
        return;
    m_layoutSaved = true;
    AppSettings &s = m_till.settings();
    s.setUiState(u"geometry"_s, saveGeometry());
    s.setUiState(u"state"_s, saveState());
    // The sale on the pay screen comes back to it after a restart while it is still open.
    s.setUiState(u"screen"_s, int(currentScreen()));
    s.setUiState(u"paymentSale"_s, currentScreen() == Payment ? m_onScreen->id() : 0);
    s.setUiState(u"salesSplitter"_s, m_sales->splitter()->saveState());
    s.sync();
}

void MainWindow::restoreLayout()
{
    const AppSettings &s = m_till.settings();
    restoreGeometry(s.uiState(u"geometry"_s).toByteArray());
    restoreState(s.uiState(u"state"_s).toByteArray());
    m_sales->splitter()->restoreState(s.uiState(u"salesSplitter"_s).toByteArray());
    const int screen = s.uiState(u"screen"_s).toInt();
    Sale sale;
    if (screen == Payment && m_till.sales().queries().load(s.uiState(u"paymentSale"_s).toLongLong(), &sale)
        && !SaleStates::isFinal(sale.state)) {
        showPayment(sale.id);
        return;
    }
    showScreen(screen >= Sell && screen <= Settings && screen != Payment ? Screen(screen) : Sell);
}

void MainWindow::updateStatusBar()
{
    const QString trouble = m_till.sync().connectionTrouble();
    m_connection->setText(!m_online && !trouble.isEmpty()
                              ? tr("Not connected: %1. Sales are kept and sent later.").arg(trouble)
                              : !m_online ? tr("Offline — sales are kept and sent later")
                              : m_hanging ? tr("Not connected: the payment service does not answer")
                                          : tr("Online"));
    const int pending = m_till.sales().queries().pendingActionCount();
    m_pending->setText(pending == 0 ? QString() : tr("%n action(s) waiting", nullptr, pending));
}
