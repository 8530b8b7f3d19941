// One test per fault kind of POST /_sandbox/faults, each showing the fault happens as configured
// (and only where targeted), plus the fault API itself.

#include "contracttarget.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kOrders = u"/payments/api/v1/payment_orders"_s;
const QString kLinks = u"/payment_links/api/v1/payment_links"_s;
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void faultApi();
    void latency();
    void status_data();
    void status();
    void statusShare();
    void rateLimit();
    void dropBeforeApply();
    void dropAfterApply();
    void dropAfterApplyThroughQNetworkAccessManager();
    void slowDrip();
    void malformedJson();
    void targetingByEndpoint();

private:
    QJsonObject addFault(const QJsonObject &fault);
    qsizetype linkCount() const { return m_target.call("GET", kLinks).json().array().size(); }
    RawHttpResult rawCall(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const;

    ContractTarget m_target;
};

void TestSandboxFaults::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("STALLPAY_CONTRACT_BASE_URL"))
        QSKIP("fault injection needs ping-sandbox itself");
    QString error;
    QVERIFY2(m_target.start(&error, {u"--seed"_s, u"42"_s}), qPrintable(error));
}

void TestSandboxFaults::init()
{
    QCOMPARE(m_target.admin("DELETE", u"/faults"_s).status, 204);
}

QJsonObject TestSandboxFaults::addFault(const QJsonObject &fault)
{
    const HttpResult result = m_target.admin("POST", u"/faults"_s, fault);
    if (result.status != 200)
        qWarning() << "fault not added:" << result.status << result.body;
    return result.json().object();
}

RawHttpResult TestSandboxFaults::rawCall(const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    QList<std::pair<QByteArray, QByteArray>> headers {{"tenant_id"_ba, m_target.tenantId().toUtf8()}};
    QByteArray payload;
    if (!body.isEmpty()) {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        headers.append({"Content-Type"_ba, "application/json"_ba});
    }
    return rawHttpRequest(m_target.url(path), method, payload, headers);
}

void TestSandboxFaults::faultApi()
{
    const HttpResult bad =
        m_target.admin("POST", u"/faults"_s, QJsonObject {{u"kind"_s, u"gremlins"_s}, {u"probability"_s, 2}});
    QCOMPARE(bad.status, 422);
    QVERIFY(ContractTarget::hasError(bad, u"kind"_s));
    QVERIFY(ContractTarget::hasError(bad, u"probability"_s));
    QVERIFY(ContractTarget::hasError(m_target.admin("POST", u"/faults"_s, QJsonObject {{u"kind"_s, u"latency"_s}}),
                                     u"ms"_s));
    QVERIFY(ContractTarget::hasError(
        m_target.admin("POST", u"/faults"_s, QJsonObject {{u"kind"_s, u"status"_s}, {u"status"_s, 404}}), u"status"_s));

    const QJsonObject a = addFault({{u"kind"_s, u"status"_s},
                                    {u"status"_s, 503},
                                    {u"count"_s, 2},
                                    {u"endpoint"_s, u"GET /payments/api/v1/ping"_s}});
    const QJsonObject b = addFault({{u"kind"_s, u"latency"_s}, {u"ms"_s, 10}});
    QVERIFY(!a[u"id"_s].toString().isEmpty());
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/ping"_s).status, 503);
    const QJsonArray faults = m_target.admin("GET", u"/faults"_s).json()[u"faults"_s].toArray();
    QCOMPARE(faults.size(), 2);
    QCOMPARE(faults.at(0)[u"fired"_s].toInt(), 1);
    QCOMPARE(faults.at(0)[u"count"_s].toInt(), 1); // one left
    QCOMPARE(m_target.admin("DELETE", u"/faults/"_s + a[u"id"_s].toString()).status, 204);
    QCOMPARE(m_target.admin("DELETE", u"/faults/"_s + a[u"id"_s].toString()).status, 404);
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/ping"_s).status, 200);
    QCOMPARE(m_target.admin("GET", u"/faults"_s).json()[u"faults"_s].toArray().size(), 1);
    QCOMPARE(b[u"kind"_s].toString(), u"latency"_s);
}

void TestSandboxFaults::latency()
{
    addFault({{u"kind"_s, u"latency"_s}, {u"ms"_s, 600}, {u"endpoint"_s, u"GET "_s + kOrders}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_target.call("GET", kOrders).status, 200);
    QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    QCOMPARE(m_target.call("GET", kLinks).status, 200); // not targeted
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
}

void TestSandboxFaults::status_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TestSandboxFaults::status()
{
    QFETCH(int, code);
    const qsizetype before = m_target.call("GET", kOrders).json().array().size();
    addFault({{u"kind"_s, u"status"_s}, {u"status"_s, code}, {u"count"_s, 1}, {u"endpoint"_s, u"POST "_s + kOrders}});
    const HttpResult failed = m_target.call(
        "POST", kOrders, QJsonObject {{u"split_tree_id"_s, m_target.splitTreeId()}, {u"currency"_s, u"SEK"_s}});
    QCOMPARE(failed.status, code);
    QCOMPARE(m_target.call("GET", kOrders).json().array().size(), before); // not applied
    QVERIFY(!m_target.createOrder().isEmpty()); // count used up
    QCOMPARE(m_target.call("GET", kOrders).json().array().size(), before + 1);
}

void TestSandboxFaults::statusShare()
{
    addFault({{u"kind"_s, u"status"_s}, {u"status"_s, 500}, {u"share"_s, 0.5}, {u"endpoint"_s, u"GET "_s + kLinks}});
    int failures = 0;
    for (int i = 0; i < 40; ++i) {
        const int status = m_target.call("GET", kLinks).status;
        QVERIFY(status == 200 || status == 500);
        failures += status == 500 ? 1 : 0;
    }
    QVERIFY2(failures >= 8 && failures <= 32, qPrintable(QString::number(failures)));
}

void TestSandboxFaults::rateLimit()
{
    const qsizetype before = linkCount();
    addFault(
        {{u"kind"_s, u"rate_limit"_s}, {u"retry_after"_s, 7}, {u"count"_s, 1}, {u"endpoint"_s, u"POST "_s + kLinks}});
    const QString order = m_target.createOrder(); // not targeted
    QVERIFY(!order.isEmpty());
    const HttpResult result = m_target.call("POST", kLinks, m_target.linkBody(order));
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), "7"_ba);
    QVERIFY(!result.json()[u"errors"_s].toArray().isEmpty());
    QCOMPARE(linkCount(), before); // not applied
    QCOMPARE(m_target.call("POST", kLinks, m_target.linkBody(order)).status, 200);
}

void TestSandboxFaults::dropBeforeApply()
{
    const QString order = m_target.createOrder();
    const qsizetype before = linkCount();
    addFault({{u"kind"_s, u"drop_before_apply"_s}, {u"count"_s, 1}, {u"endpoint"_s, u"POST "_s + kLinks}});
    const RawHttpResult result = rawCall("POST", kLinks, m_target.linkBody(order));
    QVERIFY(result.closedByPeer);
    QCOMPARE(result.status, 0);
    QVERIFY(result.received.isEmpty());
    QCOMPARE(linkCount(), before); // nothing was created
}

void TestSandboxFaults::dropAfterApply()
{
    const QString order = m_target.createOrder();
    const qsizetype before = linkCount();
    addFault({{u"kind"_s, u"drop_after_apply"_s}, {u"count"_s, 1}, {u"endpoint"_s, u"POST "_s + kLinks}});
    const RawHttpResult result = rawCall("POST", kLinks, m_target.linkBody(order));
    QVERIFY(result.closedByPeer);
    QCOMPARE(result.status, 0);
    QCOMPARE(linkCount(), before + 1); // the classic lost response: applied, never answered
    bool found = false;
    for (const QJsonValue &link : m_target.call("GET", kLinks).json().array())
        found = found || link[u"payment_order_id"_s].toString() == order;
    QVERIFY(found);
}

void TestSandboxFaults::dropAfterApplyThroughQNetworkAccessManager()
{
    // QNetworkAccessManager resends a request once by itself when the connection closes before
    // any response byte, even a POST. So one dropped response is invisible to the app and the
    // request is applied twice; the app sees the loss only when every resend is dropped too.
    const QString order = m_target.createOrder();
    qsizetype before = linkCount();
    addFault({{u"kind"_s, u"drop_after_apply"_s}, {u"count"_s, 1}, {u"endpoint"_s, u"POST "_s + kLinks}});
    const HttpResult hidden = m_target.call("POST", kLinks, m_target.linkBody(order));
    QCOMPARE(hidden.status, 200); // the resend got an answer...
    QCOMPARE(linkCount(), before + 2); // ...and the link exists twice

    before = linkCount();
    addFault({{u"kind"_s, u"drop_after_apply"_s}, {u"count"_s, 5}, {u"endpoint"_s, u"POST "_s + kLinks}});
    const HttpResult lost = m_target.call("POST", kLinks, m_target.linkBody(order));
    QCOMPARE(lost.status, 0);
    QVERIFY(!lost.networkError.isEmpty());
    QCOMPARE(linkCount(), before + 2); // first send and the one resend, both applied
}

void TestSandboxFaults::slowDrip()
{
    const QString id = m_target.createLink(m_target.createOrder());
    addFault({{u"kind"_s, u"slow_drip"_s},
              {u"bytes"_s, 64},
              {u"interval_ms"_s, 40},
              {u"count"_s, 1},
              {u"endpoint"_s, u"GET "_s + kLinks + u"/{id}"_s}});
    QElapsedTimer timer;
    timer.start();
    const RawHttpResult result = rawCall("GET", kLinks + u'/' + id);
    QCOMPARE(result.status, 200);
    const qsizetype chunks = (result.body.size() + 63) / 64;
    QVERIFY2(chunks >= 5, qPrintable(QString::number(result.body.size())));
    QVERIFY2(timer.elapsed() >= (chunks - 1) * 40 * 8 / 10, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.arrivalMs.size() >= 3, "the body should arrive in several pieces");
    QCOMPARE(QJsonDocument::fromJson(result.body)[u"payment_link_id"_s].toString(), id); // complete in the end
}

void TestSandboxFaults::malformedJson()
{
    const QString order = m_target.createOrder();
    addFault({{u"kind"_s, u"malformed_json"_s}, {u"count"_s, 1}, {u"endpoint"_s, u"GET "_s + kOrders + u"/*"_s}});
    const HttpResult broken = m_target.call("GET", kOrders + u'/' + order);
    QCOMPARE(broken.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(broken.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    const HttpResult fine = m_target.call("GET", kOrders + u'/' + order);
    QCOMPARE(fine.json()[u"id"_s].toString(), order);
}

void TestSandboxFaults::targetingByEndpoint()
{
    addFault({{u"kind"_s, u"status"_s},
              {u"status"_s, 502},
              {u"endpoint"_s, u"PUT /payment_links/api/v1/payment_links/*/cancel"_s}});
    addFault({{u"kind"_s, u"status"_s}, {u"status"_s, 500}, {u"endpoint"_s, u"/payments/**"_s}});
    const QString id = m_target.createLink(u"00000000-0000-4000-8000-000000000000"_s); // 403, no fault on POST links
    QVERIFY(id.isEmpty());
    QCOMPARE(m_target.call("GET", kLinks).status, 200);
    QCOMPARE(m_target.call("PUT", kLinks + u"/00000000-0000-4000-8000-000000000000/cancel"_s).status, 502);
    QCOMPARE(m_target.call("GET", kOrders).status, 500);
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/ping"_s).status, 500);
    QCOMPARE(m_target.admin("GET", u"/account"_s).status, 200); // the admin API is never faulted
    QCOMPARE(m_target.admin("DELETE", u"/faults"_s).status, 204);
    QCOMPARE(m_target.call("GET", kOrders).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
