// Sales history over a million sales: milliseconds per query of what the Sales screen asks for.
// Prints figures; not a pass/fail test (scripts/bench runs it).
#include "../gui/manysales.h"
#include "catalog/catalogrepository.h"
#include "history/salehistory.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    Database db;
    QString error;
    if (!db.open(dir.filePath(u"bench.sqlite"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CatalogRepository catalog(db);
    catalog.seedDemoCatalog(&error);
    QElapsedTimer timer;
    timer.start();
    error = fillWithSales(db.connection(), count, QDateTime::currentDateTimeUtc());
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("filled %d sales in %lld ms\n", count, timer.elapsed());
    const SaleHistory history(db);
    auto measure = [](const char *what, int repeats, const std::function<qsizetype()> &query) {
        qsizetype rows = query(); // warm the cache once, as a seller's second search would
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < repeats; ++i)
            rows = query();
        std::printf("%-52s %8.2f ms  (%lld rows)\n", what, double(t.nsecsElapsed()) / 1e6 / repeats, qlonglong(rows));
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
    return 0;
}
