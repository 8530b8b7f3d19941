#include "sandboxcheck.h"
#include "syncrig.h"

#include <QTemporaryDir>
#include <QTest>

// A long outage: 200 sales rung up over three app restarts while the payment service is away.
// When it is back, every sale gets its one link, and each reaches its right final state: paid,
// cancelled by the seller, paid in cash, or expired, with its order closed, each action once.
class TestSyncOutage : public QObject
{
    Q_OBJECT
private slots:
    void twoHundredSalesThroughAnOutageAndRestarts()
    {
        QTemporaryDir state, data;
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({u"--state"_s, state.filePath(u"s.json"_s), u"--seed"_s, u"3"_s}, &error),
                 qPrintable(error));
        const QUrl origin = sandbox.baseUrl();
        const QStringList restartArgs {u"--state"_s,         state.filePath(u"s.json"_s),
                                       u"--tenant-id"_s,     sandbox.tenantId(),
                                       u"--merchant-id"_s,   sandbox.merchantId(),
                                       u"--split-tree-id"_s, sandbox.splitTreeId(),
                                       u"--listen"_s,        u"127.0.0.1:%1"_s.arg(origin.port())};
        sandbox.kill(); // the network goes

        QList<qint64> ids;
        QSet<qint64> settled;
        for (int restart = 0; restart < 3; ++restart) {
            SyncRig rig(data.path(), origin, sandbox);
            QVERIFY(rig.isOpen());
            for (int i = 0; i < (restart < 2 ? 70 : 60); ++i)
                ids.append(rig.sell(1 + i % 3));
            QTest::qWait(150); // the engine tries, fails, backs off
            for (qint64 id : ids) {
                if (!settled.contains(id))
                    QCOMPARE(rig.state(id), SaleState::Committed);
            }
            // Some are settled while offline: cash, or the customer walks away.
            QVERIFY(rig.sales().commands().markPaidInCash(ids.at(restart * 70 + 1), &error));
            QVERIFY(rig.sales().commands().cancel(ids.at(restart * 70 + 2), &error));
            settled << ids.at(restart * 70 + 1) << ids.at(restart * 70 + 2);
        } // each rig's end is a restart of the app
        QCOMPARE(ids.size(), 200);

        SandboxProcess back;
        QVERIFY2(back.start(restartArgs, &error), qPrintable(error));
        SyncRig rig(data.path(), origin, back);
        QList<qint64> open;
        for (qint64 id : ids) {
            if (!settled.contains(id))
                open.append(id);
        }
        QVERIFY(rig.waitForState(open, SaleState::LinkReady, 120000));
        QVERIFY(rig.drain(60000));

        // The payers: most pay, some never do and their links expire.
        int paid = 0;
        for (int i = 0; i < open.size(); ++i) {
            Sale sale;
            rig.sales().queries().load(open.at(i), &sale);
            if (i % 10 != 9) {
                QCOMPARE(SandboxCheck::admin(back, "POST", u"/payment_links/%1/pay"_s.arg(sale.paymentLinkId)).status,
                         200);
                ++paid;
            }
        }
        QCOMPARE(SandboxCheck::admin(back, "POST", u"/clock"_s, "{\"advance_seconds\": 259200}").status / 100, 2);
        QList<qint64> paidIds, expiredIds;
        for (int i = 0; i < open.size(); ++i)
            (i % 10 != 9 ? paidIds : expiredIds).append(open.at(i));
        QVERIFY(rig.waitForState(paidIds, SaleState::Paid, 60000));
        QVERIFY(rig.waitForState(expiredIds, SaleState::Expired, 60000));
        QVERIFY(rig.drain(60000));

        // Each action once, on the service's side.
        const QJsonArray links = SandboxCheck::links(back);
        QCOMPARE(links.size(), open.size()); // cash and cancelled sales never got a link
        QHash<QString, QString> orderStatus;
        for (const QJsonValue &o : SandboxCheck::orders(back))
            orderStatus.insert(o[u"id"_s].toString(), o[u"status"_s].toString());
        for (qint64 id : ids) {
            Sale sale;
            rig.sales().queries().load(id, &sale);
            if (settled.contains(id)) {
                QVERIFY(sale.state == SaleState::PaidCash || sale.state == SaleState::Cancelled);
                QVERIFY(sale.paymentOrderId.isEmpty()); // settled before anything was sent
                continue;
            }
            QCOMPARE(SandboxCheck::linksOfOrder(links, sale.paymentOrderId), 1);
            QCOMPARE(orderStatus.value(sale.paymentOrderId), u"CLOSED"_s);
            QVERIFY(sale.orderClosed);
        }
        QCOMPARE(orderStatus.size(), open.size()); // no order was created twice
        QCOMPARE(paid, paidIds.size());
    }
};

QTEST_GUILESS_MAIN(TestSyncOutage)
#include "tst_sync_outage.moc"
