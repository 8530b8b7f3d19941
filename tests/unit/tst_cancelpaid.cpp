// The seller settles a sale at the till while its payer pays the link (a race the crash suite
// found): the money must never stay on an open payment order. Against FakeProvider: cancelled →
// the sale is paid after all and its order closed; paid in cash too → it stays paid in cash, and
// the link's order is closed (the seller sees both and refunds one).
#include "fakes/enginerig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestCancelPaid : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EngineRig> m_rig;
    int m_run = 0;

    EngineRig &rig() { return *m_rig; }
    static SyncTimings noPolling() // the payment is found by the cancel, not by a poll before it
    {
        SyncTimings t = EngineRig::quick();
        t.spareOrder = false;
        t.listPollByAge = {{std::numeric_limits<qint64>::max(), 60 * 60 * 1000}};
        return t;
    }
    // A sale with its link, which the payer has just paid (the till has not read it yet).
    qint64 paidUnseen()
    {
        rig().start(noPolling());
        const qint64 id = rig().sell();
        if (!QTest::qWaitFor([&] { return rig().drained() && rig().sale(id).state == SaleState::LinkReady; }, 5000))
            return 0;
        LinkSnapshot link = rig().fake().link(rig().sale(id).paymentLinkId);
        link.status = LinkStatus::Completed;
        rig().fake().setLink(link);
        return id;
    }

private slots:
    void init() { m_rig = std::make_unique<EngineRig>(m_dir.filePath(u"cancelpaid-%1.sqlite"_s.arg(++m_run))); }
    void cleanup() { m_rig.reset(); }

    void aSaleCancelledWhileItsPayerPaidIsPaidAndItsOrderClosed()
    {
        const qint64 id = paidUnseen();
        QVERIFY(id != 0);
        QSignalSpy paid(&rig().sales(), &SaleService::salePaid);
        QString error;
        QVERIFY2(rig().sales().commands().cancel(id, &error), qPrintable(error));
        QCOMPARE(rig().sale(id).state, SaleState::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(rig().sale(id).state, SaleState::Paid, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rig().drained(), 5000);
        QVERIFY(rig().fake().closedOrders().contains(rig().sale(id).paymentOrderId)); // paid out
        QCOMPARE(paid.count(), 1); // the seller is told
    }

    void aSalePaidInCashWhileItsPayerPaidTheLinkHasItsOrderClosed()
    {
        const qint64 id = paidUnseen();
        QVERIFY(id != 0);
        QString error;
        QVERIFY2(rig().sales().commands().markPaidInCash(id, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(rig().drained(), 5000);
        QCOMPARE(rig().sale(id).state, SaleState::PaidCash);
        QVERIFY(rig().fake().closedOrders().contains(rig().sale(id).paymentOrderId));
    }
};

QTEST_GUILESS_MAIN(TestCancelPaid)
#include "tst_cancelpaid.moc"
