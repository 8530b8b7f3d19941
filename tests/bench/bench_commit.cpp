#include "clock/clock.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

// How fast the till commits sales to disk with synchronous=FULL (what a crash-safe sale costs),
// against the same commits with synchronous=NORMAL as the baseline. Prints figures; asserts nothing.
static double commitsPerSecond(bool fullSync, int count)
{
    QTemporaryDir dir;
    Database db;
    QString error;
    if (!db.open(dir.filePath(u"bench.sqlite"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 0;
    }
    if (!fullSync)
        QSqlQuery(db.connection()).exec(u"PRAGMA synchronous=NORMAL"_s);
    SaleService sales(db, Clock::system(), VatTable::sweden());
    Product honey;
    honey.id = 1;
    honey.name = u"Honung"_s;
    honey.price = Money::fromOre(8900);
    honey.vatClass = VatClass::Food;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        Cart cart;
        cart.addProduct(honey);
        cart.addAmount(u"x"_s, Money::fromOre(1000 + i), VatClass::Standard);
        sales.commands().commit(cart, &error);
    }
    return count * 1000.0 / qMax<qint64>(1, timer.elapsed());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const double full = commitsPerSecond(true, count);
    const double normal = commitsPerSecond(false, count);
    std::printf("sale commits, %d sales\n", count);
    std::printf("  synchronous=FULL    %8.1f commits/s\n", full);
    std::printf("  synchronous=NORMAL  %8.1f commits/s (baseline)\n", normal);
    std::printf("  FULL/NORMAL ratio   %8.2f\n", normal > 0 ? full / normal : 0.0);
    return 0;
}
