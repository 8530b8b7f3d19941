#include "httpclient.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "payment/qrwidget.h"
#include "ping/pingclient.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saleshistorymodel.h"
#include "sales/salesview.h"
#include "sandboxprocess.h"
#include "screenshot.h"
#include "sell/sellview.h"
#include "store/database.h"
#include "till/till.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString decodeQr(const QImage &image, const QString &path)
{
    if (!image.save(path))
        return u"<cannot save %1>"_s.arg(path);
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, path});
    if (!zbar.waitForFinished(20000))
        return u"<zbarimg did not finish>"_s;
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}
Till::Options inDataDir(const QString &dir)
{
    Till::Options options;
    options.dataDir = dir;
    return options;
}
} // namespace

// One sale from cart to "Paid" through the real main window, the embedded Ping sandbox and SQLite.
class TestEndToEndSale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void saleFromCartToPaidAndBackAfterRestart()
    {
        QTemporaryDir dir;
        auto till = std::make_unique<Till>();
        QString error;
        QVERIFY2(till->open(inDataDir(dir.path()), &error), qPrintable(error));
        QVERIFY(till->isDemo());
        QSignalSpy ready(till.get(), &Till::apiReady);
        auto window = std::make_unique<MainWindow>(*till);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        till->connectApi();
        QTRY_COMPARE(ready.count(), 1);

        // The seller taps two products of the demo catalog, at two VAT rates.
        QPushButton *honey = window->sellView()->quickKey(u"Honung 500 g"_s);
        QPushButton *mittens = window->sellView()->quickKey(u"Ullvantar"_s);
        QVERIFY(honey && mittens);
        QTest::mouseClick(honey, Qt::LeftButton);
        QTest::mouseClick(mittens, Qt::LeftButton);
        QCOMPARE(till->cart().total().ore(), 8900 + 24900);
        QVERIFY(window->sellView()->chargeButton()->isEnabled());
        screenshot(window.get(), "sell");

        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(window->sellView()->chargeButton(), Qt::LeftButton);
        const qint64 saleId = window->paymentView()->saleId();
        QVERIFY(saleId != 0);
        QVERIFY(till->cart().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!window->paymentView()->qrWidget()->text().isEmpty(), 15000);
        qInfo("QR shown %lld ms after Charge", timer.elapsed());
        screenshot(window.get(), "payment-qr");

        Sale sale;
        QVERIFY(till->sales().queries().load(saleId, &sale));
        QCOMPARE(sale.state, SaleState::LinkReady);
        QCOMPARE(sale.total.ore(), 8900 + 24900);
        QVERIFY(sale.checkoutUrl.startsWith(till->sandboxUrl().toString()));

        // What the payer's phone sees: decode the QR the app drew.
        const QImage shot = window->paymentView()->qrWidget()->grab().toImage();
        QCOMPARE(decodeQr(shot, dir.filePath(u"qr.png"_s)), sale.checkoutUrl);

        // The checkout page opens, and the payer pays (the sandbox's admin endpoint plays the payer).
        QCOMPARE(httpRequest("GET", QUrl(sale.checkoutUrl)).status, 200);
        QUrl pay = till->sandboxUrl();
        pay.setPath(u"/_sandbox/payment_links/%1/pay"_s.arg(sale.paymentLinkId));
        timer.restart();
        const HttpResult paid =
            httpRequest("POST", pay, "{\"provider\":\"swish\"}", {{"Content-Type", "application/json"}});
        QVERIFY2(paid.status / 100 == 2, paid.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(window->paymentView()->statusLabel()->text(), u"Paid"_s, 15000);
        qInfo("Paid shown %lld ms after the payment", timer.elapsed());
        screenshot(window.get(), "payment-paid");

        // The payment order is closed, on our side and on the service's.
        QTRY_VERIFY_WITH_TIMEOUT(till->sales().queries().load(saleId, &sale) && sale.orderClosed, 15000);
        QCOMPARE(sale.state, SaleState::Paid);
        QCOMPARE(till->sales().queries().pendingActionCount(), 0);
        QUrl order = till->sandboxUrl();
        order.setPath(u"/payments/api/v1/payment_orders/%1"_s.arg(sale.paymentOrderId));
        const HttpResult orderNow =
            httpRequest("GET", order, {}, {{"tenant_id", till->client().config().tenantId.toUtf8()}});
        QCOMPARE(orderNow.status, 200);
        QCOMPARE(orderNow.json()[u"status"_s].toString(), u"CLOSED"_s);

        // The database row says so too, in a connection of its own.
        {
            Database check;
            window.reset();
            till.reset();
            QVERIFY2(check.open(dir.filePath(u"stallpay.sqlite"_s), &error), qPrintable(error));
            QSqlQuery q(check.connection());
            QVERIFY(q.exec(u"SELECT state, order_closed, number FROM sales"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"paid"_s);
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toInt(), 1);
            QVERIFY(check.integrityOk());
        }

        // Quit and start again: the sales history shows the sale with its status.
        till = std::make_unique<Till>();
        QVERIFY2(till->open(inDataDir(dir.path()), &error), qPrintable(error));
        window = std::make_unique<MainWindow>(*till);
        window->show();
        window->showSales();
        SalesHistoryModel *history = window->salesView()->model();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, SalesHistoryModel::Number).data().toInt(), 1);
        QCOMPARE(history->index(0, SalesHistoryModel::Status).data().toString(), u"Paid"_s);
    }

    void chargedOfflineGetsItsQrWhenTheServiceIsBack()
    {
        QTemporaryDir dir, state;
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({u"--state"_s, state.filePath(u"s.json"_s)}, &error), qPrintable(error));
        Till::Options options = inDataDir(dir.path());
        options.apiBase = sandbox.baseUrl();
        options.syncTimings = SyncTimings::fast();
        Till till;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        QSignalSpy ready(&till, &Till::apiReady);
        MainWindow window(till);
        window.show();
        till.connectApi();
        QTRY_COMPARE(ready.count(), 1);
        auto statusTexts = [&] {
            QStringList texts;
            for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
                texts.append(label->text());
            return texts.join(u" | "_s);
        };

        sandbox.kill(); // the mobile network goes
        QTest::mouseClick(window.sellView()->quickKey(u"Surdegsbröd"_s), Qt::LeftButton);
        QTest::mouseClick(window.sellView()->chargeButton(), Qt::LeftButton);
        const qint64 saleId = window.paymentView()->saleId();
        QVERIFY(saleId != 0);
        // The sale is safe and says what it waits for; the status bar says why.
        QTRY_VERIFY_WITH_TIMEOUT(statusTexts().contains(u"Offline"_s), 10000);
        QVERIFY2(statusTexts().contains(u"waiting"_s), qPrintable(statusTexts()));
        QCOMPARE(window.paymentView()->statusLabel()->text(), u"Waiting for network"_s);
        QVERIFY(window.paymentView()->qrWidget()->text().isEmpty());

        SandboxProcess back; // the network returns: same address, same account
        QVERIFY2(back.start({u"--state"_s, state.filePath(u"s.json"_s), u"--tenant-id"_s, sandbox.tenantId(),
                             u"--merchant-id"_s, sandbox.merchantId(), u"--split-tree-id"_s, sandbox.splitTreeId(),
                             u"--listen"_s, u"127.0.0.1:%1"_s.arg(sandbox.baseUrl().port())},
                            &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.paymentView()->qrWidget()->text().isEmpty(), 15000);
        QCOMPARE(window.paymentView()->statusLabel()->text(), u"Waiting for payment"_s);
        Sale sale;
        QVERIFY(till.sales().queries().load(saleId, &sale));
        QCOMPARE(window.paymentView()->qrWidget()->text(), sale.checkoutUrl);
        QTRY_VERIFY(statusTexts().contains(u"Online"_s));
    }

    void secondProcessOnTheSameDataIsRefused()
    {
        QTemporaryDir dir;
        Till first;
        QString error;
        QVERIFY2(first.open(inDataDir(dir.path()), &error), qPrintable(error));
        Till second;
        QVERIFY(!second.open(inDataDir(dir.path()), &error));
        QVERIFY2(error.contains(u"already running"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestEndToEndSale)
#include "tst_e2e_sale.moc"
