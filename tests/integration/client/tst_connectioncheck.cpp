#include "httpclient.h"
#include "ping/connectioncheck.h"
#include "sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

// "Test connection" against a real ping-sandbox: the right IDs are confirmed with the merchant's
// name; each wrong one is named, in words, as the field to correct.
class TestConnectionCheck : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;

    ConnectionCheck::Result check(const QUrl &origin, const QString &tenant, const QString &merchant)
    {
        PingConfig config = PingConfig::forOrigin(origin);
        config.tenantId = tenant;
        ConnectionCheck check;
        std::optional<ConnectionCheck::Result> result;
        check.run(config, merchant, [&](const ConnectionCheck::Result &r) { result = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        }();
        return result.value_or(ConnectionCheck::Result());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    }

    void theRightIdsAreConfirmedWithTheMerchantsName()
    {
        const auto r = check(m_sandbox.baseUrl(), m_sandbox.tenantId(), m_sandbox.merchantId());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.field, ConnectionCheck::Field::None);
        QVERIFY2(r.message.contains(u"Connected to 127.0.0.1"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"merchant is \""_s), qPrintable(r.message));
    }

    void aMerchantNotYetApprovedIsSaidSo_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("pending") << u"PENDING"_s << u"not yet approved by Ping"_s;
        QTest::newRow("created") << u"CREATED"_s << u"not yet approved by Ping"_s;
        QTest::newRow("denied") << u"DENIED"_s << u"Ping has denied the merchant"_s;
    }

    void aMerchantNotYetApprovedIsSaidSo()
    {
        QFETCH(QString, status);
        QFETCH(QString, words);
        const auto setStatus = [this](const QString &value) {
            QUrl url = m_sandbox.baseUrl();
            url.setPath(u"/_sandbox/merchants/%1/status"_s.arg(m_sandbox.merchantId()));
            return httpRequest("POST", url, QJsonDocument(QJsonObject {{u"status"_s, value}}).toJson(),
                               {{"Content-Type"_ba, "application/json"_ba}})
                .status;
        };
        QCOMPARE(setStatus(status), 200);
        const auto r = check(m_sandbox.baseUrl(), m_sandbox.tenantId(), m_sandbox.merchantId());
        QCOMPARE(setStatus(u"APPROVED"_s), 200);
        QVERIFY(!r.ok);
        QCOMPARE(r.field, ConnectionCheck::Field::MerchantId);
        QVERIFY2(r.message.contains(words), qPrintable(r.message));
        QVERIFY2(!r.message.contains(u"tenant ID"_s), qPrintable(r.message));
    }

    void anUnknownTenantIsNamed()
    {
        const auto r = check(m_sandbox.baseUrl(), u"00000000-0000-4000-8000-000000000001"_s, m_sandbox.merchantId());
        QVERIFY(!r.ok);
        QCOMPARE(r.field, ConnectionCheck::Field::TenantId);
        QVERIFY2(r.message.contains(u"does not know this tenant ID"_s), qPrintable(r.message));
    }

    void anUnknownMerchantIsNamed()
    {
        const auto r = check(m_sandbox.baseUrl(), m_sandbox.tenantId(), u"00000000-0000-4000-8000-000000000002"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.field, ConnectionCheck::Field::MerchantId);
        QVERIFY2(r.message.contains(u"no merchant with this ID"_s), qPrintable(r.message));
    }

    void aMistypedIdIsCaughtWithoutAsking()
    {
        const auto r = check(m_sandbox.baseUrl(), m_sandbox.tenantId().chopped(1), m_sandbox.merchantId());
        QVERIFY(!r.ok);
        QCOMPARE(r.field, ConnectionCheck::Field::TenantId);
        QVERIFY2(r.message.contains(u"must look like"_s), qPrintable(r.message));
    }

    void plainHttpToAnotherComputerIsRefused()
    {
        const auto r = check(QUrl(u"http://pay.example.se"_s), m_sandbox.tenantId(), m_sandbox.merchantId());
        QVERIFY(!r.ok);
        QCOMPARE(r.field, ConnectionCheck::Field::Address);
        QVERIFY2(r.message.contains(u"https://"_s), qPrintable(r.message));
    }

    void aServiceThatIsNotThereIsSaidSo()
    {
        QTcpServer probe; // a port that was free a moment ago, now closed again
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto r = check(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), m_sandbox.tenantId(), m_sandbox.merchantId());
        QVERIFY(!r.ok);
        QCOMPARE(r.field, ConnectionCheck::Field::Address);
        QVERIFY2(r.message.contains(u"Cannot reach 127.0.0.1"_s), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
