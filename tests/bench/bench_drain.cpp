#include "benchreport.h"
#include "rawping.h"
#include "sandboxprocess.h"
#include "sync/synctimings.h"
#include "syncrig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

// Figure 6, after an outage: how fast does a till send what it queued? N sales are rung up while
// the payment service is away, then it comes back and the engine drains the outbox (order + link
// per sale) against ping-sandbox on loopback. Floor: the same requests (create order, then create
// link, per sale) from a bare client on the same sandbox, one sale after another and with the
// engine's parallelism (SyncTimings::maxParallelSales sales at a time). Also the commit rate of
// the same sales offline. Asserts nothing.

namespace {
// `sales` × (order, then link) from a bare client, `parallel` sales at a time; the time it took.
double bareDrain(RawPing &raw, int sales, int parallel)
{
    QElapsedTimer timer;
    timer.start();
    int started = 0;
    int finished = 0;
    QEventLoop loop;
    std::function<void()> next = [&] {
        if (started == sales)
            return;
        ++started;
        raw.post(RawPing::ordersPath(), raw.orderBody(), [&](const QJsonObject &order) {
            raw.post(RawPing::linksPath(), raw.linkBody(order[u"id"_s].toString()), [&](const QJsonObject &) {
                if (++finished == sales)
                    loop.quit();
                else
                    next();
            });
        });
    };
    for (int i = 0; i < parallel; ++i)
        next();
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    QTemporaryDir data;
    SandboxProcess sandbox;
    QString error;
    // No --state: this is a measure of the till, not of the sandbox's journal. The account stays
    // the same by its IDs.
    if (!sandbox.start({}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QUrl origin = sandbox.baseUrl();
    const QStringList again {
        u"--tenant-id"_s,     sandbox.tenantId(),    u"--merchant-id"_s, sandbox.merchantId(),
        u"--split-tree-id"_s, sandbox.splitTreeId(), u"--listen"_s,      u"127.0.0.1:%1"_s.arg(origin.port())};
    sandbox.kill();
    QElapsedTimer timer;
    qint64 commitMs = 0;
    {
        SyncRig offline(data.path(), origin, sandbox);
        timer.start();
        for (int i = 0; i < count; ++i)
            offline.sell(1 + i % 3);
        commitMs = timer.elapsed();
    }
    SandboxProcess back;
    if (!back.start(again, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    bool drained = false;
    qint64 drainMs = 0;
    {
        SyncRig rig(data.path(), origin, back);
        timer.restart();
        drained = rig.drain(600000);
        drainMs = timer.elapsed();
    } // the till stops: its poller, reading 500 young links, must not share the floor's sandbox
    RawPing raw(origin);
    const int parallel = SyncTimings().maxParallelSales;
    const double sequentialMs = bareDrain(raw, count, 1);
    const double parallelMs = bareDrain(raw, count, parallel);
    std::printf("outbox drain after an outage, %d sales (create order + create link each)\n", count);
    std::printf("  commit while offline  %8.1f sales/s (baseline)\n", count * 1000.0 / qMax<qint64>(1, commitMs));
    std::printf("  drain when back       %8.1f sales/s%s\n", count * 1000.0 / qMax<qint64>(1, drainMs),
                drained ? "" : " (NOT drained in 10 min)");
    std::printf("  drain/commit ratio    %8.3f\n", double(commitMs) / qMax<qint64>(1, drainMs));
    std::printf("  bare client, 1 / %d at a time  %8.1f / %8.1f sales/s\n", parallel, count * 1000.0 / sequentialMs,
                count * 1000.0 / parallelMs);
    BenchReport report(u"bench_drain"_s);
    report.note(u"sales"_s, count);
    report.note(u"drained"_s, drained);
    report.note(u"parallel"_s, parallel);
    report.figure(u"drain_ms"_s, u"drain %1 sales"_s.arg(count), double(drainMs), parallelMs, u"ms"_s,
                  u"the same requests from a bare client, %1 sales at a time"_s.arg(parallel));
    report.figure(u"drain_vs_sequential_ms"_s, u"drain %1 sales"_s.arg(count), double(drainMs), sequentialMs, u"ms"_s,
                  u"the same requests from a bare client, one sale after another"_s);
    report.figure(u"drain_vs_commit_ms"_s, u"drain %1 sales"_s.arg(count), double(drainMs), double(commitMs), u"ms"_s,
                  u"committing them offline"_s);
    return report.write() && drained ? 0 : 1;
}
