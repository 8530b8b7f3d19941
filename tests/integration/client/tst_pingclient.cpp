#include "httpclient.h"
#include "ping/pingclient.h"
#include "sandboxprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
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
                     PaymentMethodChoice {u"payment_iq"_s, u"card"_s, {}}};
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

    // The checkout addresses a seller types for a custom service: origins only, each one trusted.
    void checkoutOriginsAreReadAsTypedAndTrustedExactly()
    {
        QString problem;
        const QList<QUrl> origins = PingConfig::checkoutOriginsFrom(
            u" https://Kassa.example.net/pay, https://kassa.example.net:8443 https://kassa.example.net "_s, &problem);
        QCOMPARE(problem, QString());
        QCOMPARE(origins,
                 (QList<QUrl> {QUrl(u"https://kassa.example.net"_s), QUrl(u"https://kassa.example.net:8443"_s)}));
        PingConfig c = PingConfig::forOrigin(QUrl(u"https://api.example.net"_s));
        QVERIFY(!c.trustsCheckout(QUrl(u"https://kassa.example.net/checkout/1"_s)));
        c.checkoutOrigins = origins;
        QVERIFY(c.trustsCheckout(QUrl(u"https://kassa.example.net/checkout/1"_s)));
        QVERIFY(c.trustsCheckout(QUrl(u"https://kassa.example.net:8443/checkout/1"_s)));
        QVERIFY(!c.trustsCheckout(QUrl(u"https://kassa.example.net:9000/checkout/1"_s)));
        QVERIFY(!c.trustsCheckout(QUrl(u"http://kassa.example.net/checkout/1"_s)));
        QVERIFY(!c.trustsCheckout(QUrl(u"https://other.example.net/checkout/1"_s)));

        QCOMPARE(PingConfig::checkoutOriginsFrom(QString(), &problem), QList<QUrl>());
        QCOMPARE(problem, QString());
        QCOMPARE(PingConfig::checkoutOriginsFrom(u"http://127.0.0.1:8080"_s, &problem),
                 QList<QUrl> {QUrl(u"http://127.0.0.1:8080"_s)});
        for (const QString &wrong : {u"kassa.example.net"_s, u"http://kassa.example.net"_s, u"javascript:alert(1)"_s,
                                     u"https://user@kassa.example.net"_s, u"https://"_s}) {
            QVERIFY2(PingConfig::checkoutOriginsFrom(u"https://ok.example.net "_s + wrong, &problem).isEmpty(),
                     qPrintable(wrong));
            QVERIFY2(problem.contains(u'"' + wrong + u'"'), qPrintable(problem));
        }
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
        QVERIFY(info.status == LinkStatus::Created);
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
        QVERIFY(PingJson::paymentLinkInfo(paid.body.toObject()).status == LinkStatus::Completed);

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

    // The sandbox's admin API stands in for the payer.
    HttpResult admin(const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(u"/_sandbox"_s + path);
        return httpRequest("POST", url, QJsonDocument(body).toJson(), {{"Content-Type", "application/json"}});
    }

    QString paidLink(QString *orderId)
    {
        *orderId = await([&](auto cb) { m_client->createPaymentOrder(cb); }).body[u"id"_s].toString();
        const QString link =
            await([&](auto cb) { m_client->createPaymentLink(linkRequest(*orderId), cb); }).body[u"id"_s].toString();
        return admin(u"/payment_links/%1/pay"_s.arg(link)).json()[u"payment_id"_s].toString();
    }

    void flatErrorsShowTheirDescription()
    {
        // 404 and 403 of the Payment Links API come flat in the current revision; both read the same.
        const PingResponse missing =
            await([&](auto cb) { m_client->getPaymentLink(u"00000000-0000-4000-8000-000000000000"_s, cb); });
        QCOMPARE(missing.httpStatus, 404);
        QCOMPARE(missing.errors.size(), 1);
        QCOMPARE(missing.errors.first().error, u"not_found"_s);
        QVERIFY2(missing.message().contains(u"Payment link not found"_s), qPrintable(missing.message()));

        const QString orderId = await([&](auto cb) { m_client->createPaymentOrder(cb); }).body[u"id"_s].toString();
        const QString link =
            await([&](auto cb) { m_client->createPaymentLink(linkRequest(orderId), cb); }).body[u"id"_s].toString();
        QVERIFY(await([&](auto cb) { m_client->cancelPaymentLink(link, cb); }).ok());
        const PingResponse again = await([&](auto cb) { m_client->cancelPaymentLink(link, cb); });
        QCOMPARE(again.httpStatus, 403);
        QVERIFY2(again.message().contains(u"cannot be cancelled"_s), qPrintable(again.message()));
        QVERIFY2(!again.message().contains(u"tenant ID"_s), qPrintable(again.message()));
    }

    void tenantNamesItsMethods()
    {
        const PingResponse tenant = await([&](auto cb) { m_client->getTenant(cb); });
        QVERIFY2(tenant.ok(), qPrintable(tenant.message()));
        const QList<PaymentMethodChoice> methods = PingJson::tenantMethods(tenant.body.toObject());
        QVERIFY(std::any_of(methods.cbegin(), methods.cend(), [](const PaymentMethodChoice &m) {
            return m.provider == u"swish"_s && m.method == u"e_commerce"_s;
        }));
    }

    void orderListIsFollowedThroughItsPages()
    {
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-1);
        QStringList made;
        for (int i = 0; i < 5; ++i)
            made.append(await([&](auto cb) { m_client->createPaymentOrder(cb); }).body[u"id"_s].toString());
        m_client->setListPageSize(2); // five orders: three pages
        const PingResponse list =
            await([&](auto cb) { m_client->listPaymentOrders(from, QDateTime::currentDateTimeUtc().addSecs(1), cb); });
        m_client->setListPageSize(100);
        QVERIFY2(list.ok(), qPrintable(list.message()));
        QStringList seen;
        for (const QJsonValue &order : list.body.toArray())
            seen.append(order[u"id"_s].toString());
        for (const QString &id : std::as_const(made))
            QVERIFY2(seen.count(id) == 1, qPrintable(seen.join(u',')));
    }

    void refundOnceThenRefusedWithItsReason()
    {
        QString orderId;
        const QString paymentId = paidLink(&orderId);
        QVERIFY(!paymentId.isEmpty());
        const auto refund = [&](qint64 amount) {
            return await([&](auto cb) {
                m_client->refundPayment(orderId, paymentId, amount, u"SEK"_s, RefundReason::RequestedByCustomer,
                                        u"Retur"_s, cb);
            });
        };
        const PingResponse part = refund(100);
        QCOMPARE(part.outcome, PingResponse::Outcome::Rejected);
        QVERIFY2(part.message().contains(u"amount"_s), qPrintable(part.message()));
        const PingResponse done = refund(2 * 8900 + 24900);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        const PingResponse payment = await([&](auto cb) { m_client->getPayment(orderId, paymentId, cb); });
        QCOMPARE(PingJson::paymentInfo(payment.body.toObject()).refundCount, 1);
        const PingResponse twice = refund(2 * 8900 + 24900);
        QCOMPARE(twice.httpStatus, 403);
        QVERIFY2(twice.message().contains(u"already been refunded"_s), qPrintable(twice.message()));
    }

    void swedishPhoneGoesOutInNationalForm()
    {
        QCOMPARE(PingJson::apiPhone(u"+46701234567"_s), u"0701234567"_s);
        QCOMPARE(PingJson::apiPhone(u"+4791234567"_s), u"+4791234567"_s);
        const QString orderId = await([&](auto cb) { m_client->createPaymentOrder(cb); }).body[u"id"_s].toString();
        const QString link =
            await([&](auto cb) { m_client->createPaymentLink(linkRequest(orderId), cb); }).body[u"id"_s].toString();
        QVERIFY(
            await([&](auto cb) { m_client->distributePaymentLink(link, {u"sms"_s}, u"+46701234567"_s, {}, cb); }).ok());
        QUrl url = m_sandbox.baseUrl();
        url.setPath(u"/_sandbox/outbox"_s);
        url.setQuery(u"payment_link_id="_s + link);
        const QJsonArray messages = httpRequest("GET", url).json()[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0)[u"to"_s].toString(), u"0701234567"_s);
        // Delivered, as the current revision spells it ("DELIVERD"), reads as one status.
        QCOMPARE(admin(u"/sms"_s, QJsonObject {{u"delay_ms"_s, 0}}).status, 200);
        const PingResponse sent = await([&](auto cb) { m_client->getPaymentLink(link, cb); });
        QCOMPARE(sent.body[u"sms_status"_s].toString(), u"DELIVERD"_s);
        QVERIFY(PingJson::paymentLinkInfo(sent.body.toObject()).smsStatus == SmsStatus::Delivered);
        QCOMPARE(admin(u"/sms"_s, QJsonObject {{u"delay_ms"_s, 3000}}).status, 200);
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
