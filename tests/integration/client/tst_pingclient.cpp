#include "httpclient.h"
#include "ping/pingclient.h"
#include "sandboxprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Runs one asynchronous client call to its answer.
PingResponse await(const std::function<void(PingClient::Callback)> &call)
{
    PingResponse result;
    QEventLoop loop;
    bool answered = false;
    call([&](const PingResponse &r) {
        result = r;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}
} // namespace

// The Ping client against a real ping-sandbox child process, over loopback HTTP.
class TestPingClient : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    PingClient *m_client = nullptr;

    PaymentLinkRequest linkRequest(const QString &orderId) const
    {
        PaymentLinkRequest r;
        r.paymentOrderId = orderId;
        r.merchantId = m_sandbox.merchantId();
        r.items = {LinkItem {u"Honung 500 g"_s, 8900, 2, 600}, LinkItem {u"Ullvantar"_s, 24900, 1, 2500}};
        r.supplier.name = u"Testståndet"_s;
        r.customer.firstName = u"Kund"_s;
        r.customer.lastName = u"1"_s;
        r.methods = {PaymentMethodChoice {u"swish"_s, u"e_commerce"_s, u"Tack!"_s},
                     PaymentMethodChoice {u"verifone"_s, u"card"_s, {}}};
        r.dueDate = QDate::currentDate().addDays(30);
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        PingConfig config = PingConfig::forOrigin(m_sandbox.baseUrl());
        config.tenantId = m_sandbox.tenantId();
        config.merchantId = m_sandbox.merchantId();
        config.splitTreeId = m_sandbox.splitTreeId();
        QCOMPARE(config.problem(), QString());
        m_client = new PingClient(this);
        m_client->setConfig(config);
    }

    void configRefusesPlainHttpOffLoopback()
    {
        PingConfig c = PingConfig::forOrigin(QUrl(u"http://pay.example.com"_s));
        c.tenantId = u"t"_s;
        QVERIFY(!c.problem().isEmpty());
        c = PingConfig::forOrigin(QUrl(u"https://pay.example.com"_s));
        c.tenantId = u"t"_s;
        QVERIFY(c.problem().isEmpty());
        QCOMPARE(c.linksBase.toString(), u"https://pay.example.com/payment_links"_s);
    }

    void createOrderCreateLinkGetLinkClose()
    {
        const PingResponse order = await([&](auto cb) { m_client->createPaymentOrder(cb); });
        QVERIFY2(order.ok(), qPrintable(order.message()));
        const QString orderId = order.body[u"id"_s].toString();
        QVERIFY(!orderId.isEmpty());

        const PingResponse link = await([&](auto cb) { m_client->createPaymentLink(linkRequest(orderId), cb); });
        QVERIFY2(link.ok(), qPrintable(link.message()));
        const QString linkId = link.body[u"id"_s].toString();
        const QString checkoutUrl = link.body[u"checkout_url"_s].toString();
        QVERIFY(!linkId.isEmpty());
        QVERIFY(checkoutUrl.startsWith(m_sandbox.baseUrl().toString()));

        const PingResponse got = await([&](auto cb) { m_client->getPaymentLink(linkId, cb); });
        QVERIFY(got.ok());
        const PaymentLinkInfo info = PingJson::paymentLinkInfo(got.body.toObject());
        QCOMPARE(info.id, linkId);
        QCOMPARE(info.paymentOrderId, orderId);
        QCOMPARE(info.status, u"CREATED"_s);
        QCOMPARE(info.totalOre, 2 * 8900 + 24900);
        QCOMPARE(info.checkoutUrl, checkoutUrl);

        const PingResponse list = await([&](auto cb) { m_client->listPaymentLinks(cb); });
        QVERIFY(list.ok());
        bool listed = false;
        for (const QJsonValue &v : list.body.toArray())
            listed = listed || PingJson::paymentLinkInfo(v.toObject()).id == linkId;
        QVERIFY(listed);

        // The payer pays (the sandbox's admin API plays the payer), then the order is closed.
        QUrl pay = m_sandbox.baseUrl();
        pay.setPath(u"/_sandbox/payment_links/%1/pay"_s.arg(linkId));
        QCOMPARE(httpRequest("POST", pay, "{}", {{"Content-Type", "application/json"}}).status / 100, 2);
        const PingResponse paid = await([&](auto cb) { m_client->getPaymentLink(linkId, cb); });
        QCOMPARE(PingJson::paymentLinkInfo(paid.body.toObject()).status, u"COMPLETED"_s);

        const PingResponse closed = await([&](auto cb) { m_client->closePaymentOrder(orderId, cb); });
        QVERIFY2(closed.ok(), qPrintable(closed.message()));
        QCOMPARE(closed.httpStatus, 204);
        const PingResponse orderNow = await([&](auto cb) { m_client->getPaymentOrder(orderId, cb); });
        QCOMPARE(orderNow.body[u"status"_s].toString(), u"CLOSED"_s);
    }

    void validationErrorSurfacesPropertyAndDescription()
    {
        const PingResponse order = await([&](auto cb) { m_client->createPaymentOrder(cb); });
        QVERIFY(order.ok());
        PaymentLinkRequest bad = linkRequest(order.body[u"id"_s].toString());
        bad.items[0].quantity = 0;
        bad.items[1].vatBasisPoints = 1700; // 17 % is no Swedish rate
        bad.currency.clear();
        const PingResponse r = await([&](auto cb) { m_client->createPaymentLink(bad, cb); });
        QCOMPARE(r.httpStatus, 422);
        QCOMPARE(r.outcome, PingResponse::Outcome::Rejected);
        QStringList properties;
        for (const ApiError &e : r.errors) {
            QVERIFY2(!e.description.isEmpty(), qPrintable(e.property));
            properties.append(e.property);
        }
        QVERIFY2(properties.contains(u"currency"_s),
                 qPrintable(properties.join(u','))); // all bad fields, not the first
        QVERIFY2(properties.contains(u"items[0].quantity"_s) || properties.contains(u"items.0.quantity"_s),
                 qPrintable(properties.join(u',')));
        QVERIFY(r.message().contains(u"currency"_s));
    }

    void unknownTenantIsRefusedNotRetried()
    {
        PingClient other;
        PingConfig config = m_client->config();
        config.tenantId = u"00000000-0000-4000-8000-000000000000"_s;
        other.setConfig(config);
        const PingResponse r = await([&](auto cb) { other.createPaymentOrder(cb); });
        QCOMPARE(r.httpStatus, 403);
        QCOMPARE(r.outcome, PingResponse::Outcome::Rejected);
        QVERIFY(!r.message().isEmpty());
    }

    void unreachableServerIsRetryable()
    {
        PingClient other;
        PingConfig config = m_client->config();
        config = PingConfig::forOrigin(QUrl(u"http://127.0.0.1:1"_s));
        config.tenantId = u"t"_s;
        other.setConfig(config);
        const PingResponse r = await([&](auto cb) { other.ping(cb); });
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.outcome, PingResponse::Outcome::Retryable);
    }
};

QTEST_GUILESS_MAIN(TestPingClient)
#include "tst_pingclient.moc"
