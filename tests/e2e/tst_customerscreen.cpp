#include "customer/customerscreen.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "payment/qrwidget.h"
#include "sale/saleservice.h"
#include "sales/saleonscreen.h"
#include "sell/sellview.h"
#include "settings/appsettings.h"
#include "till/till.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The payer's side of the till: the customer screen follows the sale being paid, shows a QR
// that a phone can read, thanks the payer when it is paid and then welcomes the next one.
class TestCustomerScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void followsTheSaleFromQrToThankYou()
    {
        QTemporaryDir dir;
        Till till;
        Till::Options options;
        options.dataDir = dir.path();
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        QSignalSpy ready(&till, &Till::apiReady);
        MainWindow window(till);
        CustomerScreen customer(till, window.saleOnScreen());
        customer.setThankYouMs(300);
        window.show();
        customer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&customer));
        till.connectApi();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(customer.mode(), CustomerScreen::Mode::Welcome);

        QTest::mouseClick(window.sellView()->quickKey(u"Keramikmugg"_s), Qt::LeftButton);
        QTest::mouseClick(window.sellView()->chargeButton(), Qt::LeftButton);
        const qint64 saleId = window.paymentView()->saleId();
        QTRY_VERIFY_WITH_TIMEOUT(!customer.qrWidget()->text().isEmpty(), 15000);
        QCOMPARE(customer.mode(), CustomerScreen::Mode::Paying);
        QCOMPARE(customer.amountText(),
                 u"SEK\u00a0"
                 "180.00"_s);
        QCOMPARE(customer.headline(), u"Scan to pay with Swish or card"_s);

        // What a phone camera sees of the whole window.
        Sale sale;
        QVERIFY(till.sales().queries().load(saleId, &sale));
        const QString png = dir.filePath(u"customer.png"_s);
        const QPixmap shot = customer.grab();
        // Under QT_SCALE_FACTOR=2 (tst_customerscreen_hidpi) the window has twice the pixels.
        const qreal scale =
            qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR") ? 1.0 : qEnvironmentVariable("QT_SCALE_FACTOR").toDouble();
        QCOMPARE(shot.devicePixelRatio(), scale);
        QVERIFY(shot.save(png));
        if (!qEnvironmentVariableIsEmpty("STALLPAY_SCREENSHOT_DIR"))
            customer.grab().save(qEnvironmentVariable("STALLPAY_SCREENSHOT_DIR") + u"/customer-screen.png"_s);
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, png});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), sale.checkoutUrl);

        QUrl pay = till.sandboxUrl();
        pay.setPath(u"/_sandbox/payment_links/%1/pay"_s.arg(sale.paymentLinkId));
        QCOMPARE(httpRequest("POST", pay, "{}", {{"Content-Type", "application/json"}}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(customer.mode(), CustomerScreen::Mode::Paid, 15000);
        QCOMPARE(customer.headline(), u"Paid — thank you!"_s);
        QTRY_COMPARE_WITH_TIMEOUT(customer.mode(), CustomerScreen::Mode::Welcome, 5000);
        QVERIFY(customer.qrWidget()->text().isEmpty());
    }

    void f10ShowsAndHidesIt()
    {
        QTemporaryDir dir;
        Till till;
        Till::Options options;
        options.dataDir = dir.path();
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        MainWindow window(till);
        CustomerScreen customer(till, window.saleOnScreen());
        window.addAction(customer.toggleAction());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!customer.isVisible());
        QTest::keyClick(&window, Qt::Key_F10);
        QVERIFY(customer.isVisible());
        QTest::keyClick(&window, Qt::Key_F10);
        QVERIFY(!customer.isVisible());
    }

    // The stall's logo of the settings (a picture file) on the payer's screen, shrunk to fit with
    // its proportions; none without one, or when the file is gone.
    void showsTheStallsLogo()
    {
        QTemporaryDir dir;
        const QString logoFile = dir.filePath(u"logo.png"_s);
        QImage logo(600, 300, QImage::Format_RGB32);
        logo.fill(QColor(0xe4, 0x57, 0x2e));
        QVERIFY(logo.save(logoFile));
        Till till;
        Till::Options options;
        options.dataDir = dir.path();
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        const SaleOnScreen onScreen(till);
        {
            CustomerScreen without(till, onScreen);
            QVERIFY(without.logo().isNull());
        }
        till.settings().setLogoFile(logoFile);
        CustomerScreen customer(till, onScreen);
        customer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&customer));
        QCOMPARE(customer.logo().size(), QSize(240, 120));
        QCOMPARE(customer.logo().toImage().pixelColor(120, 60), QColor(0xe4, 0x57, 0x2e));
        // Drawn on the window the payer sees.
        const QImage shot = customer.grab().toImage();
        bool drawn = false;
        for (int y = 0; y < shot.height() && !drawn; y += 4)
            for (int x = 0; x < shot.width() && !drawn; x += 4)
                drawn = shot.pixelColor(x, y) == QColor(0xe4, 0x57, 0x2e);
        QVERIFY(drawn);
        QVERIFY(QFile::remove(logoFile));
        CustomerScreen gone(till, onScreen);
        QVERIFY(gone.logo().isNull());
    }
};

QTEST_MAIN(TestCustomerScreen)
#include "tst_customerscreen.moc"
