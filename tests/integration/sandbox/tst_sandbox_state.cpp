// bin/ping-sandbox's state at scale: --fill (a platform tenant with many merchants and links), the
// request counts of /_sandbox/requests, and the --state journal: saved in proportion to the change,
// kill -9 at random moments losing no acknowledged change, a torn last line ignored.

#include "contracttarget.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kLinks = u"/payment_links/api/v1/payment_links"_s;
const QString kOrders = u"/payments/api/v1/payment_orders"_s;

// id → record of one list of GET /_sandbox/state.
QHash<QString, QJsonObject> byId(const QJsonObject &state, const QString &list)
{
    QHash<QString, QJsonObject> records;
    for (const QJsonValue &record : state[list].toArray())
        records.insert(record[u"id"_s].toString(), record.toObject());
    return records;
}

qint64 routeCount(const QJsonObject &requests, const QString &route)
{
    return requests[u"routes"_s][route][u"count"_s].toInteger();
}
} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fillMakesAPlatformTenant();
    void fillThroughTheAdminApiAndNotTwiceWithState();
    void requestCountsPerRoute();
    void badFillIsRefused();
    void savingIsProportionalToTheChange();
    void journalIsCompactedWhenItOutgrowsTheSnapshot();
    void tornLastLineIsIgnored();
    void olderStateFileStillLoads();
    void killNineLosesNoAcknowledgedChange();

private:
    QTemporaryDir m_dir;
};

void TestSandboxState::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("STALLPAY_CONTRACT_BASE_URL"))
        QSKIP("these tests run bin/ping-sandbox itself");
    QVERIFY(m_dir.isValid());
}

void TestSandboxState::fillMakesAPlatformTenant()
{
    ContractTarget sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, {u"--seed"_s, u"5"_s, u"--fill"_s, u"merchants=20,links=600"_s}), qPrintable(error));
    const HttpResult list = sandbox.call("GET", kLinks);
    QCOMPARE(list.status, 200);
    const QJsonArray links = list.json().array();
    QCOMPARE(links.size(), 600);
    QSet<QString> merchants;
    QHash<QString, int> statuses;
    for (const QJsonValue &link : links) {
        merchants.insert(link[u"merchant_id"_s].toString());
        ++statuses[link[u"status"_s].toString()];
    }
    QVERIFY2(merchants.size() > 10, "links are spread over the merchants");
    for (const QString &status : {u"COMPLETED"_s, u"CANCELLED"_s, u"EXPIRED"_s, u"CREATED"_s})
        QVERIFY2(statuses.value(status) > 0, qPrintable(status));
    QVERIFY(statuses.value(u"COMPLETED"_s) > statuses.value(u"CREATED"_s));
    // 20 filled merchants besides the account's own.
    QCOMPARE(sandbox.call("GET", u"/payments/api/v1/merchants"_s).json().array().size(), 21);

    // Any one link answers on its own, with its merchant's name, and a completed one has its payment.
    const QJsonObject sample = links.at(123).toObject();
    const HttpResult one = sandbox.call("GET", kLinks + u'/' + sample[u"payment_link_id"_s].toString());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().object(), sample);
    QVERIFY(one.json()[u"merchant_name"_s].toString().startsWith(u"Torgstånd"_s));
    for (const QJsonValue &link : links) {
        if (link[u"status"_s] != u"COMPLETED"_s)
            continue;
        const HttpResult order = sandbox.call("GET", kOrders + u'/' + link[u"payment_order_id"_s].toString());
        QCOMPARE(order.status, 200);
        QCOMPARE(order.json()[u"payments"_s].toArray().size(), 1);
        QCOMPARE(order.json()[u"payments"_s][0][u"status"_s].toString(), u"COMPLETED"_s);
        break;
    }
    // The CREATED ones are young enough to be paid, not expired on the first request.
    for (const QJsonValue &link : links) {
        if (link[u"status"_s] != u"CREATED"_s)
            continue;
        QCOMPARE(sandbox.admin("POST", u"/payment_links/"_s + link[u"payment_link_id"_s].toString() + u"/pay"_s).status,
                 200);
        break;
    }
}

void TestSandboxState::fillThroughTheAdminApiAndNotTwiceWithState()
{
    const QString state = m_dir.filePath(u"filled.state"_s);
    {
        ContractTarget sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error, {u"--state"_s, state, u"--fill"_s, u"merchants=3,links=50"_s}),
                 qPrintable(error));
        const HttpResult filled = sandbox.admin("POST", u"/fill"_s, QJsonObject {{u"links"_s, 25}});
        QCOMPARE(filled.status, 200);
        QCOMPARE(filled.json()[u"payment_links"_s].toInt(), 75);
        QCOMPARE(filled.json()[u"merchants"_s].toInt(), 5); // 1 + 3 + the one a links-only fill adds
        sandbox.process().kill();
    }
    ContractTarget again;
    QString error;
    QVERIFY2(again.start(&error, {u"--state"_s, state, u"--fill"_s, u"merchants=3,links=50"_s}), qPrintable(error));
    QCOMPARE(again.call("GET", kLinks).json().array().size(), 75); // a filled state is not filled again
}

void TestSandboxState::requestCountsPerRoute()
{
    ContractTarget sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, {u"--fill"_s, u"merchants=2,links=40"_s}), qPrintable(error));
    const QString link = sandbox.call("GET", kLinks).json().array().at(7)[u"payment_link_id"_s].toString();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sandbox.call("GET", kLinks + u'/' + link).status, 200);
    QCOMPARE(sandbox.call("GET", kLinks + u"/not-a-uuid"_s).status, 422);
    sandbox.admin("GET", u"/clock"_s); // the admin API is not counted

    const QJsonObject counts = sandbox.admin("GET", u"/requests"_s).json().object();
    const QString one = u"GET /payment_links/api/v1/payment_links/{id}"_s;
    const QString whole = u"GET /payment_links/api/v1/payment_links"_s;
    QCOMPARE(routeCount(counts, whole), 1);
    QCOMPARE(routeCount(counts, one), 4);
    QCOMPARE(counts[u"routes"_s][one][u"statuses"_s][u"200"_s].toInteger(), 3);
    QCOMPARE(counts[u"routes"_s][one][u"statuses"_s][u"422"_s].toInteger(), 1);
    QCOMPARE(counts[u"total"_s].toInteger(), 5);
    // The list of 40 links costs far more bytes than one link.
    const qint64 perLink = counts[u"routes"_s][one][u"body_bytes"_s].toInteger() / 4;
    QVERIFY(perLink > 0);
    QVERIFY(counts[u"routes"_s][whole][u"body_bytes"_s].toInteger() > 20 * perLink);

    QCOMPARE(sandbox.admin("DELETE", u"/requests"_s).status, 204);
    QCOMPARE(sandbox.admin("GET", u"/requests"_s).json()[u"total"_s].toInteger(), 0);
}

void TestSandboxState::badFillIsRefused()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY(!sandbox.start({u"--fill"_s, u"merchants=lots"_s}, &error));
    ContractTarget target;
    QVERIFY2(target.start(&error), qPrintable(error));
    const HttpResult refused = target.admin("POST", u"/fill"_s, QJsonObject {{u"links"_s, -1}});
    QCOMPARE(refused.status, 422);
    QVERIFY(ContractTarget::hasError(refused, u"links"_s, u"invalid_value"_s));
}

void TestSandboxState::savingIsProportionalToTheChange()
{
    const QString state = m_dir.filePath(u"proportional.state"_s);
    ContractTarget sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, {u"--state"_s, state, u"--fill"_s, u"merchants=10,links=3000"_s}),
             qPrintable(error));
    const qint64 filled = QFileInfo(state).size();
    QVERIFY2(filled > 2'000'000, "3,000 links make a state of megabytes");
    const QString order = sandbox.createOrder();
    QVERIFY(!order.isEmpty());
    const QString link = sandbox.createLink(order);
    QVERIFY(!link.isEmpty());
    QCOMPARE(sandbox.call("PUT", kLinks + u'/' + link + u"/cancel"_s).status, 204);
    // Three changes add three lines of a few kilobytes, not three copies of the state.
    const qint64 grown = QFileInfo(state).size() - filled;
    QVERIFY2(grown > 0 && grown < 12'000, qPrintable(QString::number(grown)));
    // Reading (a poll) writes nothing.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sandbox.call("GET", kLinks + u'/' + link).status, 200);
    QCOMPARE(QFileInfo(state).size() - filled, grown);
}

void TestSandboxState::journalIsCompactedWhenItOutgrowsTheSnapshot()
{
    const QString state = m_dir.filePath(u"compacted.state"_s);
    ContractTarget sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error, {u"--state"_s, state, u"--seed"_s, u"9"_s}), qPrintable(error));
    const QString order = sandbox.createOrder();
    // Enough change lines to pass the journal's floor (256 KiB) make the file shrink back to a
    // snapshot at least once.
    qint64 largest = 0;
    bool shrank = false;
    QStringList links;
    for (int i = 0; i < 400 && !shrank; ++i) {
        const QString link = sandbox.createLink(order);
        QVERIFY(!link.isEmpty());
        links.append(link);
        const qint64 size = QFileInfo(state).size();
        shrank = size < largest;
        largest = qMax(largest, size);
    }
    QVERIFY2(shrank, "the journal was compacted");
    const QJsonObject before = sandbox.admin("GET", u"/state"_s).json().object();
    sandbox.process().kill();
    ContractTarget after;
    QVERIFY2(after.start(&error, {u"--state"_s, state, u"--seed"_s, u"9"_s}), qPrintable(error));
    const QJsonObject reloaded = after.admin("GET", u"/state"_s).json().object();
    QCOMPARE(reloaded[u"payment_links"_s].toArray().size(), links.size());
    QCOMPARE(reloaded[u"payment_links"_s], before[u"payment_links"_s]);
    QCOMPARE(reloaded[u"payment_orders"_s], before[u"payment_orders"_s]);
    QCOMPARE(reloaded[u"random_state"_s], before[u"random_state"_s]);
}

void TestSandboxState::tornLastLineIsIgnored()
{
    const QString state = m_dir.filePath(u"torn.state"_s);
    QString error;
    QJsonObject before;
    QString link;
    {
        ContractTarget sandbox;
        QVERIFY2(sandbox.start(&error, {u"--state"_s, state}), qPrintable(error));
        link = sandbox.createLink(sandbox.createOrder());
        QVERIFY(!link.isEmpty());
        before = sandbox.admin("GET", u"/state"_s).json().object();
        sandbox.process().kill();
    }
    // A kill in the middle of a write leaves half a line.
    QFile file(state);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"put":{"payment_links":[{"id":")" + link.toUtf8() + R"(","status":"CANCEL)");
    file.close();

    ContractTarget reloaded;
    QVERIFY2(reloaded.start(&error, {u"--state"_s, state}), qPrintable(error));
    QVERIFY(reloaded.process().standardError().contains("torn"));
    const QJsonObject loaded = reloaded.admin("GET", u"/state"_s).json().object();
    QCOMPARE(loaded[u"payment_links"_s], before[u"payment_links"_s]);
    QCOMPARE(reloaded.getLink(link)[u"status"_s].toString(), u"CREATED"_s);
    // Appending goes on after the last good line, so the next change and restart are sound.
    QCOMPARE(reloaded.call("PUT", kLinks + u'/' + link + u"/cancel"_s).status, 204);
    reloaded.process().kill();
    ContractTarget third;
    QVERIFY2(third.start(&error, {u"--state"_s, state}), qPrintable(error));
    QVERIFY(!third.process().standardError().contains("torn"));
    QCOMPARE(third.getLink(link)[u"status"_s].toString(), u"CANCELLED"_s);
}

void TestSandboxState::olderStateFileStillLoads()
{
    // The format before the journal: one indented document, as GET /_sandbox/state still answers.
    QString error;
    QJsonObject old;
    QString link;
    {
        ContractTarget sandbox;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        link = sandbox.createLink(sandbox.createOrder());
        old = sandbox.admin("GET", u"/state"_s).json().object();
    }
    QCOMPARE(old[u"format"_s].toInt(), 1);
    const QString state = m_dir.filePath(u"old.json"_s);
    QFile file(state);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(old).toJson(QJsonDocument::Indented));
    file.close();
    ContractTarget sandbox;
    QVERIFY2(sandbox.start(&error, {u"--state"_s, state}), qPrintable(error));
    QCOMPARE(sandbox.tenantId(), old[u"tenant_id"_s].toString());
    QCOMPARE(sandbox.getLink(link)[u"status"_s].toString(), u"CREATED"_s);
    QCOMPARE(sandbox.admin("GET", u"/state"_s).json()[u"payment_links"_s], old[u"payment_links"_s]);
}

// 25 rounds: a client changes state as fast as the sandbox answers and the sandbox is killed
// (SIGKILL) at a random moment; the restart on the same file must hold every change that was
// answered 2xx, and every record no later request touched exactly as it was.
void TestSandboxState::killNineLosesNoAcknowledgedChange()
{
    const QString state = m_dir.filePath(u"killed.state"_s);
    QRandomGenerator random(20261201);
    QHash<QString, QString> linkStatus; // acknowledged: link id → status
    QSet<QString> orders; // acknowledged open orders
    QSet<QString> touched; // ids a request after the dump changed (or may have, if unanswered)
    QJsonObject dump; // the state as acknowledged before the round's changes
    int acknowledged = 0;
    int kills = 0;
    const int rounds = 25;
    for (int round = 0; round <= rounds; ++round) {
        ContractTarget sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error, {u"--state"_s, state, u"--seed"_s, u"11"_s}), qPrintable(error));
        const QJsonObject now = sandbox.admin("GET", u"/state"_s).json().object();
        QVERIFY2(!now.isEmpty(), "the state loads");
        // Every acknowledged change is there…
        const QHash<QString, QJsonObject> links = byId(now, u"payment_links"_s);
        const QHash<QString, QJsonObject> orderRecords = byId(now, u"payment_orders"_s);
        for (auto it = linkStatus.cbegin(); it != linkStatus.cend(); ++it) {
            QVERIFY2(links.contains(it.key()), qPrintable(u"round %1: lost link %2"_s.arg(round).arg(it.key())));
            if (!touched.contains(it.key()) || it.value() != u"CREATED"_s)
                QCOMPARE(links[it.key()][u"status"_s].toString(), it.value());
        }
        for (const QString &order : std::as_const(orders))
            QVERIFY2(orderRecords.contains(order), qPrintable(u"round %1: lost order %2"_s.arg(round).arg(order)));
        // …and what no later request touched loads exactly as it was.
        for (const QString &list : {u"payment_links"_s, u"payment_orders"_s}) {
            const QHash<QString, QJsonObject> then = byId(dump, list);
            const QHash<QString, QJsonObject> reloaded = byId(now, list);
            for (auto it = then.cbegin(); it != then.cend(); ++it) {
                if (!touched.contains(it.key()))
                    QCOMPARE(reloaded.value(it.key()), it.value());
            }
        }
        // An unanswered change may or may not have happened: take what the sandbox says.
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            if (linkStatus.contains(it.key()))
                linkStatus[it.key()] = it.value()[u"status"_s].toString();
        }
        if (round == rounds)
            break;

        dump = now;
        touched.clear();
        bool killed = false;
        QTimer::singleShot(int(random.bounded(5, 120)), [&] {
            sandbox.process().kill();
            killed = true;
            ++kills;
        });
        while (!killed) {
            QStringList open;
            for (auto it = linkStatus.cbegin(); it != linkStatus.cend(); ++it) {
                if (it.value() == u"CREATED"_s)
                    open.append(it.key());
            }
            const quint32 pick = random.bounded(10);
            if (orders.isEmpty() || pick < 2) {
                const QString order = sandbox.createOrder();
                if (!order.isEmpty())
                    orders.insert(order);
            } else if (open.isEmpty() || pick < 6) {
                const QString order = *std::next(orders.cbegin(), random.bounded(int(orders.size())));
                touched.insert(order);
                const QString link = sandbox.createLink(order);
                if (!link.isEmpty())
                    linkStatus.insert(link, u"CREATED"_s);
            } else {
                const QString link = open.at(random.bounded(int(open.size())));
                const bool pay = pick < 8;
                touched.insert(link);
                const HttpResult result = pay ? sandbox.admin("POST", u"/payment_links/"_s + link + u"/pay"_s)
                                              : sandbox.call("PUT", kLinks + u'/' + link + u"/cancel"_s);
                if (result.status / 100 == 2) {
                    linkStatus[link] = pay ? u"COMPLETED"_s : u"CANCELLED"_s;
                    ++acknowledged;
                }
                continue;
            }
            ++acknowledged;
        }
        // A paid link's order gains a payment: its order counts as touched too.
        for (const QString &id : linkStatus.keys()) {
            if (touched.contains(id))
                touched.insert(byId(dump, u"payment_links"_s).value(id)[u"payment_order_id"_s].toString());
        }
    }
    QVERIFY2(kills >= 20, qPrintable(QString::number(kills)));
    QVERIFY2(acknowledged > 50, qPrintable(u"only %1 changes were answered"_s.arg(acknowledged)));
    qInfo("%d kills, %d acknowledged changes, %lld links", kills, acknowledged, qint64(linkStatus.size()));
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandbox_state.moc"
