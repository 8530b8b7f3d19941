#include "sandboxcheck.h"
#include "syncrig.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Answers a bad network or a hostile server gives, through the real client and engine against
// ping-sandbox's faults: a login page in place of the answer, a redirect to another host, an answer
// without end, a checkout address on a host nobody expects, a server that applies a request after
// the client gave up. Each ends with the sale right and nothing done twice, checked at the sandbox.
class TestSyncHostile : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncRig> m_rig;

    SyncRig &rig() { return *m_rig; }
    Sale sale(qint64 id)
    {
        Sale s;
        rig().sales().queries().load(id, &s);
        return s;
    }
    bool fault(const QJsonObject &rule) { return SandboxCheck::addFault(m_sandbox, rule); }
    static const QString kCreateLink;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"7"_s}, &error), qPrintable(error));
    }

    void init()
    {
        QCOMPARE(SandboxCheck::admin(m_sandbox, "POST", u"/reset"_s).status / 100, 2);
        m_dir = std::make_unique<QTemporaryDir>();
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox);
        QVERIFY(rig().isOpen());
    }

    void cleanup()
    {
        m_rig.reset();
        SandboxCheck::admin(m_sandbox, "DELETE", u"/faults"_s);
    }

    // The server applies the link request after the connection died unanswered. The engine looks
    // again within the settle window instead of asking a second time, and adopts the late link.
    void lateApplyIsAdoptedNotMadeTwice()
    {
        SyncTimings timings = SyncTimings::fast();
        timings.settleMs = 10000; // far beyond the late apply, whatever the machine's load
        m_rig.reset();
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox, timings);
        QVERIFY(fault({{u"endpoint"_s, kCreateLink}, {u"kind"_s, u"late_apply"_s}, {u"ms"_s, 300}, {u"count"_s, 1}}));
        const qsizetype logged = m_sandbox.standardError().count("late apply");
        const qint64 id = rig().sell();
        QVERIFY(rig().waitForState({id}, SaleState::LinkReady));
        QVERIFY(rig().drain());
        // The sandbox has applied the late request (its log says so): whatever it made is listed.
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.standardError().count("late apply") > logged, 10000);
        const QJsonArray links = SandboxCheck::links(m_sandbox);
        QCOMPARE(SandboxCheck::linksOfOrder(links, sale(id).paymentOrderId), 1); // none made a second time
        QCOMPARE(links.at(0)[u"payment_link_id"_s].toString(), sale(id).paymentLinkId);
        QCOMPARE(links.at(0)[u"status"_s].toString(), u"CREATED"_s);
    }

    // A network's login page answers "200" in place of the service: not taken as sent. The SMS goes
    // out once the real service answers.
    void loginPageInPlaceOfAnAnswerIsNotSuccess()
    {
        const qint64 id = rig().sell();
        QVERIFY(rig().waitForState({id}, SaleState::LinkReady));
        QVERIFY(fault({{u"endpoint"_s, u"PUT /payment_links/api/v1/payment_links/*/distribute"_s},
                       {u"kind"_s, u"captive_portal"_s},
                       {u"count"_s, 1}}));
        SaleContact who;
        who.phone = u"+46701234567"_s;
        QString error;
        QVERIFY(rig().sales().payer().saveContact(id, who, &error));
        QVERIFY2(rig().sales().commands().requestDistribution(id, true, false, &error), qPrintable(error));
        QVERIFY(rig().drain());
        const QJsonArray sent =
            SandboxCheck::admin(m_sandbox, "GET", u"/outbox?payment_link_id="_s + sale(id).paymentLinkId)
                .json()[u"messages"_s]
                .toArray();
        QCOMPARE(sent.size(), 1);
        bool named = false;
        for (const SaleEvent &e : rig().sales().queries().timeline(id))
            named = named || e.detail.contains(u"text/html"_s);
        QVERIFY2(named, "the timeline says what came instead of the answer");
    }

    // A checkout address on a host the environment does not expect never becomes the sale's.
    void untrustedCheckoutAddressIsNeverShown_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("another host") << u"https://evil.example/pay"_s;
        QTest::newRow("script") << u"javascript:alert(1)"_s;
        QTest::newRow("plain http elsewhere") << u"http://192.0.2.7/pay"_s;
    }
    void untrustedCheckoutAddressIsNeverShown()
    {
        QFETCH(QString, address);
        QVERIFY(fault({{u"endpoint"_s, kCreateLink},
                       {u"kind"_s, u"answer_field"_s},
                       {u"field"_s, u"checkout_url"_s},
                       {u"value"_s, address},
                       {u"count"_s, 1}}));
        const qint64 id = rig().sell();
        QVERIFY(rig().waitForState({id}, SaleState::Failed));
        QVERIFY(sale(id).checkoutUrl.isEmpty());
        QVERIFY2(sale(id).lastError.contains(u"do not trust"_s), qPrintable(sale(id).lastError));
    }

    // A redirect to another host is not followed: the account's headers never reach it.
    void redirectToAnotherHostGetsNoCredentials()
    {
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = elsewhere.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, this, [&received, s] { received += s->readAll(); });
        });
        QVERIFY(fault({{u"endpoint"_s, u"GET /payments/api/v1/tenant"_s},
                       {u"kind"_s, u"redirect"_s},
                       {u"location"_s, u"http://127.0.0.1:%1/steal"_s.arg(elsewhere.serverPort())}}));
        std::optional<PingResponse> answer;
        rig().client().getTenant([&answer](const PingResponse &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(!answer->ok());
        QVERIFY2(answer->message().contains(u"another address"_s), qPrintable(answer->message()));
        QTest::qWait(200); // a followed redirect would have arrived by now
        QVERIFY2(received.isEmpty(), received.constData());
    }

    // An answer without end is cut off at the cap, with words, and the memory stays bounded.
    void endlessAnswerIsCutOff()
    {
        QVERIFY(fault({{u"endpoint"_s, u"GET /payment_links/api/v1/payment_links/*"_s}, {u"kind"_s, u"endless"_s}}));
        std::optional<PingResponse> answer;
        rig().client().getPaymentLink(u"anything"_s, [&answer](const PingResponse &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QCOMPARE(answer->outcome, PingResponse::Outcome::Unknown);
        QVERIFY2(answer->message().contains(u"cut off"_s), qPrintable(answer->message()));
    }
};

const QString TestSyncHostile::kCreateLink = u"POST /payment_links/api/v1/payment_links"_s;

QTEST_MAIN(TestSyncHostile)
#include "tst_sync_hostile.moc"
