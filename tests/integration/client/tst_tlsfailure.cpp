#include "ping/pingclient.h"
#include "ping/pingprovider.h"
#include "tlsserver.h"

#include <QEventLoop>
#include <QSslError>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The Ping client (a real QSslSocket under QNetworkAccessManager) against a TLS server on loopback
// whose certificate nobody trusts: it refuses before it sends a byte of the request, the failure
// is worth a retry (nothing reached the service), flagged as a certificate problem rather than
// "offline", and the words name what is wrong with the certificate.
class TestTlsFailure : public QObject
{
    Q_OBJECT
private slots:
    void refused_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("problem"); // Qt's own words for the certificate's problem
        QTest::newRow("self-signed") << u"selfsigned"_s << QSslError(QSslError::SelfSignedCertificate).errorString();
        QTest::newRow("expired") << u"expired"_s << QSslError(QSslError::CertificateExpired).errorString();
    }

    void refused()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, problem);
        TlsServer server(fixture);
        QString error;
        QVERIFY2(server.listen(&error), qPrintable(error));

        PingClient client;
        PingConfig config = PingConfig::forOrigin(server.origin());
        config.tenantId = u"8f2a6c1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b"_s;
        config.apiSecret = u"not-for-an-untrusted-host"_s;
        QVERIFY2(config.problem().isEmpty(), qPrintable(config.problem()));
        client.setConfig(config);
        PingProvider provider(client);

        ProviderReply reply;
        QString orderId = u"unset"_s;
        bool answered = false;
        QEventLoop loop;
        provider.createOrder([&](const ProviderReply &r, const QString &id) {
            reply = r;
            orderId = id;
            answered = true;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!answered)
            loop.exec();
        QVERIFY(answered);

        QCOMPARE(reply.httpStatus, 0);
        QVERIFY(reply.certificateProblem);
        QCOMPARE(reply.outcome, ProviderReply::Outcome::Retryable);
        QVERIFY(orderId.isEmpty());
        QCOMPARE(reply.reason, u"certificate"_s);
        QVERIFY2(reply.trouble().contains(u"certificate is not trusted"_s), qPrintable(reply.trouble()));
        QVERIFY2(reply.trouble().contains(problem), qPrintable(reply.trouble()));
        QVERIFY2(reply.message().contains(problem), qPrintable(reply.message()));

        // The client began a handshake and gave up on it: no connection ended encrypted, and not a
        // byte of the request (with its tenant_id and x-api-secret) reached the server.
        QTRY_VERIFY(server.handshakesStarted() >= 1);
        QCOMPARE(server.handshakesDone(), 0);
        QCOMPARE(server.received(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestTlsFailure)
#include "tst_tlsfailure.moc"
