// bin/ping-sandbox as a program: its flags, --state across restarts and crashes, --seed,
// robustness against bad input, many clients at once, and the admin page, reset and outbox.

#include "contracttarget.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kOrders = u"/payments/api/v1/payment_orders"_s;
const QString kLinks = u"/payment_links/api/v1/payment_links"_s;
} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpVersionAndBadArguments();
    void fixedAccountIds();
    void seedMakesIdsRepeatable();
    void frozenClock();
    void stateSurvivesRestartAndCrash();
    void corruptStateFileIsRefused();
    void wrongTypesNeverCrash();
    void garbageOnTheSocket();
    void headRequests();
    void manyClientsAtOnce();
    void slowClientDoesNotBlockOthers();
    void adminPageResetAndPaymentStatus();

private:
    static int runAndWait(const QStringList &args, QByteArray *output);
    ContractTarget m_target;
    QTemporaryDir m_dir;
};

void TestSandboxProcess::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("STALLPAY_CONTRACT_BASE_URL"))
        QSKIP("these tests run bin/ping-sandbox itself");
    QString error;
    QVERIFY2(m_target.start(&error), qPrintable(error));
}

int TestSandboxProcess::runAndWait(const QStringList &args, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(SandboxProcess().program(), args);
    if (!process.waitForFinished(15000))
        return -1;
    *output = process.readAll();
    return process.exitCode();
}

void TestSandboxProcess::helpVersionAndBadArguments()
{
    QByteArray output;
    QCOMPARE(runAndWait({u"--help"_s}, &output), 0);
    for (const char *flag : {"--listen", "--state", "--seed", "--tenant-id", "--merchant-id", "--split-tree-id",
                             "--api-secret", "--public-url"})
        QVERIFY2(output.contains(flag), flag);
    QCOMPARE(runAndWait({u"--version"_s}, &output), 0);
    QVERIFY(output.contains("ping-sandbox"));
    QCOMPARE(runAndWait({u"--listen"_s, u"nowhere"_s}, &output), 2);
    QCOMPARE(runAndWait({u"--listen"_s, u"127.0.0.1:0"_s, u"--tenant-id"_s, u"tenant-1"_s}, &output), 2);
}

void TestSandboxProcess::fixedAccountIds()
{
    const QString tenant = u"3b0d7c8e-1f2a-4b5c-8d9e-0a1b2c3d4e5f"_s;
    const QString merchant = u"4c1e8d9f-2a3b-4c5d-9e0f-1a2b3c4d5e6f"_s;
    const QString tree = u"5d2f9e0a-3b4c-4d5e-8f0a-2b3c4d5e6f7a"_s;
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(
        sandbox.start({u"--tenant-id"_s, tenant, u"--merchant-id"_s, merchant, u"--split-tree-id"_s, tree}, &error),
        qPrintable(error));
    QCOMPARE(sandbox.tenantId(), tenant);
    QCOMPARE(sandbox.merchantId(), merchant);
    QCOMPARE(sandbox.splitTreeId(), tree);
    QUrl url = sandbox.baseUrl();
    QVERIFY(!url.path().endsWith(u'/'));
    url.setPath(u"/payments/api/v1/merchants/"_s + merchant);
    QCOMPARE(httpRequest("GET", url, {}, {{"tenant_id"_ba, tenant.toUtf8()}}).status, 200);
}

void TestSandboxProcess::seedMakesIdsRepeatable()
{
    const auto firstIds = [](const QString &seed, QStringList *ids) {
        SandboxProcess sandbox;
        QString error;
        if (!sandbox.start({u"--seed"_s, seed}, &error))
            return false;
        QUrl url = sandbox.baseUrl();
        url.setPath(kOrders);
        const HttpResult order = httpRequest(
            "POST", url,
            QJsonDocument(QJsonObject {{u"split_tree_id"_s, sandbox.splitTreeId()}, {u"currency"_s, u"SEK"_s}})
                .toJson(),
            {{"tenant_id"_ba, sandbox.tenantId().toUtf8()}});
        *ids = {sandbox.tenantId(), sandbox.merchantId(), sandbox.splitTreeId(), order.json()[u"id"_s].toString()};
        return true;
    };
    QStringList a, b, c;
    QVERIFY(firstIds(u"1234"_s, &a));
    QVERIFY(firstIds(u"1234"_s, &b));
    QVERIFY(firstIds(u"1235"_s, &c));
    QCOMPARE(a, b);
    QVERIFY(!a.last().isEmpty());
    QVERIFY(a.first() != c.first());
}

void TestSandboxProcess::frozenClock()
{
    ContractTarget sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, {u"--clock"_s, u"2030-01-01T09:00:00Z"_s, u"--seed"_s, u"9"_s}), qPrintable(error));
    const QString order = sandbox.createOrder();
    QCOMPARE(sandbox.call("GET", kOrders + u'/' + order).json()[u"created_at"_s].toString(),
             u"2030-01-01T09:00:00.000000Z"_s);
    QTest::qWait(1100);
    QJsonObject clock = sandbox.admin("GET", u"/clock"_s).json().object();
    QCOMPARE(clock[u"now"_s].toString(), u"2030-01-01T09:00:00.000000Z"_s);
    QVERIFY(clock[u"frozen"_s].toBool());
    clock = sandbox.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 60}}).json().object();
    QCOMPARE(clock[u"now"_s].toString(), u"2030-01-01T09:01:00.000000Z"_s);
    clock = sandbox.admin("POST", u"/clock"_s, QJsonObject {{u"now"_s, u"2030-06-01T12:00:00Z"_s}}).json().object();
    QCOMPARE(clock[u"now"_s].toString(), u"2030-06-01T12:00:00.000000Z"_s);
    clock = sandbox.admin("POST", u"/clock"_s, QJsonObject {{u"frozen"_s, false}}).json().object();
    QVERIFY(!clock[u"frozen"_s].toBool());
    QVERIFY(clock[u"now"_s].toString().startsWith(u"2030-06-01T12:00"_s)); // runs on from there
    QByteArray output;
    QCOMPARE(runAndWait({u"--listen"_s, u"127.0.0.1:0"_s, u"--clock"_s, u"soon"_s}, &output), 2);
}

void TestSandboxProcess::stateSurvivesRestartAndCrash()
{
    const QString state = m_dir.filePath(u"state.json"_s);
    ContractTarget first;
    QString error;
    QVERIFY2(first.start(&error, {u"--state"_s, state}), qPrintable(error));
    const QString order = first.createOrder();
    const QString paid = first.createLink(order);
    const QString open = first.createLink(order);
    QCOMPARE(first.admin("POST", u"/payment_links/"_s + paid + u"/pay"_s).status, 200);
    QCOMPARE(first
                 .call("PUT", kLinks + u'/' + open + u"/distribute"_s,
                       QJsonObject {{u"methods"_s, QJsonArray {u"sms"_s}}, {u"customer_phone"_s, u"0701234567"_s}})
                 .status,
             204);
    first.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 3600}});
    const QString tenant = first.tenantId();
    first.process().stop();

    ContractTarget second;
    QVERIFY2(second.start(&error, {u"--state"_s, state}), qPrintable(error));
    QCOMPARE(second.tenantId(), tenant); // the saved account wins over a fresh random one
    QCOMPARE(second.getLink(paid)[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(second.getLink(open)[u"sms_status"_s].toString(), u"DELIVERED"_s);
    QCOMPARE(second.call("GET", kOrders + u'/' + order).json()[u"payments"_s].toArray().size(), 1);
    QCOMPARE(second.admin("GET", u"/outbox"_s).json()[u"messages"_s].toArray().size(), 1);
    QVERIFY(second.admin("GET", u"/clock"_s).json()[u"offset_seconds"_s].toInteger() >= 3600);
    // Every change is on disk once it is answered, so even a crash loses nothing.
    QCOMPARE(second.call("PUT", kLinks + u'/' + open + u"/cancel"_s).status, 204);
    const QString later = second.createOrder();
    second.process().kill();

    ContractTarget third;
    QVERIFY2(third.start(&error, {u"--state"_s, state}), qPrintable(error));
    QCOMPARE(third.getLink(open)[u"status"_s].toString(), u"CANCELLED"_s);
    QCOMPARE(third.call("GET", kOrders + u'/' + later).status, 200);
    // New IDs continue the sequence instead of repeating old ones.
    QVERIFY(third.createOrder() != later);
}

void TestSandboxProcess::corruptStateFileIsRefused()
{
    const QString state = m_dir.filePath(u"corrupt.json"_s);
    QFile file(state);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    QByteArray output;
    QCOMPARE(runAndWait({u"--listen"_s, u"127.0.0.1:0"_s, u"--state"_s, state}, &output), 1);
    QVERIFY(output.contains("state file"));
}

void TestSandboxProcess::wrongTypesNeverCrash()
{
    const QString order = m_target.createOrder();
    const QString link = m_target.createLink(order);
    const QJsonObject valid = m_target.linkBody(order);
    const QJsonArray junk {123,
                           QJsonValue::Null,
                           QJsonArray {},
                           QJsonObject {},
                           u"x"_s,
                           true,
                           1e300,
                           -1,
                           0.5,
                           QJsonArray {QJsonObject {}},
                           QJsonArray {1, u"a"_s}};
    const QList<std::pair<QByteArray, QString>> endpoints {{"POST", kLinks},
                                                           {"POST", kOrders},
                                                           {"PUT", kOrders + u'/' + order},
                                                           {"PUT", kLinks + u'/' + link + u"/distribute"_s},
                                                           {"PUT", kLinks + u'/' + link + u"/invoice"_s},
                                                           {"POST", kOrders + u'/' + order + u"/payments"_s},
                                                           {"POST", u"/payments/api/v1/merchants"_s},
                                                           {"PUT", kOrders + u'/' + order + u"/split"_s}};
    int requests = 0;
    for (const auto &[method, path] : endpoints) {
        // Each field of a valid link body (and of its first item) replaced by each junk value.
        for (const QString &key : valid.keys()) {
            for (const QJsonValue &value : junk) {
                QJsonObject body = valid;
                body[key] = value;
                const HttpResult result = m_target.call(method, path, body);
                ++requests;
                QVERIFY2(result.status >= 200 && result.status < 500,
                         qPrintable(u"%1 %2 %3=%4 -> %5"_s.arg(QString::fromLatin1(method), path, key)
                                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson()))
                                        .arg(result.status)));
            }
        }
        for (const QJsonValue &value : junk) {
            QJsonObject body = valid;
            QJsonArray items = body[u"items"_s].toArray();
            QJsonObject item = items[0].toObject();
            for (const QString &key : item.keys()) {
                QJsonObject broken = item;
                broken[key] = value;
                items[0] = broken;
                body[u"items"_s] = items;
                const HttpResult result = m_target.call(method, path, body);
                ++requests;
                QVERIFY2(result.status >= 200 && result.status < 500, qPrintable(path + u' ' + key));
            }
        }
    }
    // Nesting deeper than any JSON parser takes, and binary noise.
    QByteArray deep(100000, '[');
    QCOMPARE(m_target
                 .raw("POST", kLinks, deep,
                      {{"tenant_id"_ba, m_target.tenantId().toUtf8()}, {"Content-Type"_ba, "application/json"_ba}})
                 .status,
             400);
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char(i * 7919 % 256));
    QCOMPARE(m_target
                 .raw("POST", kLinks, noise,
                      {{"tenant_id"_ba, m_target.tenantId().toUtf8()}, {"Content-Type"_ba, "application/json"_ba}})
                 .status,
             400);
    QVERIFY(requests > 500);
    QVERIFY(m_target.process().isRunning());
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/ping"_s).status, 200);
}

void TestSandboxProcess::garbageOnTheSocket()
{
    for (const QByteArray &junk :
         {"HELLO\r\n\r\n"_ba, "GET /\r\n\r\n"_ba, "\x16\x03\x01\x02\x00\x01\x00"_ba,
          "POST /payments/api/v1/payment_orders HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n{"_ba}) {
        QTcpSocket socket;
        socket.connectToHost(m_target.url({}).host(), quint16(m_target.url({}).port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(junk);
        socket.waitForBytesWritten(1000);
        socket.waitForReadyRead(300);
        socket.abort();
    }
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/ping"_s).status, 200);
    QVERIFY(m_target.process().isRunning());
}

void TestSandboxProcess::headRequests()
{
    const QString link = m_target.createLink(m_target.createOrder());
    const HttpResult get = m_target.call("GET", kLinks + u'/' + link);
    const RawHttpResult head = rawHttpRequest(m_target.url(kLinks + u'/' + link), "HEAD", {},
                                              {{"tenant_id"_ba, m_target.tenantId().toUtf8()}});
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QVERIFY(head.received.contains("Content-Length: " + QByteArray::number(get.body.size())));
}

void TestSandboxProcess::manyClientsAtOnce()
{
    const QString order = m_target.createOrder();
    const qsizetype before = m_target.call("GET", kLinks).json().array().size();
    const QByteArray body = QJsonDocument(m_target.linkBody(order)).toJson(QJsonDocument::Compact);
    // Eight managers with up to six connections each: 48 connections at a time, 96 requests.
    QList<QNetworkAccessManager *> managers;
    for (int i = 0; i < 8; ++i)
        managers.append(new QNetworkAccessManager(this));
    int finished = 0;
    int ok = 0;
    for (int i = 0; i < 96; ++i) {
        QNetworkRequest request(m_target.url(kLinks));
        request.setRawHeader("tenant_id", m_target.tenantId().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = managers.at(i % managers.size())->post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            ++finished;
            ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
            reply->deleteLater();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 96, 30000);
    QCOMPARE(ok, 96);
    QCOMPARE(m_target.call("GET", kLinks).json().array().size(), before + 96);
    qDeleteAll(managers);
}

void TestSandboxProcess::slowClientDoesNotBlockOthers()
{
    m_target.admin("DELETE", u"/faults"_s);
    m_target.admin("POST", u"/faults"_s,
                   QJsonObject {{u"kind"_s, u"latency"_s},
                                {u"ms"_s, 3000},
                                {u"count"_s, 1},
                                {u"endpoint"_s, u"GET /payments/api/v1/merchants"_s}});
    QNetworkAccessManager manager;
    QNetworkRequest slowRequest(m_target.url(u"/payments/api/v1/merchants"_s));
    slowRequest.setRawHeader("tenant_id", m_target.tenantId().toUtf8());
    QNetworkReply *slow = manager.get(slowRequest);
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_target.call("GET", kOrders).status, 200);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!slow->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 10000);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete slow;
}

void TestSandboxProcess::adminPageResetAndPaymentStatus()
{
    const QString order = m_target.createOrder();
    const QString link = m_target.createLink(order);
    m_target.call("PUT", kLinks + u'/' + link + u"/distribute"_s,
                  QJsonObject {{u"methods"_s, QJsonArray {u"email"_s}}, {u"customer_email"_s, u"kund@example.se"_s}});
    const HttpResult page = m_target.admin("GET", {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(link));
    QVERIFY(html.contains(order));
    QVERIFY(html.contains(u"kund@example.se"_s));

    // A Payments API swish payment waits in PENDING until the admin API settles it.
    const HttpResult payment =
        m_target.call("POST", kOrders + u'/' + order + u"/payments"_s,
                      QJsonObject {{u"currency"_s, u"SEK"_s},
                                   {u"provider"_s, u"swish"_s},
                                   {u"method"_s, u"m_commerce"_s},
                                   {u"total_amount"_s, 100},
                                   {u"order_items"_s,
                                    QJsonArray {QJsonObject {{u"amount"_s, 100},
                                                             {u"merchant_id"_s, m_target.merchantId()},
                                                             {u"name"_s, u"Bulle"_s},
                                                             {u"vat_rate"_s, 12}}}},
                                   {u"provider_method_parameters"_s, QJsonObject {{u"message"_s, u"Bulle"_s}}}});
    QCOMPARE(payment.status, 200);
    QVERIFY(payment.json()[u"provider_method_response"_s][u"url"_s].toString().startsWith(u"swish://"_s));
    const QString paymentId = payment.json()[u"id"_s].toString();
    const QString path = kOrders + u'/' + order + u"/payments/"_s + paymentId;
    QCOMPARE(m_target.call("GET", path).json()[u"status"_s].toString(), u"PENDING"_s);
    QCOMPARE(m_target.admin("POST", u"/payments/"_s + paymentId + u"/status"_s, QJsonObject {{u"status"_s, u"PAID"_s}})
                 .status,
             422);
    QCOMPARE(
        m_target.admin("POST", u"/payments/"_s + paymentId + u"/status"_s, QJsonObject {{u"status"_s, u"COMPLETED"_s}})
            .status,
        200);
    QCOMPARE(m_target.call("GET", path).json()[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(
        m_target.admin("POST", u"/payments/"_s + paymentId + u"/status"_s, QJsonObject {{u"status"_s, u"DECLINED"_s}})
            .status,
        403);

    QCOMPARE(m_target.admin("POST", u"/reset"_s).status, 204);
    QCOMPARE(m_target.call("GET", kLinks).json().array().size(), 0);
    QCOMPARE(m_target.call("GET", kOrders).json().array().size(), 0);
    QCOMPARE(m_target.admin("GET", u"/outbox"_s).json()[u"messages"_s].toArray().size(), 0);
    QCOMPARE(m_target.admin("GET", u"/account"_s).json()[u"tenant_id"_s].toString(), m_target.tenantId());
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
