// The Payments API of the current revision (x-api-version 2025-12-09, ping-api.md §0b): each point
// with good and bad requests, with the header and, where the shapes differ, without it.
#include "tst_sandbox_contract.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kOrders = u"/payments/api/v1/payment_orders"_s;
const QString kNoSuchId = u"00000000-0000-4000-8000-000000000000"_s;

QJsonObject dummyPayment(const QString &merchant, const QString &status, qint64 amount = 5000)
{
    return {{u"currency"_s, u"SEK"_s},
            {u"provider"_s, u"dummy"_s},
            {u"method"_s, u"dummy"_s},
            {u"total_amount"_s, amount},
            {u"order_items"_s,
             QJsonArray {QJsonObject {
                 {u"amount"_s, amount}, {u"merchant_id"_s, merchant}, {u"name"_s, u"Honung"_s}, {u"vat_rate"_s, 12}}}},
            {u"provider_method_parameters"_s, QJsonObject {{u"desired_payment_status"_s, status}}}};
}
} // namespace

void TestSandboxContract::revisionOrderWithoutSplitTree()
{
    const HttpResult created = m_target.current("POST", kOrders, QJsonObject {{u"currency"_s, u"SEK"_s}});
    QCOMPARE(created.status, 200);
    const QJsonObject order =
        m_target.current("GET", kOrders + u'/' + created.json()[u"id"_s].toString()).json().object();
    QCOMPARE(order[u"status"_s].toString(), u"OPEN"_s);
    QVERIFY(order[u"split_tree_id"_s].isNull());
    QCOMPARE(order[u"split_parameters"_s].toObject(), QJsonObject());

    // The older revision still wants it.
    const HttpResult older = m_target.call("POST", kOrders, QJsonObject {{u"currency"_s, u"SEK"_s}});
    QCOMPARE(older.status, 422);
    QVERIFY(ContractTarget::hasError(older, u"split_tree_id"_s));
    // Given, it must be a UUID of the tenant's; the currency stays required.
    const HttpResult bad = m_target.current("POST", kOrders, QJsonObject {{u"split_tree_id"_s, u"tree"_s}});
    QCOMPARE(bad.status, 422);
    QVERIFY(ContractTarget::hasError(bad, u"split_tree_id"_s));
    QVERIFY(ContractTarget::hasError(bad, u"currency"_s));
    QCOMPARE(m_target.current("POST", kOrders, QJsonObject {{u"split_tree_id"_s, kNoSuchId}, {u"currency"_s, u"SEK"_s}})
                 .status,
             403);
}

// Follows `next` from the first page; returns every id seen, in order, or fails the test.
static QStringList followPages(const ContractTarget &target, const HttpResult &first, int *pages)
{
    QStringList ids;
    HttpResult page = first;
    *pages = 0;
    while (true) {
        if (page.status != 200 || !page.json()[u"data"_s].isArray())
            return {u"bad page: "_s + QString::fromUtf8(page.body.left(300))};
        ++*pages;
        for (const QJsonValue &item : page.json()[u"data"_s].toArray())
            ids.append(item[u"id"_s].toString());
        const QJsonObject links = page.json()[u"_links"_s].toObject();
        if (!links[u"current"_s][u"href"_s].isString() || !links[u"first"_s][u"href"_s].isString())
            return {u"no current/first link"_s};
        const QString next = links[u"next"_s][u"href"_s].toString();
        if (next.isEmpty() || *pages > 50)
            return ids;
        page = target.current("GET", next);
    }
}

void TestSandboxContract::revisionOrderListPages()
{
    QStringList made {m_target.createOrder()};
    const QString from = m_target.current("GET", kOrders + u'/' + made.first()).json()[u"created_at"_s].toString();
    for (int i = 0; i < 4; ++i)
        made.append(m_target.createOrder());
    const QString query = u"?created_at_from=%1&limit=2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(from)));

    const HttpResult first = m_target.current("GET", kOrders + query);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()[u"data"_s].toArray().size(), 2);
    QVERIFY(first.json()[u"_links"_s][u"previous"_s].isUndefined());
    int pages = 0;
    const QStringList seen = followPages(m_target, first, &pages);
    // Every order of the window once, oldest first (an order of an earlier test made in the same
    // millisecond as the first may lead).
    QVERIFY2(seen.indexOf(made.first()) >= 0 && seen.indexOf(made.first()) <= 1, qPrintable(seen.join(u',')));
    QCOMPARE(seen.sliced(seen.indexOf(made.first())), made);
    QCOMPARE(pages, 3);
    // A later page links back.
    const HttpResult second = m_target.current("GET", first.json()[u"_links"_s][u"next"_s][u"href"_s].toString());
    QVERIFY(second.json()[u"_links"_s][u"previous"_s][u"href"_s].isString());

    // status and created_at_to narrow it; the older revision answers the same orders as an array.
    QCOMPARE(m_target.call("PUT", kOrders + u'/' + made.last() + u"/close"_s).status, 204);
    const HttpResult closed = m_target.current("GET", kOrders + query + u"&status=CLOSED"_s);
    QCOMPARE(closed.json()[u"data"_s].toArray().size(), 1);
    QCOMPARE(closed.json()[u"data"_s][0][u"id"_s].toString(), made.last());
    const HttpResult older = m_target.call("GET", kOrders + query);
    QVERIFY(older.json().isArray());
    QVERIFY(older.json().array().size() >= 5);
    QCOMPARE(
        m_target.current("GET", kOrders + u"?created_at_to=2001-01-01T00:00:00Z"_s).json()[u"data"_s].toArray().size(),
        0);

    for (const QString &bad : {u"?limit=0"_s, u"?limit=abc"_s, u"?limit=101"_s, u"?after="_s + kNoSuchId,
                               u"?status=PAID"_s, u"?created_at_from=yesterday"_s}) {
        const HttpResult refused = m_target.current("GET", kOrders + bad);
        QVERIFY2(refused.status == 422, qPrintable(bad));
        QVERIFY2(!refused.json()[u"errors"_s].toArray().isEmpty(), qPrintable(bad));
    }
}

void TestSandboxContract::revisionMerchants()
{
    const HttpResult page = m_target.current("GET", u"/payments/api/v1/merchants?limit=1"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json()[u"data"_s].toArray().size(), 1);
    int pages = 0;
    const QStringList ids = followPages(m_target, page, &pages);
    QVERIFY2(ids.contains(m_target.merchantId()), qPrintable(ids.join(u',')));
    QVERIFY(m_target.call("GET", u"/payments/api/v1/merchants"_s).json().isArray());
    const QString path = u"/payments/api/v1/merchants/"_s + m_target.merchantId();
    QCOMPARE(m_target.current("GET", path).json()[u"status"_s].toString(), u"APPROVED"_s);

    requireAdmin();
    const QString status = u"/merchants/%1/status"_s.arg(m_target.merchantId());
    for (const QString &state : {u"PENDING"_s, u"DENIED"_s, u"CREATED"_s, u"APPROVED"_s}) {
        QCOMPARE(m_target.admin("POST", status, QJsonObject {{u"status"_s, state}}).status, 200);
        QCOMPARE(m_target.current("GET", path).json()[u"status"_s].toString(), state);
    }
    QCOMPARE(m_target.admin("POST", status, QJsonObject {{u"status"_s, u"ACTIVE"_s}}).status, 422);
    QCOMPARE(m_target.admin("POST", u"/merchants/%1/status"_s.arg(kNoSuchId), QJsonObject {{u"status"_s, u"DENIED"_s}})
                 .status,
             404);
}

void TestSandboxContract::revisionTenant()
{
    const HttpResult tenant = m_target.current("GET", u"/payments/api/v1/tenant"_s);
    QCOMPARE(tenant.status, 200);
    QVERIFY(!tenant.json()[u"name"_s].toString().isEmpty());
    QVERIFY(tenant.json()[u"organization"_s].isObject());
    const QJsonArray methods = tenant.json()[u"payment_provider_methods"_s].toArray();
    QVERIFY(!methods.isEmpty());
    QCOMPARE(m_target.current("GET", u"/payments/api/v1/tenant"_s, QJsonValue::Undefined, false).status, 403);

    requireAdmin();
    const QJsonArray swishOnly {QJsonObject {{u"provider"_s, u"swish"_s}, {u"method"_s, u"e_commerce"_s}}};
    QCOMPARE(m_target.admin("POST", u"/tenant"_s, QJsonObject {{u"payment_provider_methods"_s, swishOnly}}).status,
             200);
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/tenant"_s).json()[u"payment_provider_methods"_s].toArray(),
             swishOnly);
    const HttpResult bad = m_target.admin("POST", u"/tenant"_s,
                                          QJsonObject {{u"payment_provider_methods"_s, QJsonArray {QJsonObject {}}}});
    QCOMPARE(bad.status, 422);
    QVERIFY(ContractTarget::hasError(bad, u"payment_provider_methods.0.provider"_s));
    QCOMPARE(m_target.admin("POST", u"/tenant"_s, QJsonObject {{u"payment_provider_methods"_s, methods}}).status, 200);
}

void TestSandboxContract::revisionPaymentStatuses_data()
{
    QTest::addColumn<QString>("status");
    for (const char *status : {"STOPPED", "OVERFUNDED", "UNDERFUNDED", "FUNDED"})
        QTest::newRow(status) << QString::fromLatin1(status);
}

void TestSandboxContract::revisionPaymentStatuses()
{
    QFETCH(QString, status);
    const QString order = m_target.createOrder();
    const HttpResult created =
        m_target.current("POST", kOrders + u'/' + order + u"/payments"_s, dummyPayment(m_target.merchantId(), status));
    QCOMPARE(created.status, 200);
    const QJsonObject payment =
        m_target.current("GET", kOrders + u'/' + order + u"/payments/"_s + created.json()[u"id"_s].toString())
            .json()
            .object();
    QCOMPARE(payment[u"status"_s].toString(), status);
    const QJsonArray history = payment[u"status_history"_s].toArray();
    QVERIFY(history.size() >= 2);
    QCOMPARE(history.last()[u"status"_s].toString(), status);
    QVERIFY(history.last()[u"occurred_at"_s].toString().endsWith(u'Z'));

    requireAdmin();
    // Through a link: the admin API and the checkout page make each state, and the link stays payable.
    const QString action = status == u"STOPPED"_s ? u"stop"_s
        : status == u"FUNDED"_s                   ? u"fund"_s
                                                  : status.left(status.size() - 6).toLower() + u"fund"_s;
    const QString link = m_target.createCurrentLink(m_target.createOrder());
    const HttpResult driven = m_target.admin("POST", u"/payment_links/%1/%2"_s.arg(link, action));
    QCOMPARE(driven.status, 200);
    QCOMPARE(driven.json()[u"payment_status"_s].toString(), status);
    QCOMPARE(m_target.getLink(link)[u"status"_s].toString(), u"CREATED"_s);
    const HttpResult page =
        m_target.raw("POST", u"/checkout/%1/pay"_s.arg(link), u"outcome=%1&method=0"_s.arg(action).toUtf8(),
                     {{"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}});
    QCOMPARE(page.status, 303);
    QVERIFY2(page.header("Location").endsWith("result=" + status.toLower().toLatin1()), page.header("Location"));
    if (status != u"STOPPED"_s) { // a funding state is not final: the money may still come right
        const QString paymentId = driven.json()[u"payment_id"_s].toString();
        const HttpResult done = m_target.admin("POST", u"/payments/%1/status"_s.arg(paymentId),
                                               QJsonObject {{u"status"_s, u"COMPLETED"_s}});
        QCOMPARE(done.status, 200);
        QCOMPARE(m_target.getLink(link)[u"status"_s].toString(), u"COMPLETED"_s);
    }
}

void TestSandboxContract::revisionRefund()
{
    const QString order = m_target.createOrder();
    const QString payments = kOrders + u'/' + order + u"/payments/"_s;
    const QString paymentId = m_target
                                  .current("POST", kOrders + u'/' + order + u"/payments"_s,
                                           dummyPayment(m_target.merchantId(), u"COMPLETED"_s, 7300))
                                  .json()[u"id"_s]
                                  .toString();
    const QString refund = payments + paymentId + u"/refund"_s;
    const auto body = [](const QJsonValue &amount, const QString &currency, const QString &reason) {
        return QJsonObject {{u"amount"_s, amount},
                            {u"currency"_s, currency},
                            {u"reason"_s, reason},
                            {u"description"_s, u"Kunden ångrade sig"_s}};
    };
    // Bad requests change nothing: only the whole amount, a known reason, the payment's currency.
    const HttpResult part = m_target.current("POST", refund, body(7000, u"SEK"_s, u"requested_by_customer"_s));
    QCOMPARE(part.status, 422);
    QVERIFY(ContractTarget::hasError(part, u"amount"_s, u"invalid_value"_s));
    const HttpResult reason = m_target.current("POST", refund, body(7300, u"SEK"_s, u"changed_mind"_s));
    QCOMPARE(reason.status, 422);
    QVERIFY(ContractTarget::hasError(reason, u"reason"_s, u"invalid_enum"_s));
    QVERIFY(
        ContractTarget::hasError(m_target.current("POST", refund, body(7300, u"NOK"_s, u"other"_s)), u"currency"_s));
    const HttpResult empty = m_target.current("POST", refund, QJsonObject {});
    QCOMPARE(empty.status, 422);
    for (const QString &field : {u"amount"_s, u"currency"_s, u"reason"_s})
        QVERIFY2(ContractTarget::hasError(empty, field), qPrintable(field));
    QVERIFY(m_target.current("GET", payments + paymentId).json()[u"refunds"_s].toArray().isEmpty());

    // Good: the older revision serves it too; the answer and the payment say what was refunded.
    const HttpResult done = m_target.call("POST", refund, body(7300, u"SEK"_s, u"requested_by_customer"_s));
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json()[u"amount"_s].toInteger(), 7300);
    QCOMPARE(done.json()[u"currency"_s].toString(), u"SEK"_s);
    QCOMPARE(done.json()[u"provider"_s].toString(), u"dummy"_s);
    QVERIFY(!done.json()[u"status"_s].toString().isEmpty());
    const QJsonObject payment = m_target.current("GET", payments + paymentId).json().object();
    QCOMPARE(payment[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(payment[u"refund"_s][u"amount"_s].toInteger(), 7300);
    QVERIFY(payment[u"refund"_s][u"refunded_at"_s].toString().endsWith(u'Z'));
    const QJsonArray refunds = payment[u"refunds"_s].toArray();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.at(0)[u"reason"_s].toString(), u"requested_by_customer"_s);
    QCOMPARE(refunds.at(0)[u"description"_s].toString(), u"Kunden ångrade sig"_s);
    // Once only; and only a completed payment of an order that is not settled.
    QCOMPARE(m_target.current("POST", refund, body(7300, u"SEK"_s, u"other"_s)).status, 403);
    const QString pending =
        m_target
            .call("POST", kOrders + u'/' + order + u"/payments"_s, dummyPayment(m_target.merchantId(), u"PENDING"_s))
            .json()[u"id"_s]
            .toString();
    QCOMPARE(m_target.current("POST", payments + pending + u"/refund"_s, body(5000, u"SEK"_s, u"other"_s)).status, 403);
    QCOMPARE(m_target.current("POST", payments + kNoSuchId + u"/refund"_s, body(5000, u"SEK"_s, u"other"_s)).status,
             404);
    QCOMPARE(m_target.current("POST", payments + u"1234/refund"_s, body(5000, u"SEK"_s, u"other"_s)).status, 422);
    QCOMPARE(m_target
                 .current("POST", kOrders + u'/' + kNoSuchId + u"/payments/"_s + paymentId + u"/refund"_s,
                          body(7300, u"SEK"_s, u"other"_s))
                 .status,
             404);
}

void TestSandboxContract::revisionStopPayment()
{
    const QString order = m_target.createOrder();
    const QString payments = kOrders + u'/' + order + u"/payments/"_s;
    const auto make = [&](const QString &status) {
        return m_target
            .current("POST", kOrders + u'/' + order + u"/payments"_s, dummyPayment(m_target.merchantId(), status))
            .json()[u"id"_s]
            .toString();
    };
    const QString pending = make(u"PENDING"_s);
    const HttpResult stopped = m_target.current("PUT", payments + pending + u"/stop"_s);
    QCOMPARE(stopped.status, 204);
    QCOMPARE(m_target.current("GET", payments + pending).json()[u"status"_s].toString(), u"STOPPED"_s);
    QCOMPARE(m_target.call("PUT", payments + pending + u"/stop"_s, QJsonObject {}).status, 204); // again: no change
    const QString completed = make(u"COMPLETED"_s);
    QCOMPARE(m_target.current("PUT", payments + completed + u"/stop"_s).status, 204);
    QCOMPARE(m_target.current("GET", payments + completed).json()[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(m_target.current("PUT", payments + kNoSuchId + u"/stop"_s).status, 404);
    QCOMPARE(m_target.current("PUT", payments + u"x/stop"_s).status, 422);
    QCOMPARE(m_target.current("POST", payments + pending + u"/stop"_s).status, 405);
}
