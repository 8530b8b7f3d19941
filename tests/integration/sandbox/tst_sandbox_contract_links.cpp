#include "tst_sandbox_contract.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kLinks = u"/payment_links/api/v1/payment_links"_s;
const QString kUnknownId = u"00000000-0000-4000-8000-000000000000"_s;
} // namespace

void TestSandboxContract::createAndGetLink()
{
    const QString order = m_target.createOrder();
    const HttpResult created = m_target.call("POST", kLinks, m_target.linkBody(order));
    QCOMPARE(created.status, 200);
    const QString id = created.json()[u"id"_s].toString();
    const QString checkoutUrl = created.json()[u"checkout_url"_s].toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(QUrl(checkoutUrl).isValid() && checkoutUrl.contains(id));

    const HttpResult got = m_target.call("GET", kLinks + u'/' + id);
    QCOMPARE(got.status, 200);
    const QJsonObject link = got.json().object();
    QCOMPARE(link[u"payment_link_id"_s].toString(), id);
    QCOMPARE(link[u"payment_order_id"_s].toString(), order);
    QCOMPARE(link[u"status"_s].toString(), u"CREATED"_s);
    QCOMPARE(link[u"checkout_url"_s].toString(), checkoutUrl);
    QCOMPARE(link[u"total_amount"_s].toInteger(), 7300);
    QCOMPARE(link[u"items"_s].toArray().size(), 2);
    QCOMPARE(link[u"items"_s][0][u"price"_s].toInteger(), 3500);
    QCOMPARE(link[u"customer"_s][u"first_name"_s].toString(), u"Anna"_s);
    QCOMPARE(link[u"supplier"_s][u"name"_s].toString(), u"Grönsaksståndet"_s);
    QCOMPARE(link[u"locale"_s].toString(), u"sv-SE"_s);
    QCOMPARE(link[u"distributed_by_email"_s].toBool(true), false);
    QVERIFY(link.contains(u"sms_status"_s));
    QVERIFY(link.contains(u"due_date"_s));
    QVERIFY(link[u"payment_id"_s].isNull());
}

void TestSandboxContract::createLinkListsAllBadFields()
{
    const HttpResult empty = m_target.call("POST", kLinks, QJsonObject {});
    QCOMPARE(empty.status, 422);
    for (const QString &field : {u"payment_order_id"_s, u"currency"_s, u"customer"_s, u"items"_s, u"locale"_s,
                                 u"payment_provider_methods"_s, u"supplier"_s, u"total_amount"_s})
        QVERIFY2(ContractTarget::hasError(empty, field), qPrintable(field + u" in "_s + QString::fromUtf8(empty.body)));

    const HttpResult noBody = m_target.call("POST", kLinks);
    QCOMPARE(noBody.status, 422);
}

void TestSandboxContract::createLinkTypesAndRanges()
{
    QJsonObject body = m_target.linkBody(m_target.createOrder());
    body[u"payment_order_id"_s] = u"order-1"_s;
    body[u"currency"_s] = u"USD"_s;
    body[u"customer"_s] = QJsonObject {{u"last_name"_s, 5}};
    body[u"locale"_s] = u"xx-XX"_s;
    body[u"due_date"_s] = u"25/03/2030"_s;
    QJsonArray items = body[u"items"_s].toArray();
    QJsonObject first = items[0].toObject();
    first[u"price"_s] = 35.5;
    first[u"quantity"_s] = 0;
    first[u"vat"_s] = 13;
    items[0] = first;
    QJsonObject second = items[1].toObject();
    second[u"price"_s] = u"300"_s;
    second.remove(u"description"_s);
    second[u"merchant_id"_s] = u"nope"_s;
    items[1] = second;
    body[u"items"_s] = items;
    body[u"payment_provider_methods"_s] = QJsonArray {QJsonObject {{u"provider"_s, u"swish"_s}}};
    body[u"total_amount"_s] = u"7300"_s;

    const HttpResult result = m_target.call("POST", kLinks, body);
    QCOMPARE(result.status, 422);
    const QStringList expected {u"payment_order_id"_s,
                                u"currency"_s,
                                u"customer.first_name"_s,
                                u"customer.last_name"_s,
                                u"locale"_s,
                                u"due_date"_s,
                                u"items.0.price"_s,
                                u"items.0.quantity"_s,
                                u"items.0.vat"_s,
                                u"items.1.price"_s,
                                u"items.1.description"_s,
                                u"items.1.merchant_id"_s,
                                u"payment_provider_methods.0.method"_s,
                                u"total_amount"_s};
    const QStringList got = ContractTarget::errorProperties(result);
    for (const QString &property : expected)
        QVERIFY2(got.contains(property), qPrintable(property + u" not in "_s + got.join(u", "_s)));
    for (const QJsonValue &entry : result.json()[u"errors"_s].toArray()) {
        QVERIFY(!entry[u"error"_s].toString().isEmpty());
        QVERIFY(!entry[u"description"_s].toString().isEmpty());
    }
}

void TestSandboxContract::createLinkVatAsFraction()
{
    QJsonObject body = m_target.linkBody(m_target.createOrder());
    QJsonArray items = body[u"items"_s].toArray();
    QJsonObject first = items[0].toObject();
    first[u"vat"_s] = 0.12;
    items[0] = first;
    body[u"items"_s] = items;
    body[u"unknown_extra_field"_s] = true;
    QCOMPARE(m_target.call("POST", kLinks, body).status, 200);
}

void TestSandboxContract::createLinkLegacyLanguage()
{
    QJsonObject body = m_target.linkBody(m_target.createOrder());
    body.remove(u"locale"_s);
    body[u"language"_s] = u"SE"_s;
    QCOMPARE(m_target.call("POST", kLinks, body).status, 200);
}

void TestSandboxContract::createLinkTotalMismatch()
{
    QJsonObject body = m_target.linkBody(m_target.createOrder());
    body[u"total_amount"_s] = 7301;
    const HttpResult result = m_target.call("POST", kLinks, body);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.json()[u"errors"_s][0][u"error"_s].toString(), u"operation_forbidden"_s);
}

void TestSandboxContract::createLinkForUnknownOrClosedOrder()
{
    QCOMPARE(m_target.call("POST", kLinks, m_target.linkBody(kUnknownId)).status, 403);
    const QString order = m_target.createOrder();
    QCOMPARE(m_target.call("PUT", u"/payments/api/v1/payment_orders/"_s + order + u"/close"_s).status, 204);
    QCOMPARE(m_target.call("POST", kLinks, m_target.linkBody(order)).status, 403);
}

void TestSandboxContract::listLinks()
{
    const QString order = m_target.createOrder();
    const QString a = m_target.createLink(order);
    const QString b = m_target.createLink(order); // one order can carry several links
    const HttpResult list = m_target.call("GET", kLinks);
    QCOMPARE(list.status, 200);
    QStringList ids;
    for (const QJsonValue &link : list.json().array()) {
        ids.append(link[u"payment_link_id"_s].toString());
        QVERIFY(link[u"status"_s].isString());
    }
    QVERIFY(ids.contains(a) && ids.contains(b));
}

void TestSandboxContract::getLinkErrors()
{
    QCOMPARE(m_target.call("GET", kLinks + u'/' + kUnknownId).status, 404);
    QCOMPARE(m_target.call("GET", kLinks + u"/not-a-uuid"_s).status, 422);
    QCOMPARE(m_target.call("PUT", kLinks + u'/' + kUnknownId + u"/cancel"_s).status, 404);
}

void TestSandboxContract::cancelLink()
{
    const QString id = m_target.createLink(m_target.createOrder());
    const HttpResult cancelled = m_target.call("PUT", kLinks + u'/' + id + u"/cancel"_s);
    QCOMPARE(cancelled.status, 204);
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CANCELLED"_s);
    QCOMPARE(m_target.call("PUT", kLinks + u'/' + id + u"/cancel"_s).status, 403);
    if (m_target.external())
        return;
    const HttpResult pay = m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s);
    QCOMPARE(pay.status, 403);
    QVERIFY(!pay.json()[u"errors"_s].toArray().isEmpty());
}

void TestSandboxContract::distributeLink()
{
    const QString id = m_target.createLink(m_target.createOrder());
    const QString path = kLinks + u'/' + id + u"/distribute"_s;
    QCOMPARE(m_target.call("PUT", path, QJsonObject {}).status, 422);
    const HttpResult noPhone = m_target.call("PUT", path, QJsonObject {{u"methods"_s, QJsonArray {u"sms"_s}}});
    QCOMPARE(noPhone.status, 422);
    QVERIFY(ContractTarget::hasError(noPhone, u"customer_phone"_s));
    QVERIFY(ContractTarget::hasError(m_target.call("PUT", path, QJsonObject {{u"methods"_s, QJsonArray {u"fax"_s}}}),
                                     u"methods.0"_s));
    QCOMPARE(m_target
                 .call("PUT", kLinks + u'/' + kUnknownId + u"/distribute"_s,
                       QJsonObject {{u"methods"_s, QJsonArray {u"email"_s}}, {u"customer_email"_s, u"a@b.se"_s}})
                 .status,
             404);

    const HttpResult sent = m_target.call("PUT", path,
                                          QJsonObject {{u"methods"_s, QJsonArray {u"sms"_s, u"email"_s}},
                                                       {u"customer_phone"_s, u"0700000000"_s},
                                                       {u"customer_email"_s, u"anna@example.se"_s}});
    QCOMPARE(sent.status, 204);
    const QJsonObject link = m_target.getLink(id);
    QVERIFY(link[u"distributed_by_email"_s].toBool());
    QVERIFY(link[u"sms_status"_s].toString().startsWith(u"DELIVER"_s));
    if (m_target.external())
        return;
    const QJsonArray messages =
        m_target.admin("GET", u"/outbox?payment_link_id="_s + id).json()[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 2);
    for (const QJsonValue &message : messages)
        QVERIFY(message[u"body"_s].toString().contains(link[u"checkout_url"_s].toString()));
    QCOMPARE(messages.at(0)[u"to"_s].toString(), u"0700000000"_s);
    QCOMPARE(messages.at(1)[u"to"_s].toString(), u"anna@example.se"_s);
}

void TestSandboxContract::invoice()
{
    const QString id = m_target.createLink(m_target.createOrder(), {{u"due_date"_s, u"2099-03-25"_s}});
    const QString path = kLinks + u'/' + id + u"/invoice"_s;
    QCOMPARE(m_target.call("GET", path).status, 403);
    QVERIFY(ContractTarget::hasError(m_target.call("PUT", path, QJsonObject {{u"reference_type"_s, u"IBAN"_s}}),
                                     u"reference_type"_s));
    QCOMPARE(m_target.call("PUT", path, QJsonObject {{u"reference_type"_s, u"OCR"_s}}).status, 204);
    const HttpResult got = m_target.call("GET", path);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json()[u"reference_type"_s].toString(), u"OCR"_s);
    QVERIFY(!got.json()[u"reference"_s].toString().isEmpty());
    QVERIFY(m_target.getLink(id)[u"invoice_created"_s].toBool());
    const HttpResult pdf = httpRequest("GET", QUrl(got.json()[u"url"_s].toString()));
    QCOMPARE(pdf.status, 200);
    QVERIFY(pdf.body.startsWith("%PDF-"));
}

void TestSandboxContract::receiptAndPaidLink()
{
    requireAdmin();
    const QString order = m_target.createOrder();
    const QString id = m_target.createLink(order);
    QCOMPARE(m_target.call("GET", kLinks + u'/' + id + u"/receipt"_s).status, 403);
    const HttpResult pay =
        m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s, QJsonObject {{u"provider"_s, u"verifone"_s}});
    QCOMPARE(pay.status, 200);
    const QJsonObject link = m_target.getLink(id);
    QCOMPARE(link[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(link[u"payment_id"_s].toString(), pay.json()[u"payment_id"_s].toString());
    const QJsonArray payments =
        m_target.call("GET", u"/payments/api/v1/payment_orders/"_s + order).json()[u"payments"_s].toArray();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.at(0)[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(payments.at(0)[u"provider"_s].toString(), u"verifone"_s);

    const HttpResult receipt = m_target.call("GET", kLinks + u'/' + id + u"/receipt"_s);
    QCOMPARE(receipt.status, 200);
    const HttpResult pdf = httpRequest("GET", QUrl(receipt.json()[u"url"_s].toString()));
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("content-type"), "application/pdf"_ba);
    QVERIFY(pdf.body.startsWith("%PDF-"));

    QCOMPARE(m_target.call("PUT", kLinks + u'/' + id + u"/cancel"_s).status, 403); // paid links stay paid
    QCOMPARE(m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s).status, 403);
}

void TestSandboxContract::declinedPaymentLeavesLinkPayable()
{
    requireAdmin();
    const QString order = m_target.createOrder();
    const QString id = m_target.createLink(order);
    for (const QString &outcome : {u"decline"_s, u"crash"_s, u"abort"_s}) {
        const HttpResult result = m_target.admin("POST", u"/payment_links/"_s + id + u'/' + outcome);
        QCOMPARE(result.status, 200);
        QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CREATED"_s);
    }
    QCOMPARE(m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s).status, 200);
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"COMPLETED"_s);
    QStringList statuses;
    for (const QJsonValue &payment :
         m_target.call("GET", u"/payments/api/v1/payment_orders/"_s + order).json()[u"payments"_s].toArray())
        statuses.append(payment[u"status"_s].toString());
    QCOMPARE(statuses, (QStringList {u"DECLINED"_s, u"CRASHED"_s, u"ABORTED"_s, u"COMPLETED"_s}));
}

void TestSandboxContract::closedOrderTakesNoPayment()
{
    requireAdmin();
    const QString order = m_target.createOrder();
    const QString id = m_target.createLink(order);
    QCOMPARE(m_target.call("PUT", u"/payments/api/v1/payment_orders/"_s + order + u"/close"_s).status, 204);
    const HttpResult pay = m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s);
    QCOMPARE(pay.status, 403);
    QCOMPARE(pay.json()[u"errors"_s][0][u"error"_s].toString(), u"payment_order_closed"_s);
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CREATED"_s);
}

void TestSandboxContract::linkExpiresAfterDueDate()
{
    requireAdmin();
    const QDate today =
        QDateTime::fromString(m_target.admin("GET", u"/clock"_s).json()[u"now"_s].toString().left(19), Qt::ISODate)
            .date();
    const QString id =
        m_target.createLink(m_target.createOrder(), {{u"due_date"_s, today.addDays(2).toString(Qt::ISODate)}});
    QCOMPARE(m_target.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 86400}}).status, 200);
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CREATED"_s);
    QCOMPARE(m_target.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 3 * 86400}}).status, 200);
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"EXPIRED"_s);
    QCOMPARE(m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s).status, 403);
    QCOMPARE(m_target.call("PUT", kLinks + u'/' + id + u"/cancel"_s).status, 403);
    QCOMPARE(m_target.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, u"soon"_s}}).status, 422);
}

void TestSandboxContract::linkWithoutDueDateExpiresAfter30Days()
{
    requireAdmin();
    const QString id = m_target.createLink(m_target.createOrder());
    m_target.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 29 * 86400}});
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CREATED"_s);
    m_target.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 2 * 86400}});
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"EXPIRED"_s);
}

void TestSandboxContract::statusCallbacksAreRetried()
{
    requireAdmin();
    // A receiver that fails the first delivery with 503 and accepts the next.
    QTcpServer receiver;
    QVERIFY(receiver.listen(QHostAddress::LocalHost));
    QList<QByteArray> bodies;
    connect(&receiver, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = receiver.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [&bodies, socket] {
                const QByteArray data = socket->readAll();
                const qsizetype end = data.indexOf("\r\n\r\n");
                bodies.append(data.mid(end + 4));
                socket->write(bodies.size() == 1 ? "HTTP/1.1 503 Busy\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                                 : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    const QString callback = u"http://127.0.0.1:%1/hook"_s.arg(receiver.serverPort());
    const QString id = m_target.createLink(m_target.createOrder(), {{u"payment_link_status_callback_url"_s, callback}});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(bodies.size(), 2, 10000);
    for (const QByteArray &body : std::as_const(bodies)) {
        const QJsonObject payload = QJsonDocument::fromJson(body).object();
        QCOMPARE(payload[u"payment_link_id"_s].toString(), id);
        QCOMPARE(payload[u"status"_s].toString(), u"COMPLETED"_s);
        QVERIFY(payload[u"occured_at"_s].toString().endsWith(u'Z'));
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_target.admin("GET", u"/callbacks"_s).body.contains("\"state\":\"delivered\""), 5000);
}
