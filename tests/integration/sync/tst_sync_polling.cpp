#include "sandboxcheck.h"
#include "syncrig.h"

#include <QTemporaryDir>
#include <QTest>

// What following a till's open links costs on a platform tenant (#14): ping-sandbox filled with
// 1,000 merchants and 100,000 links, a till with 20 unpaid links. The sandbox counts every
// request by route; the poller must read each open link by itself and never the tenant's list.
class TestSyncPolling : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    QJsonObject route(const QString &pattern)
    {
        const QJsonObject counts = SandboxCheck::admin(m_sandbox, "GET", u"/requests"_s).json().object();
        return counts[u"routes"_s].toObject()[pattern].toObject();
    }
    qint64 count(const QString &pattern) { return route(pattern)[u"count"_s].toInteger(); }
    static const QString kList;
    static const QString kOne;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"14"_s, u"--fill"_s, u"merchants=1000,links=100000"_s}, &error),
                 qPrintable(error));
    }

    void twentyOpenLinksOnABigTenantAreReadOneByOne()
    {
        SyncRig rig(m_dir.path(), m_sandbox.baseUrl(), m_sandbox); // fast timings: a 300 ms schedule
        QVERIFY(rig.isOpen());
        QList<qint64> sales;
        for (int i = 0; i < 20; ++i)
            sales.append(rig.sell(1 + i % 3));
        QVERIFY(rig.waitForState(sales, SaleState::LinkReady, 60000));

        QCOMPARE(SandboxCheck::admin(m_sandbox, "DELETE", u"/requests"_s).status / 100, 2);
        // Three rounds of the schedule: each open link read at least three times, by its own GET.
        QTRY_VERIFY_WITH_TIMEOUT(count(kOne) >= 3 * 20, 30000);
        QCOMPARE(count(kList), 0);

        // And a payment is seen that way: the payer pays one link, the till shows it paid.
        Sale paid;
        QVERIFY(rig.sales().queries().load(sales.at(11), &paid));
        QCOMPARE(SandboxCheck::admin(m_sandbox, "POST", u"/payment_links/%1/pay"_s.arg(paid.paymentLinkId)).status,
                 200);
        QVERIFY(rig.waitForState({paid.id}, SaleState::Paid, 30000));
        QCOMPARE(count(kList), 0);
        for (const qint64 id : std::as_const(sales)) {
            if (id != paid.id)
                QCOMPARE(rig.state(id), SaleState::LinkReady);
        }
    }
};

const QString TestSyncPolling::kList = u"GET /payment_links/api/v1/payment_links"_s;
const QString TestSyncPolling::kOne = u"GET /payment_links/api/v1/payment_links/{id}"_s;

QTEST_GUILESS_MAIN(TestSyncPolling)
#include "tst_sync_polling.moc"
