// Figure 5: what following a till's open links costs per hour on a platform tenant. A till with 20
// unpaid links (Charge through the till's own sync engine, the shipped timings) on a ping-sandbox
// filled with 1,000 merchants and 100,000 links; the sandbox counts every request and its body
// bytes (/_sandbox/requests) while the poller runs for a window; the hour follows from the
// schedule (SyncTimings: the youngest link's age picks the interval). Floor: one GET of each open
// link per schedule step. Prints figures and writes build/bench/bench_poll.json; asserts nothing
// about speed. --smoke: a small tenant and a 1 s schedule, for ctest.
#include "benchreport.h"
#include "httpclient.h"
#include "sandboxprocess.h"
#include "syncrig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QJsonObject admin(const SandboxProcess &sandbox, QByteArrayView method, const QString &path)
{
    QUrl url = sandbox.baseUrl();
    url.setPath(u"/_sandbox"_s + path);
    return httpRequest(method, url).json().object();
}

// Poll steps in the first hour after the links were made, as the schedule spaces them.
int pollsPerHour(const SyncTimings &timings)
{
    int polls = 0;
    for (qint64 ms = 0; ms < 3600 * 1000; ms += timings.listPollIntervalMs(ms / 1000))
        ++polls;
    return polls;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int openLinks = 20;
    const QString fill = smoke ? u"merchants=20,links=2000"_s : u"merchants=1000,links=100000"_s;
    const int windowMs = smoke ? 3000 : 65000;
    SyncTimings timings; // the shipped schedule
    if (smoke)
        timings.listPollByAge = {{std::numeric_limits<qint64>::max(), 1000}};

    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start({u"--seed"_s, u"14"_s, u"--fill"_s, fill}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir data;
    SyncRig rig(data.path(), sandbox.baseUrl(), sandbox, timings);
    QList<qint64> sales;
    for (int i = 0; i < openLinks; ++i)
        sales.append(rig.sell(1 + i % 3));
    if (!rig.waitForState(sales, SaleState::LinkReady, 300000)) {
        std::fprintf(stderr, "the %d links were not made\n", openLinks);
        return 1;
    }
    QUrl one = sandbox.baseUrl();
    Sale sample;
    rig.sales().queries().load(sales.first(), &sample);
    one.setPath(u"/payment_links/api/v1/payment_links/"_s + sample.paymentLinkId);
    const qint64 oneLinkBytes =
        httpRequest("GET", one, {}, {{"tenant_id"_ba, sandbox.tenantId().toUtf8()}}).body.size();

    admin(sandbox, "DELETE", u"/requests"_s);
    QElapsedTimer window;
    window.start();
    QTest::qWait(windowMs);
    const QJsonObject counts = admin(sandbox, "GET", u"/requests"_s);
    const double seconds = double(window.elapsed()) / 1000.0;

    const QJsonObject routes = counts[u"routes"_s].toObject();
    const QJsonObject list = routes[u"GET /payment_links/api/v1/payment_links"_s].toObject();
    const QJsonObject single = routes[u"GET /payment_links/api/v1/payment_links/{id}"_s].toObject();
    const qint64 total = counts[u"total"_s].toInteger();
    const qint64 bytes = counts[u"body_bytes"_s].toInteger();
    const qint64 listPolls = list[u"count"_s].toInteger();
    const qint64 singlePolls = single[u"count"_s].toInteger();
    // A poll step is a list request where the poller lists, else a round of single GETs.
    const double steps = listPolls > 0 ? double(listPolls) : double(singlePolls) / openLinks;
    const int stepsPerHour = pollsPerHour(timings);
    std::printf("polling cost, %d open links on a tenant with %s (window %.1f s)\n", openLinks, qPrintable(fill),
                seconds);
    std::printf("  in the window: %lld requests (%lld list, %lld single link), %lld body bytes, %.1f poll steps\n",
                total, listPolls, singlePolls, bytes, steps);
    BenchReport report(u"bench_poll"_s);
    report.note(u"fill"_s, fill);
    report.note(u"open_links"_s, openLinks);
    report.note(u"window_s"_s, seconds);
    report.note(u"requests_in_window"_s, total);
    report.note(u"list_requests_in_window"_s, listPolls);
    report.note(u"single_link_requests_in_window"_s, singlePolls);
    report.note(u"body_bytes_in_window"_s, bytes);
    report.note(u"poll_steps_per_hour"_s, stepsPerHour);
    report.note(u"one_link_body_bytes"_s, oneLinkBytes);
    report.note(u"smoke"_s, smoke);
    if (steps <= 0) {
        std::fprintf(stderr, "no poll step in the window\n");
        return 1;
    }
    const double floorRequests = double(openLinks) * stepsPerHour;
    const double floorBytes = floorRequests * double(oneLinkBytes);
    report.figure(u"poll_requests_per_hour"_s, u"requests per hour"_s, double(total) / steps * stepsPerHour,
                  floorRequests, u"req/h"_s, u"one GET per open link per step"_s);
    report.figure(u"poll_mbytes_per_hour"_s, u"body MB per hour"_s, double(bytes) / steps * stepsPerHour / 1e6,
                  floorBytes / 1e6, u"MB/h"_s, u"one GET per open link per step"_s);
    report.figure(u"poll_bytes_per_step"_s, u"body bytes per poll step"_s, double(bytes) / steps,
                  double(openLinks) * double(oneLinkBytes), u"B"_s, u"20 single-link bodies"_s);
    return report.finish(smoke);
}
