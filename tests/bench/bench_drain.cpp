#include "benchreport.h"
#include "sandboxprocess.h"
#include "syncrig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

// After an outage: how fast does a till send what it queued? N sales are rung up while the
// payment service is away, then it comes back and the engine drains the outbox (order + link per
// sale) against ping-sandbox on loopback. Prints sales per second, against the commit rate of the
// same sales as a baseline. Asserts nothing.
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
    SyncRig rig(data.path(), origin, back);
    timer.restart();
    const bool drained = rig.drain(600000);
    const qint64 drainMs = timer.elapsed();
    std::printf("outbox drain after an outage, %d sales (create order + create link each)\n", count);
    std::printf("  commit while offline  %8.1f sales/s (baseline)\n", count * 1000.0 / qMax<qint64>(1, commitMs));
    std::printf("  drain when back       %8.1f sales/s%s\n", count * 1000.0 / qMax<qint64>(1, drainMs),
                drained ? "" : " (NOT drained in 10 min)");
    std::printf("  drain/commit ratio    %8.3f\n", double(commitMs) / qMax<qint64>(1, drainMs));
    BenchReport report(u"bench_drain"_s);
    report.note(u"sales"_s, count);
    report.note(u"drained"_s, drained);
    // Not yet figure 6's floor (the same requests from a bare client): the offline commit rate.
    report.figure(u"drain_ms"_s, u"drain %1 sales"_s.arg(count), double(drainMs), double(commitMs), u"ms"_s,
                  u"committing them offline"_s);
    return report.write() && drained ? 0 : 1;
}
