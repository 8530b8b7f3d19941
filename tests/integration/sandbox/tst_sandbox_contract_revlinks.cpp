// The Payment Links API of the current revision (x-api-version 2025-12-09, ping-api.md §0b).
#include "pdfreader.h"
#include "tst_sandbox_contract.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kLinks = u"/payment_links/api/v1/payment_links"_s;
const QString kNoSuchId = u"00000000-0000-4000-8000-000000000000"_s;

QJsonObject method(const QString &provider, const QString &name)
{
    QJsonObject o {{u"provider"_s, provider}, {u"method"_s, name}};
    if (provider == u"swish"_s)
        o.insert(u"parameters"_s, QJsonObject {{u"swish_message"_s, u"Tack"_s}});
    return o;
}
// The link body with the VAT of its two items set.
QJsonObject withVat(QJsonObject body, double first, double second)
{
    QJsonArray items = body[u"items"_s].toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items[i].toObject();
        item[u"vat"_s] = i == 0 ? first : second;
        items[i] = item;
    }
    body[u"items"_s] = items;
    return body;
}
} // namespace

void TestSandboxContract::revisionLinkMethods_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("older");
    QTest::newRow("swish e_commerce") << u"swish"_s << u"e_commerce"_s << 200 << 200;
    QTest::newRow("swish m_commerce") << u"swish"_s << u"m_commerce"_s << 200 << 200;
    QTest::newRow("payment_iq card") << u"payment_iq"_s << u"card"_s << 200 << 200;
    QTest::newRow("payment_iq vipps") << u"payment_iq"_s << u"vipps"_s << 200 << 200;
    QTest::newRow("billmate invoice") << u"billmate"_s << u"invoice"_s << 200 << 200;
    QTest::newRow("quickpay vipps") << u"quickpay"_s << u"vipps"_s << 200 << 200;
    QTest::newRow("verifone card") << u"verifone"_s << u"card"_s << 422 << 200;
    QTest::newRow("swish mobile") << u"swish"_s << u"mobile"_s << 422 << 200;
    QTest::newRow("dummy") << u"dummy"_s << u"dummy"_s << 422 << 200;
    QTest::newRow("quickpay card") << u"quickpay"_s << u"card"_s << 422 << 422;
}

void TestSandboxContract::revisionLinkMethods()
{
    QFETCH(QString, provider);
    QFETCH(QString, method);
    QFETCH(int, current);
    QFETCH(int, older);
    QJsonObject body = m_target.currentLinkBody(m_target.createOrder());
    body[u"payment_provider_methods"_s] =
        QJsonArray {::method(u"swish"_s, u"e_commerce"_s), ::method(provider, method)};
    const HttpResult now = m_target.current("POST", kLinks, body);
    QCOMPARE(now.status, current);
    if (current == 422)
        QVERIFY(ContractTarget::hasError(now, u"payment_provider_methods.1"_s, u"invalid_value"_s));
    body[u"payment_order_id"_s] = m_target.createOrder();
    QCOMPARE(m_target.call("POST", kLinks, body).status, older);
}

void TestSandboxContract::revisionLocaleAndNorwegianVat()
{
    const auto body = [this](const QString &locale, const QString &currency, double vat) {
        QJsonObject b = m_target.currentLinkBody(m_target.createOrder(currency));
        b[u"locale"_s] = locale;
        b[u"currency"_s] = currency;
        return withVat(b, currency == u"NOK"_s ? 15 : 12, vat);
    };
    // English is no locale of the revision; the older one took it.
    const HttpResult english = m_target.current("POST", kLinks, body(u"en-GB"_s, u"SEK"_s, 25));
    QCOMPARE(english.status, 422);
    QVERIFY(ContractTarget::hasError(english, u"locale"_s, u"invalid_enum"_s));
    QCOMPARE(m_target.call("POST", kLinks, body(u"en-GB"_s, u"SEK"_s, 25)).status, 200);
    QCOMPARE(m_target.current("POST", kLinks, body(u"sv-SE"_s, u"SEK"_s, 25)).status, 200);
    // The legacy "language" no longer stands in for locale.
    QJsonObject legacy = body(u"sv-SE"_s, u"SEK"_s, 25);
    legacy.remove(u"locale"_s);
    legacy[u"language"_s] = u"SE"_s;
    QVERIFY(ContractTarget::hasError(m_target.current("POST", kLinks, legacy), u"locale"_s));

    // Norway: NOK with the Norwegian rates 25, 15, 11.1, 6, 0; a Swedish 12 % is refused there, and 15 % in SEK.
    for (double rate : {25.0, 15.0, 11.1, 6.0, 0.0})
        QVERIFY2(m_target.current("POST", kLinks, body(u"nb-NO"_s, u"NOK"_s, rate)).status == 200,
                 qPrintable(QString::number(rate)));
    const HttpResult swedishRate = m_target.current("POST", kLinks, body(u"nb-NO"_s, u"NOK"_s, 12));
    QCOMPARE(swedishRate.status, 422);
    QVERIFY(ContractTarget::hasError(swedishRate, u"items.1.vat"_s));
    QVERIFY(
        ContractTarget::hasError(m_target.current("POST", kLinks, body(u"sv-SE"_s, u"SEK"_s, 15)), u"items.1.vat"_s));
}

void TestSandboxContract::revisionNorwegianCheckout()
{
    requireAdmin();
    QJsonObject b = m_target.currentLinkBody(m_target.createOrder(u"NOK"_s));
    b[u"locale"_s] = u"nb-NO"_s;
    b[u"currency"_s] = u"NOK"_s;
    b = withVat(b, 15, 25);
    const HttpResult created = m_target.current("POST", kLinks, b);
    QCOMPARE(created.status, 200);
    const QString id = created.json()[u"id"_s].toString();
    const HttpResult page = m_target.raw("GET", u"/checkout/"_s + id, {}, {});
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"lang=\"nb\""_s));
    QVERIFY2(html.contains(u"Betal til"_s) && html.contains(u"herav MVA"_s), qPrintable(html.left(400)));
    QVERIFY(html.contains(u"73,00\u00a0kr"_s)); // 2 × 35 + 3 NOK, Norwegian style
    QCOMPARE(m_target
                 .current("PUT", kLinks + u'/' + id + u"/distribute"_s,
                          QJsonObject {{u"methods"_s, QJsonArray {u"email"_s}}, {u"customer_email"_s, u"a@b.no"_s}})
                 .status,
             204);
    const QJsonArray messages =
        m_target.admin("GET", u"/outbox?payment_link_id="_s + id).json()[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0)[u"body"_s].toString().startsWith(u"Hei! Betal kjøpet ditt"_s));
}

void TestSandboxContract::revisionFlatErrors()
{
    // 404 and 403 of the Payment Links API: one flat object in the revision, errors[] before it.
    const HttpResult missing = m_target.current("GET", kLinks + u'/' + kNoSuchId);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.json()[u"errors"_s].isUndefined());
    QCOMPARE(missing.json()[u"error"_s].toString(), u"not_found"_s);
    QVERIFY(!missing.json()[u"description"_s].toString().isEmpty());
    QVERIFY(ContractTarget::hasError(m_target.call("GET", kLinks + u'/' + kNoSuchId), u"payment_link_id"_s));

    const QString id = m_target.createCurrentLink(m_target.createOrder());
    QCOMPARE(m_target.current("PUT", kLinks + u'/' + id + u"/cancel"_s).status, 204);
    const HttpResult again = m_target.current("PUT", kLinks + u'/' + id + u"/cancel"_s);
    QCOMPARE(again.status, 403);
    QCOMPARE(again.json()[u"error"_s].toString(), u"operation_forbidden"_s);
    QVERIFY(again.json()[u"description"_s].toString().contains(u"cancelled"_s));
    const HttpResult stranger = m_target.current("GET", kLinks, QJsonValue::Undefined, false);
    QCOMPARE(stranger.status, 403);
    QCOMPARE(stranger.json()[u"property"_s].toString(), u"tenant_id"_s);
    QCOMPARE(m_target.call("PUT", kLinks + u'/' + id + u"/cancel"_s).json()[u"errors"_s].toArray().size(), 1);

    // A 422 keeps errors[] (seed 001), and the Payments API keeps errors[] for its 404s.
    const HttpResult invalid = m_target.current("POST", kLinks, QJsonObject {});
    QCOMPARE(invalid.status, 422);
    QVERIFY(ContractTarget::hasError(invalid, u"customer"_s));
    QVERIFY(ContractTarget::hasError(m_target.current("GET", u"/payments/api/v1/payment_orders/"_s + kNoSuchId),
                                     u"payment_order_id"_s));
}

void TestSandboxContract::revisionLinkMetadataAndUrls()
{
    const QJsonObject metadata {{u"sale_number"_s, 17}, {u"till"_s, u"Kassa 1"_s}};
    const QString id = m_target.createCurrentLink(m_target.createOrder(),
                                                  {{u"metadata"_s, metadata},
                                                   {u"checkout_success_url"_s, u"https://stall.example/tack"_s},
                                                   {u"checkout_cancel_url"_s, u"https://stall.example/avbrutet"_s}});
    QVERIFY(!id.isEmpty());
    const HttpResult got = m_target.current("GET", kLinks + u'/' + id);
    QCOMPARE(got.json()[u"metadata"_s].toObject(), metadata);
    QCOMPARE(got.json()[u"checkout_success_url"_s].toString(), u"https://stall.example/tack"_s);
    QCOMPARE(got.json()[u"checkout_cancel_url"_s].toString(), u"https://stall.example/avbrutet"_s);

    // The older revision takes and returns them the same way.
    const QString older = m_target.createLink(m_target.createOrder(), {{u"metadata"_s, metadata}});
    QVERIFY(!older.isEmpty());
    QCOMPARE(m_target.call("GET", kLinks + u'/' + older).json()[u"metadata"_s].toObject(), metadata);

    QJsonObject bad = m_target.currentLinkBody(m_target.createOrder());
    bad[u"metadata"_s] = u"sale 17"_s;
    bad[u"checkout_success_url"_s] = u"tack"_s;
    bad[u"checkout_cancel_url"_s] = 5;
    const HttpResult refused = m_target.current("POST", kLinks, bad);
    QCOMPARE(refused.status, 422);
    for (const QString &field : {u"metadata"_s, u"checkout_success_url"_s, u"checkout_cancel_url"_s})
        QVERIFY2(ContractTarget::hasError(refused, field), qPrintable(field));

    requireAdmin();
    QVERIFY(m_target.raw("GET", u"/checkout/"_s + id, {}, {}).body.contains("https://stall.example/avbrutet"));
    QCOMPARE(m_target.admin("POST", u"/payment_links/"_s + id + u"/pay"_s).status, 200);
    QVERIFY(m_target.raw("GET", u"/checkout/"_s + id, {}, {}).body.contains("https://stall.example/tack"));
}

void TestSandboxContract::revisionEmptyIdSegments_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("payments of no order") << "GET"_ba << u"/payments/api/v1/payment_orders//payments/"_s;
    QTest::newRow("put no order") << "PUT"_ba << u"/payments/api/v1/payment_orders/"_s;
    QTest::newRow("close no order") << "PUT"_ba << u"/payments/api/v1/payment_orders//close"_s;
    QTest::newRow("refund no payment") << "POST"_ba << u"/payments/api/v1/payment_orders/%1/payments//refund"_s;
    QTest::newRow("receipt of no link") << "GET"_ba << u"/payment_links/api/v1/payment_links//receipt"_s;
    QTest::newRow("cancel no link") << "PUT"_ba << u"/payment_links/api/v1/payment_links//cancel"_s;
}

void TestSandboxContract::revisionEmptyIdSegments()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const QString full = path.contains(u"%1"_s) ? path.arg(kNoSuchId) : path;
    for (bool current : {false, true}) {
        const HttpResult result =
            current ? m_target.current(method, full, QJsonObject {}) : m_target.call(method, full, QJsonObject {});
        QVERIFY2(result.status == 404, result.body.constData());
    }
}

void TestSandboxContract::revisionSmsDelivery()
{
    requireAdmin();
    QCOMPARE(m_target
                 .admin("POST", u"/sms"_s,
                        QJsonObject {{u"delay_ms"_s, 10000}, {u"undeliverable"_s, QJsonArray {u"+46 70 999 99 99"_s}}})
                 .status,
             200);
    QCOMPARE(m_target.admin("POST", u"/sms"_s, QJsonObject {{u"delay_ms"_s, -1}}).status, 422);
    QCOMPARE(m_target.admin("POST", u"/clock"_s, QJsonObject {{u"frozen"_s, true}}).status, 200);
    const auto send = [this](const QString &phone) {
        const QString id = m_target.createCurrentLink(m_target.createOrder());
        const HttpResult sent =
            m_target.current("PUT", kLinks + u'/' + id + u"/distribute"_s,
                             QJsonObject {{u"methods"_s, QJsonArray {u"sms"_s}}, {u"customer_phone"_s, phone}});
        return sent.status == 204 ? id : QString();
    };
    const auto smsStatus = [this](const QString &id, bool current) {
        const QString path = kLinks + u'/' + id;
        return (current ? m_target.current("GET", path) : m_target.call("GET", path))
            .json()[u"sms_status"_s]
            .toString();
    };
    const QString fresh = m_target.createCurrentLink(m_target.createOrder());
    const QString good = send(u"0701234567"_s);
    const QString bad = send(u"0709999999"_s);
    QVERIFY(!good.isEmpty() && !bad.isEmpty());
    QCOMPARE(smsStatus(fresh, true), u"NOT_CREATED"_s);
    QCOMPARE(smsStatus(good, true), u"CREATED"_s);
    QCOMPARE(smsStatus(good, false), u"DELIVERED"_s); // the older revision: delivered at once
    QCOMPARE(smsStatus(bad, false), u"FAILED"_s);
    m_target.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 5}});
    QCOMPARE(smsStatus(good, true), u"PENDING"_s);
    QCOMPARE(smsStatus(bad, true), u"PENDING"_s);
    m_target.admin("POST", u"/clock"_s, QJsonObject {{u"advance_seconds"_s, 5}});
    QCOMPARE(smsStatus(good, true), u"DELIVERD"_s); // sic, as the C# SDK parses it
    QCOMPARE(smsStatus(bad, true), u"FAILED"_s);
    QCOMPARE(m_target.admin("POST", u"/clock"_s, QJsonObject {{u"frozen"_s, false}}).status, 200);
    QCOMPARE(m_target.admin("POST", u"/sms"_s, QJsonObject {{u"delay_ms"_s, 3000}}).status, 200);
}
