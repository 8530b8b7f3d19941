// Figure 4a: sales history over a million sales, milliseconds per query of what the Sales screen
// asks for (first rows, a page at the end, searches, totals), each against the floor of SQLite
// reading one page of 200 rows by the primary key from the same file. The database is made once
// with SQL and kept in build/bench/sales-<count>.sqlite. Prints figures, writes
// build/bench/bench_history.json; not a pass/fail test (scripts/bench runs it).
#include "benchreport.h"
#include "cachedsales.h"
#include "history/salehistory.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QString error;
    const QString cache = cachedSalesDatabase(count, &error);
    Database db;
    if (cache.isEmpty() || !db.open(cache, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const SaleHistory history(db);
    BenchReport report(u"bench_history"_s);
    report.note(u"sales"_s, count);
    const auto timeOf = [](int repeats, const std::function<qsizetype()> &query, qsizetype *rows) {
        *rows = query(); // warm the cache once, as a seller's second search would
        QList<double> samples;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer t;
            t.start();
            *rows = query();
            samples.append(double(t.nsecsElapsed()) / 1e6);
        }
        return samples;
    };
    QSqlQuery raw(db.connection());
    const auto floorPage = [&] {
        raw.exec(u"SELECT id, number, created_at, total_ore, state FROM sales ORDER BY id DESC LIMIT 200"_s);
        qsizetype n = 0;
        while (raw.next())
            ++n;
        return n;
    };
    qsizetype floorRows = 0;
    const QList<double> floor = timeOf(50, floorPage, &floorRows);
    int figure = 0;
    auto measure = [&](const char *what, int repeats, const std::function<qsizetype()> &query) {
        qsizetype rows = 0;
        const QList<double> samples = timeOf(repeats, query, &rows);
        report.latency(u"history_%1"_s.arg(++figure), u"%1 (%2 rows)"_s.arg(QLatin1StringView(what)).arg(rows), samples,
                       floor, u"SQLite reads 200 rows by key"_s);
    };
    auto page = [&](const SaleFilter &f, SaleSortKey key = SaleSortKey::Number,
                    Qt::SortOrder order = Qt::DescendingOrder) {
        return history.page(f, key, order, nullptr, 200).size();
    };
    SaleFilter f;
    measure("first page, newest first", 20, [&] { return page(f); });
    measure("first page, by amount", 20, [&] { return page(f, SaleSortKey::Amount, Qt::AscendingOrder); });
    measure("page 2,500 (row 500,000) by keyset", 20, [&] {
        SaleRow after;
        after.id = count / 2;
        return history.page(f, SaleSortKey::Number, Qt::DescendingOrder, &after, 200).size();
    });
    measure("last page (scrolled to the end) by keyset", 20, [&] {
        SaleRow after;
        after.id = 201;
        return history.page(f, SaleSortKey::Number, Qt::DescendingOrder, &after, 200).size();
    });
    SaleFilter number;
    number.text = QString::number(count / 2 + 20);
    measure("search a sale number", 20, [&] { return page(number); });
    SaleFilter customer;
    customer.text = u"Kund %1"_s.arg(count / 3 / 20 * 20);
    measure("search a customer name", 10, [&] { return page(customer); });
    SaleFilter phone;
    phone.text = u"070-912 34 60"_s;
    measure("search a phone number as typed", 10, [&] { return page(phone); });
    SaleFilter product;
    product.text = u"Receptbok"_s;
    measure("search a product (every 8th sale)", 10, [&] { return page(product); });
    SaleFilter amount;
    amount.text = u"123,00"_s;
    measure("search an amount", 10, [&] { return page(amount); });
    SaleFilter state;
    state.state = SaleState::Cancelled;
    measure("filter: cancelled", 10, [&] { return page(state); });
    SaleFilter week;
    week.from = QDate::currentDate().addDays(-6);
    week.to = QDate::currentDate();
    week.paymentMethod = u"card"_s;
    measure("filter: last 7 days, card", 10, [&] { return page(week); });
    measure("totals: all sales (off the GUI thread)", 3, [&] { return qsizetype(history.totals(f).count); });
    measure("totals: a product (off the GUI thread)", 3, [&] { return qsizetype(history.totals(product).count); });
    measure("totals: last 7 days, card", 3, [&] { return qsizetype(history.totals(week).count); });
    return report.write() ? 0 : 1;
}
