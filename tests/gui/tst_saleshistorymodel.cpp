#include "catalog/catalogrepository.h"
#include "clock/clock.h"
#include "history/salehistory.h"
#include "history/totalscounter.h"
#include "manysales.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saleshistorymodel.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The history model over a real SQLite database of 1,000 sales: what it holds, when it fetches,
// in which order, and how it follows changes.
class TestSalesHistoryModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<SaleHistory> m_history;
    static constexpr int kSales = 1000;

    void fetchAll(SalesHistoryModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }
    qint64 commitOne(qint64 ore)
    {
        Cart cart;
        cart.addAmount(u"Fri summa"_s, Money::fromOre(ore), VatClass::Standard);
        QString error;
        const qint64 id = m_sales->commands().commit(cart, &error);
        if (id == 0)
            qWarning("%s", qPrintable(error));
        return id;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(u"sales.sqlite"_s), &error), qPrintable(error));
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        m_sales = std::make_unique<SaleService>(*m_db, *m_clock, VatTable::sweden());
        CatalogRepository catalog(*m_db);
        QVERIFY(catalog.seedDemoCatalog(&error));
        error = fillWithSales(m_db->connection(), kSales, m_clock->nowUtc().addSecs(-60));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_history = std::make_unique<SaleHistory>(*m_db);
    }

    void fetchesOnePageAtATime()
    {
        SalesHistoryModel model(*m_history, *m_sales);
        QCOMPARE(model.rowCount(), SalesHistoryModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * SalesHistoryModel::kPageSize);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSales);
        QVERIFY(!model.canFetchMore({}));
    }

    void isAConsistentQtModel()
    {
        SalesHistoryModel model(*m_history, *m_sales);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(SalesHistoryModel::Amount, Qt::AscendingOrder);
        SaleFilter filter;
        filter.text = u"Honung"_s;
        model.setFilter(filter);
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(qint64(model.rowCount()), m_history->totals(filter).count);
    }

    void newestFirstWithoutGapsOrRepeats()
    {
        SalesHistoryModel model(*m_history, *m_sales);
        fetchAll(model);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, SalesHistoryModel::Number).data().toInt(), kSales - row);
        QCOMPARE(model.index(0, SalesHistoryModel::Amount).data().toString(),
                 Money::fromOre(100 * (1 + (kSales * 7919) % 500)).format(QLocale()));
    }

    void sortsByAmountAcrossPages_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("ascending") << Qt::AscendingOrder;
        QTest::newRow("descending") << Qt::DescendingOrder;
    }
    void sortsByAmountAcrossPages()
    {
        QFETCH(Qt::SortOrder, order);
        SalesHistoryModel model(*m_history, *m_sales);
        model.sort(SalesHistoryModel::Amount, order);
        QCOMPARE(model.rowCount(), SalesHistoryModel::kPageSize);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSales);
        QSet<qint64> seen;
        Sale previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            Sale sale;
            QVERIFY(m_sales->queries().load(model.saleIdAt(row), &sale));
            QVERIFY2(!seen.contains(sale.id), "a sale listed twice");
            seen.insert(sale.id);
            if (row > 0) {
                const bool inOrder =
                    order == Qt::AscendingOrder ? previous.total <= sale.total : previous.total >= sale.total;
                QVERIFY2(inOrder, qPrintable(u"row %1 out of order"_s.arg(row)));
            }
            previous = sale;
        }
    }

    void sortsByStatus()
    {
        SalesHistoryModel model(*m_history, *m_sales);
        model.sort(SalesHistoryModel::Status, Qt::AscendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSales);
        // cancelled < link_ready < paid < paid_cash, as stored
        QCOMPARE(model.index(0, SalesHistoryModel::Status).data().toString(),
                 SaleStates::displayName(SaleState::Cancelled));
        QCOMPARE(model.index(kSales - 1, SalesHistoryModel::Status).data().toString(),
                 SaleStates::displayName(SaleState::PaidCash));
    }

    void filtersAndSearches()
    {
        SalesHistoryModel model(*m_history, *m_sales);
        SaleFilter filter;
        filter.state = SaleState::Cancelled;
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSales / 10);
        QCOMPARE(m_history->totals(filter).count, kSales / 10);

        filter = {};
        filter.paymentMethod = u"cash"_s;
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSales / 10);
        QCOMPARE(model.index(0, SalesHistoryModel::Method).data().toString(), u"Cash"_s);

        filter = {};
        filter.text = u"740"_s; // sale number 740 and the contact "Kund 740"; no amount is 740 kr
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SalesHistoryModel::Number).data().toInt(), 740);
        QCOMPARE(model.index(0, SalesHistoryModel::Customer).data().toString(), u"Kund 740"_s);

        filter.text = u"070-900 07 40"_s; // the phone number as a seller types it
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SalesHistoryModel::Number).data().toInt(), 740);

        filter.text = u"Pant"_s; // product 8: lines of sales with id % 8 == 7, or id % 3 == 0 and (id / 3) % 8 == 7
        model.setFilter(filter);
        fetchAll(model);
        int expected = 0;
        for (int id = 1; id <= kSales; ++id)
            expected += (id % 8 == 7 || (id % 3 == 0 && (id / 3) % 8 == 7)) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(m_history->totals(filter).count, expected);

        filter.text = u"nothing like this"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void datesAreInclusive()
    {
        SaleFilter filter;
        filter.from = filter.to = m_clock->today();
        SalesHistoryModel model(*m_history, *m_sales);
        model.setFilter(filter);
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(qint64(model.rowCount()), m_history->totals(filter).count);
        for (int row = 0; row < model.rowCount(); ++row) {
            Sale sale;
            QVERIFY(m_sales->queries().load(model.saleIdAt(row), &sale));
            QCOMPARE(sale.saleDate, m_clock->today());
        }
    }

    void followsNewAndChangedSales()
    {
        SalesHistoryModel model(*m_history, *m_sales);
        QSignalSpy changed(&model, &SalesHistoryModel::contentChanged);
        const qint64 id = commitOne(4200);
        QVERIFY(id != 0);
        QCOMPARE(model.saleIdAt(0), id);
        QCOMPARE(model.index(0, SalesHistoryModel::Status).data().toString(),
                 SaleStates::displayName(SaleState::Committed));
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QString error;
        QVERIFY2(m_sales->commands().markPaidInCash(id, &error), qPrintable(error));
        QCOMPARE(data.count(), 1);
        QCOMPARE(model.index(0, SalesHistoryModel::Status).data().toString(),
                 SaleStates::displayName(SaleState::PaidCash));
        QVERIFY(changed.count() >= 2);

        // A sale that stops matching the filter leaves the list.
        const qint64 open = commitOne(1300);
        SaleFilter committed;
        committed.state = SaleState::Committed;
        model.setFilter(committed);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY2(m_sales->commands().cancel(open, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 0);
    }

    void totalsAreCountedOffTheGuiThread()
    {
        TotalsCounter counter(m_db->path());
        QSignalSpy counted(&counter, &TotalsCounter::counted);
        SaleFilter cancelled;
        cancelled.state = SaleState::Cancelled;
        counter.request(SaleFilter {}); // overtaken by the next request: never reported
        counter.request(cancelled);
        QVERIFY(counted.wait(10000));
        QTest::qWait(100);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(counted.at(0).at(0).value<SaleFilter>(), cancelled);
        const SaleTotals totals = counted.at(0).at(1).value<SaleTotals>();
        QCOMPARE(totals.count, m_history->totals(cancelled).count);
        QCOMPARE(totals.notSold.ore(), m_history->totals(cancelled).notSold.ore());
    }
};

QTEST_MAIN(TestSalesHistoryModel)
#include "tst_saleshistorymodel.moc"
