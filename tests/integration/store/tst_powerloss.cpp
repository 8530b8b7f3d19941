#include "clock/clock.h"
#include "lifecheck.h"
#include "money/vat.h"
#include "powerlossvfs.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Power loss at every sync of a till's life with its database (SQLite's crash-test technique,
// powerlossvfs.h): from the first open and its migrations through sales, invoices, credit notes,
// cash refunds and checkpoints. After each, the database opens through the app's Database as the
// next start would, and the books hold: every sale whose commit returned is there, the numbers
// are gapless, integrity_check is ok, and the till sells on with the next number.
class TestPowerLoss : public QObject
{
    Q_OBJECT
private:
    struct Life
    {
        QSet<qint64> acknowledged; // sales whose commit returned before the power went
        QSet<qint64> invoices; // invoice numbers likewise
        bool crashed = false;
    };

    // A till's day: 30 operations, as many as the power allows.
    static Life live(const QString &path, bool smallCheckpoints)
    {
        Life life;
        day(path, smallCheckpoints, &life);
        life.crashed = PowerLossVfs::crashed(); // also while it opened (a migration) or closed (a checkpoint)
        return life;
    }

    static void day(const QString &path, bool smallCheckpoints, Life *out)
    {
        Life &life = *out;
        Database db;
        QString error;
        if (!db.open(path, &error))
            return;
        if (smallCheckpoints)
            QSqlQuery(db.connection()).exec(u"PRAGMA wal_autocheckpoint=8"_s);
        SaleService sales(db, Clock::system(), VatTable::sweden());
        InvoiceRequest request;
        request.buyer.name = u"Kund AB"_s;
        request.buyer.street = u"Gatan 1"_s;
        request.buyer.zip = u"123 45"_s;
        request.buyer.city = u"Ort"_s;
        for (int i = 0; i < 30 && !PowerLossVfs::crashed(); ++i) {
            Cart cart;
            Product p;
            p.id = 1;
            p.name = u"Vara"_s;
            p.price = Money::fromOre(1000 + 10 * i);
            cart.addProduct(p);
            const bool invoiced = i % 3 == 1;
            const qint64 id = sales.commands().commit(cart, &error, invoiced ? &request : nullptr);
            if (id == 0 || PowerLossVfs::crashed())
                break;
            Sale sale;
            sales.queries().load(id, &sale);
            life.acknowledged.insert(sale.number);
            if (invoiced) {
                const qint64 invoice = sales.queries().invoices(id).constFirst().number;
                life.invoices.insert(invoice);
                if (i % 6 == 1 && sales.commands().cancel(id, &error) && !PowerLossVfs::crashed())
                    life.invoices.insert(sales.queries().invoices(id).constLast().number); // the credit note
            } else if (i % 4 == 0) {
                // Cash, then given back: the return receipt takes the next number of the sales' series.
                if (sales.commands().markPaidInCash(id, &error))
                    sales.commands().requestRefund(id, u"requested_by_customer"_s, {}, &error);
            }
        }
    }

    static QString afterPowerLoss(const QString &path, const Life &life)
    {
        Database db;
        QString error;
        if (!db.open(path, &error))
            return u"the database does not open: "_s + error;
        if (QString why = LifeCheck::books(db, life.acknowledged); !why.isEmpty())
            return why;
        QSqlQuery q(db.connection());
        QSet<qint64> invoices;
        q.exec(u"SELECT number FROM invoices"_s);
        while (q.next())
            invoices.insert(q.value(0).toLongLong());
        for (qint64 n : life.invoices) {
            if (!invoices.contains(n))
                return u"invoice %1 was acknowledged and is lost"_s.arg(n);
        }
        // And the till sells on, with the next number of the series.
        SaleService sales(db, Clock::system(), VatTable::sweden());
        Cart cart;
        Product p;
        p.id = 1;
        p.name = u"Vara"_s;
        p.price = Money::fromOre(500);
        cart.addProduct(p);
        const qint64 id = sales.commands().commit(cart, &error);
        if (id == 0)
            return u"no sale after the power loss: "_s + error;
        return LifeCheck::books(db, {});
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"stallpay.*.info=false"_s); // a line a sale, times hundreds
        QVERIFY(PowerLossVfs::install());
    }

    void powerLossAtEverySyncKeepsTheBooks_data()
    {
        QTest::addColumn<bool>("smallCheckpoints");
        QTest::newRow("default checkpoints") << false;
        QTest::newRow("a checkpoint every 8 pages") << true; // crash points inside checkpoints too
    }

    void powerLossAtEverySyncKeepsTheBooks()
    {
        QFETCH(bool, smallCheckpoints);
        // How many syncs a whole day takes, without a crash: every one of them is a crash point.
        int syncs = 0;
        {
            QTemporaryDir dir;
            PowerLossVfs::arm(1 << 30, 1);
            const Life life = live(dir.filePath(u"stallpay.sqlite"_s), smallCheckpoints);
            syncs = PowerLossVfs::syncsSinceArmed();
            PowerLossVfs::disarm();
            QCOMPARE(life.acknowledged.size(), 30);
        }
        QVERIFY2(syncs > 30, "each commit syncs (synchronous=FULL)");
        QElapsedTimer clock;
        clock.start();
        int crashes = 0;
        qint64 acknowledged = 0;
        for (int point = 1; point <= syncs; ++point) {
            for (const double keepShare : {0.0, 0.5}) {
                QTemporaryDir dir;
                const QString path = dir.filePath(u"stallpay.sqlite"_s);
                const quint32 seed = quint32(point * 7919 + int(keepShare * 10));
                PowerLossVfs::arm(point, seed, keepShare);
                const Life life = live(path, smallCheckpoints);
                PowerLossVfs::disarm();
                QVERIFY2(life.crashed, qPrintable(u"no power loss at sync %1"_s.arg(point)));
                ++crashes;
                acknowledged += life.acknowledged.size();
                const QString why = afterPowerLoss(path, life);
                QVERIFY2(why.isEmpty(),
                         qPrintable(u"power lost at sync %1 of %2 (%3 of the unsynced writes kept, seed"
                                    " %4), %5 sales acknowledged: %6"_s.arg(point)
                                        .arg(syncs)
                                        .arg(keepShare)
                                        .arg(seed)
                                        .arg(life.acknowledged.size())
                                        .arg(why)));
            }
        }
        qInfo("RELIABILITY powerloss (%s): %d power losses at %d sync points, %lld sales acknowledged before"
              " them, 0 lost, %.1f s",
              QTest::currentDataTag(), crashes, syncs, acknowledged, clock.elapsed() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
