// The payer's checkout page: loads it, checks what it shows in Swedish and English, pays and
// declines through its forms, and sees the link paid through the API. With Chromium installed it
// also renders the page at phone size (390 CSS px) and checks nothing runs off the screen;
// STALLPAY_UPDATE_SCREENSHOTS=1 writes those renders to docs/screenshots/checkout-*.png.

#include "contracttarget.h"
#include "testconfig.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxCheckout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSupplierItemsVatAndTotalInSwedish();
    void showsEnglishForEnglishLocale();
    void payThroughForm();
    void declineThenRetry();
    void cancelledAndUnknownLinks();
    void looksRightOnAPhone_data();
    void looksRightOnAPhone();

private:
    QString newLink(const QJsonObject &overrides = {});
    HttpResult page(const QString &id, const QString &query = {});
    HttpResult submit(const QString &id, const QByteArray &form);
    void screenshot(const QString &url, const QString &name);

    ContractTarget m_target;
    QTemporaryDir m_dir;
};

void TestSandboxCheckout::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("STALLPAY_CONTRACT_BASE_URL"))
        QSKIP("the checkout page under test is ping-sandbox's");
    QString error;
    QVERIFY2(m_target.start(&error, {u"--seed"_s, u"5"_s}), qPrintable(error));
}

QString TestSandboxCheckout::newLink(const QJsonObject &overrides)
{
    return m_target.createLink(m_target.createOrder(), overrides);
}

HttpResult TestSandboxCheckout::page(const QString &id, const QString &query)
{
    return httpRequest("GET", m_target.url(u"/checkout/"_s + id + query));
}

HttpResult TestSandboxCheckout::submit(const QString &id, const QByteArray &form)
{
    return httpRequest("POST", m_target.url(u"/checkout/%1/pay"_s.arg(id)), form,
                       {{"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}});
}

void TestSandboxCheckout::showsSupplierItemsVatAndTotalInSwedish()
{
    const QString id = newLink({{u"due_date"_s, u"2099-12-24"_s}});
    const QString checkoutUrl = m_target.getLink(id)[u"checkout_url"_s].toString();
    const HttpResult result = httpRequest("GET", QUrl(checkoutUrl));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").contains("text/html"));
    QVERIFY(result.header("content-type").contains("utf-8"));
    const QString html = QString::fromUtf8(result.body);
    QVERIFY(html.contains(u"name=\"viewport\" content=\"width=device-width, initial-scale=1\""_s));
    QVERIFY(html.contains(u"<html lang=\"sv\""_s));
    for (const QString &text :
         {u"Grönsaksståndet"_s, u"Malmö"_s, u"Tomater 1 kg"_s, u"Kasse"_s, u"Totalt"_s, u"73,00\u00a0kr"_s,
          u"varav moms 12\u00a0%"_s, u"7,50\u00a0kr"_s, u"varav moms 25\u00a0%"_s, u"0,60\u00a0kr"_s,
          u"Betala med Swish"_s, u"Betala med kort"_s, u"2099-12-24"_s, u"action=\"/checkout/%1/pay\""_s.arg(id)})
        QVERIFY2(html.contains(text), qPrintable(text));
}

void TestSandboxCheckout::showsEnglishForEnglishLocale()
{
    const QString id = newLink({{u"locale"_s, u"en-GB"_s}});
    const QString html = QString::fromUtf8(page(id).body);
    QVERIFY(html.contains(u"<html lang=\"en\""_s));
    for (const QString &text : {u"Pay to"_s, u"Total"_s, u"SEK\u00a073.00"_s, u"of which VAT 12\u00a0%"_s,
                                u"Pay with Swish"_s, u"Pay by card"_s})
        QVERIFY2(html.contains(text), qPrintable(text));
    QVERIFY(!html.contains(u"Betala"_s));
}

void TestSandboxCheckout::payThroughForm()
{
    const QString id = newLink();
    const HttpResult paid = submit(id, "outcome=pay&method=1");
    QCOMPARE(paid.status, 303);
    const QByteArray location = paid.header("location");
    QVERIFY(location.startsWith("/checkout/" + id.toUtf8()));
    const HttpResult receipt = httpRequest("GET", m_target.url(QString::fromUtf8(location)));
    QCOMPARE(receipt.status, 200);
    const QString html = QString::fromUtf8(receipt.body);
    QVERIFY(html.contains(u"id=\"receipt\""_s));
    QVERIFY(html.contains(u"Tack för din betalning!"_s));
    QVERIFY(html.contains(u"/documents/%1/receipt.pdf"_s.arg(id)));
    QVERIFY(!html.contains(u"Betala med Swish"_s));

    const QJsonObject link = m_target.getLink(id);
    QCOMPARE(link[u"status"_s].toString(), u"COMPLETED"_s);
    QVERIFY(html.contains(link[u"payment_id"_s].toString()));
    const QJsonArray payments =
        m_target.call("GET", u"/payments/api/v1/payment_orders/"_s + link[u"payment_order_id"_s].toString())
            .json()[u"payments"_s]
            .toArray();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.at(0)[u"provider"_s].toString(), u"verifone"_s); // method 1 is the card

    // Posting again (a reload, a double tap) takes no second payment.
    QCOMPARE(submit(id, "outcome=pay&method=0").status, 303);
    QCOMPARE(m_target.call("GET", u"/payments/api/v1/payment_orders/"_s + link[u"payment_order_id"_s].toString())
                 .json()[u"payments"_s]
                 .toArray()
                 .size(),
             1);
    QCOMPARE(submit(id, "outcome=steal").status, 422);
}

void TestSandboxCheckout::declineThenRetry()
{
    const QString id = newLink();
    const HttpResult declined = submit(id, "outcome=decline&method=0");
    QCOMPARE(declined.status, 303);
    const QString html =
        QString::fromUtf8(httpRequest("GET", m_target.url(QString::fromUtf8(declined.header("location")))).body);
    QVERIFY(html.contains(u"Betalningen nekades"_s));
    QVERIFY(html.contains(u"Försök igen"_s));
    QVERIFY(html.contains(u"Betala med Swish"_s)); // still payable
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CREATED"_s);

    QCOMPARE(submit(id, "outcome=cancel&method=0").status, 303);
    QVERIFY(QString::fromUtf8(page(id, u"?result=aborted"_s).body).contains(u"Betalningen avbröts"_s));
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CREATED"_s);

    QCOMPARE(submit(id, "outcome=pay&method=0").status, 303);
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"COMPLETED"_s);
}

void TestSandboxCheckout::cancelledAndUnknownLinks()
{
    const QString id = newLink();
    QCOMPARE(m_target.call("PUT", u"/payment_links/api/v1/payment_links/%1/cancel"_s.arg(id)).status, 204);
    const QString html = QString::fromUtf8(page(id).body);
    QVERIFY(html.contains(u"data-status=\"CANCELLED\""_s));
    QVERIFY(html.contains(u"Säljaren har avbrutit"_s));
    QVERIFY(!html.contains(u"<form"_s));
    QCOMPARE(submit(id, "outcome=pay&method=0").status, 303);
    QCOMPARE(m_target.getLink(id)[u"status"_s].toString(), u"CANCELLED"_s);

    QCOMPARE(page(u"00000000-0000-4000-8000-000000000000"_s).status, 404);
}

void TestSandboxCheckout::looksRightOnAPhone_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("outcome");
    QTest::newRow("sv") << u"sv"_s << u"sv-SE"_s << QByteArray();
    QTest::newRow("en") << u"en"_s << u"en-GB"_s << QByteArray();
    QTest::newRow("declined") << u"declined"_s << u"sv-SE"_s << "decline"_ba;
    QTest::newRow("paid") << u"paid"_s << u"sv-SE"_s << "pay"_ba;
}

void TestSandboxCheckout::looksRightOnAPhone()
{
    QFETCH(QString, name);
    QFETCH(QString, locale);
    QFETCH(QByteArray, outcome);
    const QString id = newLink({{u"locale"_s, locale}, {u"due_date"_s, u"2099-12-24"_s}});
    QString url = m_target.url(u"/checkout/"_s + id).toString();
    if (!outcome.isEmpty())
        url = m_target.url(QString::fromUtf8(submit(id, "outcome=" + outcome + "&method=0").header("location")))
                  .toString();
    screenshot(url, name);
}

void TestSandboxCheckout::screenshot(const QString &url, const QString &name)
{
    QString chromium;
    for (const QString &candidate : {u"chromium-headless-shell"_s, u"chromium"_s, u"chromium-browser"_s}) {
        chromium = QStandardPaths::findExecutable(candidate);
        if (!chromium.isEmpty())
            break;
    }
    if (chromium.isEmpty())
        QSKIP("no Chromium: install the Debian package chromium-headless-shell to check the phone layout");

    // An iPhone 12-14 viewport (390x844 CSS px) at 2x, like the phone in a payer's hand.
    const QString file = m_dir.filePath(u"checkout-%1.png"_s.arg(name));
    QProcess process;
    process.start(chromium,
                  {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--hide-scrollbars"_s,
                   u"--window-size=390,844"_s, u"--force-device-scale-factor=2"_s, u"--screenshot="_s + file, url});
    QVERIFY(process.waitForFinished(60000));
    QImage image(file);
    QVERIFY2(!image.isNull(), process.readAllStandardError().right(2000).constData());
    QCOMPARE(image.width(), 780);

    // Nothing may touch the right edge (content cut off or scrolling sideways), and the main
    // button must lie wholly inside the screen with a margin.
    const QRgb background = image.pixel(image.width() - 1, 0);
    for (int y = 0; y < image.height(); y += 4)
        QCOMPARE(image.pixel(image.width() - 1, y), background);
    const QColor buttonColour(u"#1f8a4c"_s); // the Swish button
    int left = image.width(), right = -1;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == buttonColour.rgb()) {
                left = qMin(left, x);
                right = qMax(right, x);
            }
        }
    }
    if (name != u"paid"_s) {
        QVERIFY2(right > 0, "the Swish button is not on the screen");
        QVERIFY(left >= 16 && right <= image.width() - 16);
    }
    if (qEnvironmentVariableIntValue("STALLPAY_UPDATE_SCREENSHOTS") == 1) {
        const QString target =
            QString::fromUtf8(STALLPAY_SOURCE_DIR) + u"/docs/screenshots/checkout-%1.png"_s.arg(name);
        QFile::remove(target);
        QVERIFY(QFile::copy(file, target));
    }
}

QTEST_MAIN(TestSandboxCheckout)
#include "tst_sandbox_checkout.moc"
