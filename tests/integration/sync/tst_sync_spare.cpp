#include "sandboxcheck.h"
#include "syncrig.h"

#include <QTemporaryDir>
#include <QTest>

// Charge → QR in one round trip on ping-sandbox (#14): the till keeps a payment order made ahead,
// a Charge takes it, and only the link is asked for; a spare left when the till quits is closed
// at the service by the next start.
class TestSyncSpare : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;

    static SyncTimings withSpare()
    {
        SyncTimings t = SyncTimings::fast();
        t.spareOrder = true;
        return t;
    }
    qint64 count(const QString &route)
    {
        const QJsonObject counts = SandboxCheck::admin(m_sandbox, "GET", u"/requests"_s).json().object();
        return counts[u"routes"_s].toObject()[route].toObject()[u"count"_s].toInteger();
    }
    QString orderStatus(const QString &orderId)
    {
        for (const QJsonValue &o : SandboxCheck::orders(m_sandbox)) {
            if (o[u"id"_s].toString() == orderId)
                return o[u"status"_s].toString();
        }
        return {};
    }
    static QList<SpareOrder> spares(SyncRig &rig) { return rig.sales().spareOrders().open(); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"15"_s}, &error), qPrintable(error));
    }

    void chargeAsksOnlyForTheLink()
    {
        QTemporaryDir dir;
        SyncRig rig(dir.path(), m_sandbox.baseUrl(), m_sandbox, withSpare());
        QVERIFY(rig.isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(spares(rig).size(), 1, 20000);
        const QString spare = spares(rig).first().paymentOrderId;
        QCOMPARE(orderStatus(spare), u"OPEN"_s);

        QCOMPARE(SandboxCheck::admin(m_sandbox, "DELETE", u"/requests"_s).status / 100, 2);
        const qint64 id = rig.sell();
        QCOMPARE(rig.state(id), SaleState::OrderCreated); // committed on the order made ahead
        QVERIFY(rig.waitForState({id}, SaleState::LinkReady, 20000));
        Sale sale;
        QVERIFY(rig.sales().queries().load(id, &sale));
        QCOMPARE(sale.paymentOrderId, spare);
        QCOMPARE(count(u"POST /payment_links/api/v1/payment_links"_s), 1);
        // The link's order at the service is the one made ahead; the next sale's is being made.
        QCOMPARE(SandboxCheck::linksOfOrder(SandboxCheck::links(m_sandbox), spare), 1);
        QTRY_COMPARE_WITH_TIMEOUT(spares(rig).size(), 1, 20000);
        QVERIFY(spares(rig).first().paymentOrderId != spare);
    }

    void theSpareLeftAtQuitIsClosedByTheNextStart()
    {
        QTemporaryDir dir;
        QString left;
        {
            SyncRig rig(dir.path(), m_sandbox.baseUrl(), m_sandbox, withSpare());
            QTRY_COMPARE_WITH_TIMEOUT(spares(rig).size(), 1, 20000);
            left = spares(rig).first().paymentOrderId;
            rig.sync().retireSpareOrders(); // as Till does when it quits
        }
        QCOMPARE(orderStatus(left), u"OPEN"_s); // nothing sent while quitting
        SyncRig again(dir.path(), m_sandbox.baseUrl(), m_sandbox, withSpare());
        QTRY_COMPARE_WITH_TIMEOUT(orderStatus(left), u"CLOSED"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(spares(again).size(), 1, 20000);
        QVERIFY(spares(again).first().paymentOrderId != left);
        QVERIFY(again.drain());
    }
};

QTEST_GUILESS_MAIN(TestSyncSpare)
#include "tst_sync_spare.moc"
