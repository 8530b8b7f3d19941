#include "benchreport.h"
#include "clock/clock.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

// Figure 4b: the latency of committing a sale with synchronous=FULL (what a crash-safe sale costs),
// against its floor, SQLite's own one-row insert + fsync (its own transaction, the same journal
// mode and synchronous=FULL) in a file on the same disk. Also the sale with synchronous=NORMAL.
// Prints p50/p99 and writes build/bench/bench_commit.json; asserts nothing.
namespace {
QList<double> saleCommits(const QString &dir, bool fullSync, int count, QString *journalMode)
{
    Database db;
    QString error;
    QList<double> samples;
    if (!db.open(dir + (fullSync ? u"/full.sqlite"_s : u"/normal.sqlite"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return samples;
    }
    {
        QSqlQuery mode(db.connection());
        if (mode.exec(u"PRAGMA journal_mode"_s) && mode.next())
            *journalMode = mode.value(0).toString();
    } // a statement left open would keep the sale's transaction from committing
    if (!fullSync)
        QSqlQuery(db.connection()).exec(u"PRAGMA synchronous=NORMAL"_s);
    SaleService sales(db, Clock::system(), VatTable::sweden());
    Product honey;
    honey.id = 1;
    honey.name = u"Honung"_s;
    honey.price = Money::fromOre(8900);
    honey.vatClass = VatClass::Food;
    for (int i = 0; i < count; ++i) {
        Cart cart;
        cart.addProduct(honey);
        cart.addAmount(u"x"_s, Money::fromOre(1000 + i), VatClass::Standard);
        QElapsedTimer timer;
        timer.start();
        if (sales.commands().commit(cart, &error) == 0) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(error));
            return {};
        }
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

QList<double> rawInserts(const QString &dir, const QString &journalMode, int count)
{
    QList<double> samples;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"floor"_s);
        db.setDatabaseName(dir + u"/floor.sqlite"_s);
        if (!db.open())
            return samples;
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=%1"_s.arg(journalMode));
        q.exec(u"PRAGMA synchronous=FULL"_s);
        q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, total_ore INTEGER, at TEXT)"_s);
        q.prepare(u"INSERT INTO t (total_ore, at) VALUES (?, ?)"_s);
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            q.addBindValue(1000 + i);
            q.addBindValue(u"2026-12-01T12:00:00Z"_s);
            if (!q.exec()) // autocommit: one transaction, one fsync
                return {};
            samples.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    QSqlDatabase::removeDatabase(u"floor"_s);
    return samples;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    QTemporaryDir dir(QCoreApplication::applicationDirPath() + u"/../bench/commit-XXXXXX"_s); // the build's disk
    QString journalMode;
    const QList<double> full = saleCommits(dir.path(), true, count, &journalMode);
    const QList<double> normal = saleCommits(dir.path(), false, count, &journalMode);
    const QList<double> floor = rawInserts(dir.path(), journalMode, count);
    if (full.isEmpty() || normal.isEmpty() || floor.isEmpty())
        return 1;
    std::printf("sale commit latency, %d sales (journal_mode=%s, on %s)\n", count, qPrintable(journalMode),
                qPrintable(dir.path()));
    BenchReport report(u"bench_commit"_s);
    report.note(u"sales"_s, count);
    report.note(u"journal_mode"_s, journalMode);
    report.latency(u"commit_full"_s, u"sale commit, synchronous=FULL"_s, full, floor,
                   u"SQLite insert+fsync, same disk"_s);
    report.latency(u"commit_normal"_s, u"sale commit, synchronous=NORMAL"_s, normal, floor,
                   u"SQLite insert+fsync, same disk"_s);
    return report.write() ? 0 : 1;
}
