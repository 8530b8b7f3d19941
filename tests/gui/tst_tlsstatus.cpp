#include "catalog/catalogrepository.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "sale/saleservice.h"
#include "sell/sellview.h"
#include "settings/appsettings.h"
#include "settings/credentialstore.h"
#include "till/till.h"
#include "tlsserver.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real till, set up as a seller's own account on a custom address (Settings → Payment
// service), where the service's certificate cannot be trusted: a TLS server on loopback with an
// expired, self-signed certificate. A sale is taken and kept; the status bar says "Not connected"
// with the certificate's problem in words — not "Offline", and never "Online".
class TestTlsStatus : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TlsServer m_server {u"expired"_s};
    std::unique_ptr<Till> m_till;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Language::apply(u"en"_s);
        QString error;
        QVERIFY2(m_server.listen(&error), qPrintable(error));
        const QString data = m_dir.filePath(u"data"_s);
        {
            AppSettings settings(data); // as the seller left them in Settings
            settings.setEnvironment(AppSettings::Environment::Custom);
            settings.setCustomBaseUrl(m_server.origin());
            settings.sync();
        }
        m_till = std::make_unique<Till>();
        Till::Options options;
        options.dataDir = data;
        QVERIFY2(m_till->open(options, &error), qPrintable(error));
        QVERIFY(!m_till->isDemo());
        Product coffee;
        coffee.name = u"Kaffe"_s;
        coffee.price = Money::fromOre(2500);
        QVERIFY2(m_till->catalog().save(coffee, &error) > 0, qPrintable(error));
        m_till->credentials().keepForSession(
            {u"8f2a6c1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b"_s, u"5b1e9c4a-2f43-4b7e-9a61-0c8d3e6f7a21"_s, {}, {}});

        m_window = std::make_unique<MainWindow>(*m_till);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy ready(m_till.get(), &Till::apiReady);
        m_till->connectApi();
        QTRY_COMPARE(ready.count(), 1);
    }

    void cleanupTestCase()
    {
        m_window.reset(); // before the till it shows
        m_till.reset();
    }

    void theStatusBarNamesTheCertificatesProblem()
    {
        QCOMPARE(m_window->connectionLabel()->text(), u"Online"_s); // nothing asked yet
        m_window->showSell();
        QPushButton *key = m_window->sellView()->quickKey(u"Kaffe"_s);
        QVERIFY(key);
        QTest::mouseClick(key, Qt::LeftButton);
        QTest::mouseClick(m_window->sellView()->chargeButton(), Qt::LeftButton);
        const qint64 saleId = m_window->paymentView()->saleId();
        QVERIFY(saleId > 0);

        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionLabel()->text().startsWith(u"Not connected: "_s), 15000);
        const QString text = m_window->connectionLabel()->text();
        QVERIFY2(text.contains(u"certificate is not trusted"_s), qPrintable(text));
        QVERIFY2(text.contains(QSslError(QSslError::CertificateExpired).errorString()), qPrintable(text));
        QVERIFY2(!text.contains(u"Offline"_s) && !text.contains(u"Online"_s), qPrintable(text));

        // The sale waits, kept; the till refused the server before a byte of the request left.
        Sale sale;
        QVERIFY(m_till->sales().queries().load(saleId, &sale));
        QCOMPARE(sale.state, SaleState::Committed);
        QVERIFY(m_till->sales().queries().pendingActionCount() > 0);
        QVERIFY(m_server.handshakesStarted() >= 1);
        QCOMPARE(m_server.handshakesDone(), 0);
        QCOMPARE(m_server.received(), QByteArray());

        // Still so after the next attempt (a probe or the job again), which meets the same certificate.
        const int handshakes = m_server.handshakesStarted();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.handshakesStarted() > handshakes, 30000);
        QCOMPARE(m_server.handshakesDone(), 0);
        QVERIFY2(m_window->connectionLabel()->text().startsWith(u"Not connected: "_s),
                 qPrintable(m_window->connectionLabel()->text()));
    }
};

QTEST_MAIN(TestTlsStatus)
#include "tst_tlsstatus.moc"
