// Figure 3: cold start to an interactive main window, with an empty and with a 1,000,000-sale
// database, against the floor of a minimal Qt Widgets window (floor_window, from bench_floor_window.cpp) built in the
// same tree; and resident memory idle and after 10,000 sales against the same window. Each start is a new process (the
// clock runs from QProcess::start to its "interactive" line: the main window exposed and the event loop turned); the
// files are in the page cache after the first run, so this is a start from a warm disk cache. The child is this program
// with --child: it opens the till on a data folder and shows MainWindow as ui/main.cpp does (demo mode, without
// connecting: the connection is asynchronous and after the window). Prints figures, writes
// build/bench/bench_start.json; asserts nothing. --smoke: 2 starts, 200 sales, a 20,000-sale
// database.
#include "benchreport.h"
#include "cachedsales.h"
#include "mainwindow.h"
#include "money/money.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "till/till.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
qint64 rssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The till as ui/main.cpp starts it, then (with sales > 0) that many cash sales rung up.
int child(const QString &dataDir, int sales)
{
    Till till;
    Till::Options options;
    options.dataDir = dataDir;
    QString error;
    if (!till.open(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(till);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTimer::singleShot(0, qApp, [&] {
        std::printf("interactive\nrss_kb %lld\n", rssKb());
        std::fflush(stdout);
        for (int i = 0; i < sales; ++i) {
            Cart cart;
            cart.addAmount(u"Vara"_s, Money::fromOre(1000 + i % 500), VatClass::Standard);
            const qint64 id = till.sales().commands().commit(cart, &error);
            if (id == 0 || !till.sales().commands().markPaidInCash(id, &error)) {
                std::fprintf(stderr, "sale %d: %s\n", i, qPrintable(error));
                break;
            }
            if (i % 100 == 0)
                QCoreApplication::processEvents();
        }
        if (sales > 0) {
            QTest::qWait(200); // the screens follow the new sales
            std::printf("rss_after_sales_kb %lld\n", rssKb());
        }
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return qApp->exec();
}

struct Start
{
    double ms = 0;
    QHash<QByteArray, qint64> values; // rss_kb, rss_after_sales_kb
};

std::optional<Start> run(const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"stallpay.*.info=false"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    Start start;
    QByteArray out;
    while (process.waitForReadyRead(600000) || process.bytesAvailable() > 0) {
        out += process.readAllStandardOutput();
        if (start.ms == 0 && out.contains("interactive\n"))
            start.ms = double(timer.nsecsElapsed()) / 1e6;
        if (process.state() == QProcess::NotRunning)
            break;
    }
    process.waitForFinished(600000);
    out += process.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            start.values.insert(parts.at(0), parts.at(1).toLongLong());
    }
    if (start.ms == 0) {
        std::fprintf(stderr, "%s %s never became interactive: %s\n", qPrintable(program), qPrintable(args.join(u' ')),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    return start;
}

QList<double> starts(const QString &program, const QStringList &args, int times, Start *last)
{
    QList<double> samples;
    for (int i = 0; i < times; ++i) {
        const auto start = run(program, args);
        if (!start)
            return {};
        samples.append(start->ms);
        *last = *start;
    }
    return samples;
}
} // namespace

int main(int argc, char *argv[])
{
    const QStringList args = [&] {
        QStringList list;
        for (int i = 0; i < argc; ++i)
            list.append(QString::fromLocal8Bit(argv[i]));
        return list;
    }();
    if (args.value(1) == u"--child"_s) {
        QApplication app(argc, argv);
        return child(args.value(2), args.value(3).toInt());
    }
    QCoreApplication app(argc, argv);
    const bool smoke = args.contains(u"--smoke"_s);
    const int times = smoke ? 2 : 10;
    const int bigCount = smoke ? 20000 : 1000000;
    const int sales = smoke ? 200 : 10000;
    const QString self = QCoreApplication::applicationFilePath();
    const QString floorProgram = QCoreApplication::applicationDirPath() + u"/floor_window"_s;
    QString error;
    const QString big = cachedSalesDatabase(bigCount, &error);
    if (big.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dirs(QCoreApplication::applicationDirPath() + u"/../bench/start-XXXXXX"_s);
    const QString empty = dirs.filePath(u"empty"_s);
    const QString full = dirs.filePath(u"full"_s);
    const QString selling = dirs.filePath(u"selling"_s);
    // Each folder's first start makes it (settings, the demo account, the database).
    for (const QString &dir : {empty, full, selling}) {
        if (!run(self, {u"--child"_s, dir, u"0"_s}))
            return 1;
    }
    // The big history replaces the full folder's (still empty) database.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(full + u"/stallpay.sqlite"_s + suffix);
    if (!QFile::copy(big, full + u"/stallpay.sqlite"_s)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(big));
        return 1;
    }
    Start floorStart;
    Start emptyStart;
    Start fullStart;
    const QList<double> floorMs = starts(floorProgram, {}, times, &floorStart);
    const QList<double> emptyMs = starts(self, {u"--child"_s, empty, u"0"_s}, times, &emptyStart);
    const QList<double> fullMs = starts(self, {u"--child"_s, full, u"0"_s}, times, &fullStart);
    Start sold;
    const auto afterSales = run(self, {u"--child"_s, selling, QString::number(sales)});
    if (floorMs.isEmpty() || emptyMs.isEmpty() || fullMs.isEmpty() || !afterSales)
        return 1;
    sold = *afterSales;
    std::printf("cold start to an interactive main window, %d starts each\n", times);
    BenchReport report(u"bench_start"_s);
    report.note(u"starts"_s, times);
    report.note(u"big_database_sales"_s, bigCount);
    report.note(u"sales_for_rss"_s, sales);
    report.note(u"smoke"_s, smoke);
    report.latency(u"start_empty"_s, u"start, empty database"_s, emptyMs, floorMs, u"minimal Widgets window"_s);
    report.latency(u"start_full"_s, u"start, %1-sale database"_s.arg(bigCount), fullMs, floorMs,
                   u"minimal Widgets window"_s);
    const double floorRss = double(floorStart.values.value("rss_kb")) / 1024.0;
    report.figure(u"rss_idle"_s, u"RSS idle, empty database"_s, double(emptyStart.values.value("rss_kb")) / 1024.0,
                  floorRss, u"MiB"_s, u"minimal Widgets window"_s);
    report.figure(u"rss_idle_full"_s, u"RSS idle, %1-sale database"_s.arg(bigCount),
                  double(fullStart.values.value("rss_kb")) / 1024.0, floorRss, u"MiB"_s, u"minimal Widgets window"_s);
    report.figure(u"rss_after_sales"_s, u"RSS after %1 sales"_s.arg(sales),
                  double(sold.values.value("rss_after_sales_kb")) / 1024.0, floorRss, u"MiB"_s,
                  u"minimal Widgets window"_s);
    return report.finish(smoke);
}
