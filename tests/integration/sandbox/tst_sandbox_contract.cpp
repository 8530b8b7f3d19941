#include "tst_sandbox_contract.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kOrders = u"/payments/api/v1/payment_orders"_s;
}

void TestSandboxContract::initTestCase()
{
    QString error;
    QVERIFY2(m_target.start(&error), qPrintable(error));
}

void TestSandboxContract::requireAdmin()
{
    if (m_target.external())
        QSKIP(ContractTarget::kNoAdmin);
}

void TestSandboxContract::pingBothApis()
{
    for (const QString &api : {u"/payments"_s, u"/payment_links"_s}) {
        const HttpResult result = m_target.call("GET", api + u"/api/v1/ping"_s);
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.trimmed().toLower().startsWith("pong"));
    }
}

void TestSandboxContract::tenantHeaderRequired_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("payment orders") << kOrders;
    QTest::newRow("payment links") << u"/payment_links/api/v1/payment_links"_s;
    QTest::newRow("merchants") << u"/payments/api/v1/merchants"_s;
}

void TestSandboxContract::tenantHeaderRequired()
{
    QFETCH(QString, path);
    const HttpResult missing = m_target.raw("GET", path, {}, {{"Accept"_ba, "application/json"_ba}});
    QCOMPARE(missing.status, 403);
    QVERIFY2(ContractTarget::hasError(missing, u"tenant_id"_s), missing.body.constData());

    const HttpResult unknown = m_target.raw(
        "GET", path, {},
        {{"tenant_id"_ba, "00000000-0000-4000-8000-000000000000"_ba}, {"Accept"_ba, "application/json"_ba}});
    QCOMPARE(unknown.status, 403);
    QVERIFY(!unknown.json()[u"errors"_s].toArray().isEmpty());
}

void TestSandboxContract::unknownEndpointAndMethod()
{
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/no_such_thing"_s).status, 404);
    const HttpResult wrongMethod = m_target.call("DELETE", kOrders);
    QVERIFY2(wrongMethod.status == 405 || wrongMethod.status == 404, wrongMethod.body.constData());
}

void TestSandboxContract::unreadableBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed json") << "{\"currency\": \"SEK\","_ba
                                    << "application/json"_ba << 400;
    QTest::newRow("not an object") << "[1, 2]"_ba
                                   << "application/json"_ba << 422;
    QTest::newRow("text/plain") << "currency=SEK"_ba
                                << "text/plain"_ba << 415;
    QTest::newRow("form") << "currency=SEK"_ba
                          << "application/x-www-form-urlencoded"_ba << 415;
    QTest::newRow("huge") << QByteArray(3 * 1024 * 1024, ' ') + "{}"
                          << "application/json"_ba << 413;
}

void TestSandboxContract::unreadableBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    const HttpResult result = m_target.raw(
        "POST", kOrders, body, {{"tenant_id"_ba, m_target.tenantId().toUtf8()}, {"Content-Type"_ba, contentType}});
    QCOMPARE(result.status, status);
    QVERIFY2(!result.json()[u"errors"_s].toArray().isEmpty(), result.body.left(300).constData());
    // The server is still there afterwards.
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/ping"_s).status, 200);
}

void TestSandboxContract::accountMatchesStartup()
{
    requireAdmin();
    const HttpResult result = m_target.admin("GET", u"/account"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()[u"tenant_id"_s].toString(), m_target.tenantId());
    QCOMPARE(result.json()[u"merchant_id"_s].toString(), m_target.merchantId());
    QCOMPARE(result.json()[u"split_tree_id"_s].toString(), m_target.splitTreeId());
}

void TestSandboxContract::apiSecretCheckedWhenConfigured()
{
    requireAdmin();
    const QString tenant = u"11111111-2222-4333-8444-555555555555"_s;
    SandboxProcess secured;
    QString error;
    QVERIFY2(secured.start({u"--api-secret"_s, u"s3cret"_s, u"--tenant-id"_s, tenant}, &error), qPrintable(error));
    QCOMPARE(secured.tenantId(), tenant);
    QUrl url = secured.baseUrl();
    url.setPath(kOrders);
    QCOMPARE(httpRequest("GET", url, {}, {{"tenant_id"_ba, tenant.toUtf8()}}).status, 401);
    QCOMPARE(httpRequest("GET", url, {}, {{"tenant_id"_ba, tenant.toUtf8()}, {"x-api-secret"_ba, "wrong"_ba}}).status,
             401);
    QCOMPARE(httpRequest("GET", url, {}, {{"tenant_id"_ba, tenant.toUtf8()}, {"x-api-secret"_ba, "s3cret"_ba}}).status,
             200);
}

void TestSandboxContract::merchants()
{
    const HttpResult list = m_target.call("GET", u"/payments/api/v1/merchants"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(list.json().isArray());
    bool found = false;
    for (const QJsonValue &merchant : list.json().array())
        found = found || merchant[u"id"_s].toString() == m_target.merchantId();
    QVERIFY(found);

    const HttpResult bad =
        m_target.call("POST", u"/payments/api/v1/merchants"_s,
                      QJsonObject {{u"organization"_s,
                                    QJsonObject {{u"country"_s, u"SE"_s}, {u"se_organization_number"_s, u"55-5"_s}}}});
    QCOMPARE(bad.status, 422);
    QVERIFY(ContractTarget::hasError(bad, u"name"_s));
    QVERIFY(ContractTarget::hasError(bad, u"organization.se_organization_number"_s));

    const HttpResult created = m_target.call(
        "POST", u"/payments/api/v1/merchants"_s,
        QJsonObject {{u"name"_s, u"Kaffevagnen"_s},
                     {u"organization"_s,
                      QJsonObject {{u"country"_s, u"SE"_s}, {u"se_organization_number"_s, u"5555555555"_s}}}});
    QCOMPARE(created.status, 200);
    const QString id = created.json()[u"id"_s].toString();
    const HttpResult got = m_target.call("GET", u"/payments/api/v1/merchants/"_s + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json()[u"name"_s].toString(), u"Kaffevagnen"_s);
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/merchants/not-a-uuid"_s).status, 422);
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/merchants/00000000-0000-4000-8000-000000000000"_s).status, 404);
}

void TestSandboxContract::createAndGetPaymentOrder()
{
    const HttpResult created = m_target.call(
        "POST", kOrders, QJsonObject {{u"split_tree_id"_s, m_target.splitTreeId()}, {u"currency"_s, u"SEK"_s}});
    QCOMPARE(created.status, 200);
    const QString id = created.json()[u"id"_s].toString();
    QVERIFY(!QUuid::fromString(id).isNull());

    const HttpResult got = m_target.call("GET", kOrders + u'/' + id);
    QCOMPARE(got.status, 200);
    const QJsonObject order = got.json().object();
    QCOMPARE(order[u"id"_s].toString(), id);
    QCOMPARE(order[u"status"_s].toString(), u"OPEN"_s);
    QCOMPARE(order[u"currency"_s].toString(), u"SEK"_s);
    QVERIFY(order[u"payments"_s].isArray());
    QVERIFY(QDateTime::fromString(order[u"created_at"_s].toString().left(19), Qt::ISODate).isValid());
}

void TestSandboxContract::createPaymentOrderValidation()
{
    const HttpResult empty = m_target.call("POST", kOrders, QJsonObject {});
    QCOMPARE(empty.status, 422);
    QVERIFY(ContractTarget::hasError(empty, u"split_tree_id"_s));
    QVERIFY(ContractTarget::hasError(empty, u"currency"_s));

    const HttpResult bad =
        m_target.call("POST", kOrders, QJsonObject {{u"split_tree_id"_s, u"not-a-uuid"_s}, {u"currency"_s, u""_s}});
    QCOMPARE(bad.status, 422);
    QVERIFY(ContractTarget::hasError(bad, u"split_tree_id"_s));
    QVERIFY(ContractTarget::hasError(bad, u"currency"_s));

    const HttpResult types =
        m_target.call("POST", kOrders, QJsonObject {{u"split_tree_id"_s, 42}, {u"currency"_s, QJsonValue::Null}});
    QCOMPARE(types.status, 422);
    QVERIFY(ContractTarget::hasError(types, u"split_tree_id"_s));
    QVERIFY(ContractTarget::hasError(types, u"currency"_s));

    // Unknown fields are ignored, as the real API does.
    const HttpResult extra = m_target.call("POST", kOrders,
                                           QJsonObject {{u"split_tree_id"_s, m_target.splitTreeId()},
                                                        {u"currency"_s, u"NOK"_s},
                                                        {u"colour"_s, u"green"_s}});
    QCOMPARE(extra.status, 200);
}

void TestSandboxContract::listPaymentOrdersWithRange()
{
    const QString id = m_target.createOrder();
    QVERIFY(!id.isEmpty());
    const auto contains = [&](const HttpResult &result) {
        for (const QJsonValue &order : result.json().array()) {
            if (order[u"id"_s].toString() == id)
                return true;
        }
        return false;
    };
    const HttpResult all = m_target.call("GET", kOrders);
    QCOMPARE(all.status, 200);
    QVERIFY(contains(all));
    const QString past = QDateTime::currentDateTimeUtc().addYears(-5).toString(Qt::ISODate);
    const QString future = QDateTime::currentDateTimeUtc().addYears(5).toString(Qt::ISODate);
    QVERIFY(contains(m_target.call("GET", kOrders + u"?from="_s + past + u"&to="_s + future)));
    QVERIFY(!contains(m_target.call("GET", kOrders + u"?to="_s + past)));
    const HttpResult bad = m_target.call("GET", kOrders + u"?from=yesterday"_s);
    QCOMPARE(bad.status, 422);
    QVERIFY(ContractTarget::hasError(bad, u"from"_s));
}

void TestSandboxContract::updatePaymentOrder()
{
    const QString id = m_target.createOrder();
    QCOMPARE(
        m_target.call("PUT", kOrders + u'/' + id, QJsonObject {{u"split_tree_id"_s, m_target.splitTreeId()}}).status,
        204);
    const HttpResult bad = m_target.call("PUT", kOrders + u'/' + id, QJsonObject {{u"split_tree_id"_s, 7}});
    QCOMPARE(bad.status, 422);
    QVERIFY(ContractTarget::hasError(bad, u"split_tree_id"_s));
    QCOMPARE(m_target
                 .call("PUT", kOrders + u"/00000000-0000-4000-8000-000000000000"_s,
                       QJsonObject {{u"split_tree_id"_s, m_target.splitTreeId()}})
                 .status,
             404);
}

void TestSandboxContract::closePaymentOrder()
{
    const QString id = m_target.createOrder();
    const HttpResult closed = m_target.call("PUT", kOrders + u'/' + id + u"/close"_s);
    QCOMPARE(closed.status, 204);
    QVERIFY(closed.body.isEmpty());
    QCOMPARE(m_target.call("GET", kOrders + u'/' + id).json()[u"status"_s].toString(), u"CLOSED"_s);
    QCOMPARE(m_target.call("PUT", kOrders + u'/' + id + u"/close"_s).status, 403);
    QCOMPARE(m_target.call("PUT", kOrders + u"/00000000-0000-4000-8000-000000000000/close"_s).status, 404);
    const HttpResult badId = m_target.call("PUT", kOrders + u"/1234/close"_s);
    QCOMPARE(badId.status, 422);
    QVERIFY(ContractTarget::hasError(badId, u"payment_order_id"_s));
}

void TestSandboxContract::splitAndSettle()
{
    const QString id = m_target.createOrder();
    QCOMPARE(m_target.call("PUT", kOrders + u'/' + id + u"/split"_s).status, 403); // still OPEN
    QCOMPARE(m_target.call("PUT", kOrders + u'/' + id + u"/settle"_s).status, 403);
    QCOMPARE(
        m_target.call("PUT", kOrders + u'/' + id + u"/split"_s, QJsonObject {{u"fast_forward"_s, u"yes"_s}}).status,
        422);
    QCOMPARE(m_target.call("PUT", kOrders + u'/' + id + u"/split"_s, QJsonObject {{u"fast_forward"_s, true}}).status,
             204);
    QCOMPARE(m_target.call("GET", kOrders + u'/' + id).json()[u"status"_s].toString(), u"SPLIT"_s);
    QCOMPARE(m_target.call("PUT", kOrders + u'/' + id + u"/settle"_s).status, 204);
    QCOMPARE(m_target.call("GET", kOrders + u'/' + id).json()[u"status"_s].toString(), u"SETTLED"_s);
    QCOMPARE(m_target.call("PUT", kOrders + u'/' + id + u"/settle"_s).status, 403);

    const QString other = m_target.createOrder();
    QCOMPARE(
        m_target.call("PUT", kOrders + u'/' + other + u"/settle"_s, QJsonObject {{u"fast_forward"_s, true}}).status,
        204);
    QCOMPARE(m_target.call("GET", kOrders + u'/' + other).json()[u"status"_s].toString(), u"SETTLED"_s);
}

namespace {
QJsonObject dummyPayment(const QString &merchant, const QString &status, qint64 amount = 5000)
{
    return {{u"currency"_s, u"SEK"_s},
            {u"provider"_s, u"dummy"_s},
            {u"method"_s, u"dummy"_s},
            {u"total_amount"_s, amount},
            {u"order_items"_s,
             QJsonArray {QJsonObject {
                 {u"amount"_s, 5000}, {u"merchant_id"_s, merchant}, {u"name"_s, u"Honung"_s}, {u"vat_rate"_s, 12}}}},
            {u"provider_method_parameters"_s, QJsonObject {{u"desired_payment_status"_s, status}}}};
}
} // namespace

void TestSandboxContract::dummyPayments_data()
{
    QTest::addColumn<QString>("status");
    for (const char *status : {"COMPLETED", "DECLINED", "PENDING", "CRASHED", "ABORTED", "EXPIRED", "INITIATED"})
        QTest::newRow(status) << QString::fromLatin1(status);
}

void TestSandboxContract::dummyPayments()
{
    QFETCH(QString, status);
    const QString order = m_target.createOrder();
    const HttpResult created =
        m_target.call("POST", kOrders + u'/' + order + u"/payments"_s, dummyPayment(m_target.merchantId(), status));
    QCOMPARE(created.status, 200);
    const QString id = created.json()[u"id"_s].toString();
    QVERIFY(created.json()[u"provider_method_response"_s].isObject());
    const HttpResult got = m_target.call("GET", kOrders + u'/' + order + u"/payments/"_s + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json()[u"status"_s].toString(), status);
    QCOMPARE(got.json()[u"total_amount"_s].toInteger(), 5000);
    const QJsonArray payments = m_target.call("GET", kOrders + u'/' + order).json()[u"payments"_s].toArray();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.at(0)[u"status"_s].toString(), status);
    QCOMPARE(m_target.call("GET", kOrders + u'/' + order + u"/payments/00000000-0000-4000-8000-000000000000"_s).status,
             404);
}

void TestSandboxContract::paymentValidation()
{
    const QString order = m_target.createOrder();
    const QString path = kOrders + u'/' + order + u"/payments"_s;
    const HttpResult empty = m_target.call("POST", path, QJsonObject {});
    QCOMPARE(empty.status, 422);
    for (const QString &field : {u"currency"_s, u"provider"_s, u"method"_s, u"total_amount"_s, u"order_items"_s,
                                 u"provider_method_parameters"_s})
        QVERIFY2(ContractTarget::hasError(empty, field), qPrintable(field));

    QJsonObject noStatus = dummyPayment(m_target.merchantId(), u"COMPLETED"_s);
    noStatus[u"provider_method_parameters"_s] = QJsonObject {};
    QVERIFY(ContractTarget::hasError(m_target.call("POST", path, noStatus),
                                     u"provider_method_parameters.desired_payment_status"_s));
    const HttpResult mismatch = m_target.call("POST", path, dummyPayment(m_target.merchantId(), u"COMPLETED"_s, 4000));
    QCOMPARE(mismatch.status, 403);

    QCOMPARE(m_target.call("PUT", kOrders + u'/' + order + u"/close"_s).status, 204);
    const HttpResult closed = m_target.call("POST", path, dummyPayment(m_target.merchantId(), u"COMPLETED"_s));
    QCOMPARE(closed.status, 403);
    QCOMPARE(closed.json()[u"errors"_s][0][u"error"_s].toString(), u"payment_order_closed"_s);
}

void TestSandboxContract::payouts()
{
    const QString order = m_target.createOrder();
    QCOMPARE(
        m_target
            .call("POST", kOrders + u'/' + order + u"/payments"_s, dummyPayment(m_target.merchantId(), u"COMPLETED"_s))
            .status,
        200);
    QCOMPARE(
        m_target.call("PUT", kOrders + u'/' + order + u"/settle"_s, QJsonObject {{u"fast_forward"_s, true}}).status,
        204);
    const HttpResult list = m_target.call("GET", u"/payments/api/v1/payouts"_s);
    QCOMPARE(list.status, 200);
    QString payoutId;
    for (const QJsonValue &payout : list.json().array()) {
        if (payout[u"amount"_s].toInteger() == 5000)
            payoutId = payout[u"id"_s].toString();
    }
    QVERIFY(!payoutId.isEmpty());
    const HttpResult one = m_target.call("GET", u"/payments/api/v1/payouts/"_s + payoutId);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[u"currency"_s].toString(), u"SEK"_s);
    QVERIFY(one.json()[u"completed_at"_s].isString());
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/payouts?from=garbage"_s).status, 422);
}

QTEST_GUILESS_MAIN(TestSandboxContract)
