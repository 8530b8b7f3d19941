// SandboxServer embedded in-process, as the app's demo mode and tests use it.

#include "httpclient.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxEmbedded : public QObject
{
    Q_OBJECT

private slots:
    void listensOnAFreePortWithGivenAccount();
    void randomAccountIsValidAndSeeded();
    void publicUrlIsUsedForCheckoutAndDocuments();
    void listenFailsOnABusyPort();
};

void TestSandboxEmbedded::listensOnAFreePortWithGivenAccount()
{
    Sandbox::SandboxConfig config;
    config.tenantId = u"aaaaaaaa-1111-4222-8333-444444444444"_s;
    config.merchantId = u"bbbbbbbb-1111-4222-8333-444444444444"_s;
    config.splitTreeId = u"cccccccc-1111-4222-8333-444444444444"_s;
    Sandbox::SandboxServer server(config);
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(server.port() > 0);
    QCOMPARE(server.baseUrl().toString(), u"http://127.0.0.1:%1"_s.arg(server.port()));
    QCOMPARE(server.tenantId(), config.tenantId);
    QCOMPARE(server.merchantId(), config.merchantId);
    QCOMPARE(server.splitTreeId(), config.splitTreeId);

    QUrl url = server.baseUrl();
    url.setPath(u"/_sandbox/account"_s);
    const HttpResult account = httpRequest("GET", url);
    QCOMPARE(account.status, 200);
    QCOMPARE(account.json()[u"merchant_id"_s].toString(), config.merchantId);
}

void TestSandboxEmbedded::randomAccountIsValidAndSeeded()
{
    Sandbox::SandboxConfig config;
    config.seed = 77;
    Sandbox::SandboxServer a(config);
    Sandbox::SandboxServer b(config);
    QVERIFY(!QUuid::fromString(a.tenantId()).isNull());
    QCOMPARE(QUuid::fromString(a.tenantId()).version(), QUuid::Random);
    QCOMPARE(a.tenantId(), b.tenantId());
    QVERIFY(a.tenantId() != a.merchantId());
    QVERIFY(Sandbox::SandboxServer().tenantId() != Sandbox::SandboxServer().tenantId()); // seed 0: random
}

void TestSandboxEmbedded::publicUrlIsUsedForCheckoutAndDocuments()
{
    Sandbox::SandboxConfig config;
    config.publicBaseUrl = QUrl(u"http://192.0.2.10:8099/"_s);
    Sandbox::SandboxServer server(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QCOMPARE(server.publicBaseUrl().toString(), u"http://192.0.2.10:8099"_s);
    const QList<std::pair<QByteArray, QByteArray>> tenant {{"tenant_id"_ba, server.tenantId().toUtf8()}};
    QUrl url = server.baseUrl();
    url.setPath(u"/payments/api/v1/payment_orders"_s);
    const QString order =
        httpRequest(
            "POST", url,
            QJsonDocument(QJsonObject {{u"split_tree_id"_s, server.splitTreeId()}, {u"currency"_s, u"SEK"_s}}).toJson(),
            tenant)
            .json()[u"id"_s]
            .toString();
    const QJsonObject link {{u"payment_order_id"_s, order},
                            {u"currency"_s, u"SEK"_s},
                            {u"locale"_s, u"sv-SE"_s},
                            {u"customer"_s, QJsonObject {{u"first_name"_s, u"A"_s}, {u"last_name"_s, u"B"_s}}},
                            {u"supplier"_s, QJsonObject {{u"name"_s, u"Stånd"_s}}},
                            {u"items"_s,
                             QJsonArray {QJsonObject {{u"description"_s, u"Äpple"_s},
                                                      {u"merchant_id"_s, server.merchantId()},
                                                      {u"price"_s, 500},
                                                      {u"quantity"_s, 1},
                                                      {u"vat"_s, 12}}}},
                            {u"payment_provider_methods"_s,
                             QJsonArray {QJsonObject {{u"provider"_s, u"swish"_s}, {u"method"_s, u"m_commerce"_s}}}},
                            {u"total_amount"_s, 500}};
    url.setPath(u"/payment_links/api/v1/payment_links"_s);
    const HttpResult created = httpRequest("POST", url, QJsonDocument(link).toJson(), tenant);
    QCOMPARE(created.status, 200);
    QVERIFY(created.json()[u"checkout_url"_s].toString().startsWith(u"http://192.0.2.10:8099/checkout/"_s));

    // In-process, with this test's QGuiApplication, the invoice PDF renders too.
    const QString id = created.json()[u"id"_s].toString();
    url.setPath(u"/payment_links/api/v1/payment_links/%1/invoice"_s.arg(id));
    QCOMPARE(httpRequest("PUT", url, R"({"reference_type":"OCR"})"_ba, tenant).status, 204);
    QVERIFY(httpRequest("GET", url, {}, tenant).json()[u"url"_s].toString().startsWith(u"http://192.0.2.10:8099/"_s));
    url.setPath(u"/documents/%1/invoice.pdf"_s.arg(id));
    QVERIFY(httpRequest("GET", url).body.startsWith("%PDF-"));
}

void TestSandboxEmbedded::listenFailsOnABusyPort()
{
    Sandbox::SandboxServer first;
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    Sandbox::SandboxServer second;
    QString error;
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"listen failed"_s));
    QVERIFY(!second.listen(QHostAddress::LocalHost, first.port(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestSandboxEmbedded)
#include "tst_sandbox_embedded.moc"
