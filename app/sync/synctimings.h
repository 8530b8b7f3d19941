#pragma once

#include <QtGlobal>

#include <limits>
#include <vector>

// Every interval of the sync engine in one place, so tests can run an outage in seconds.
struct SyncTimings
{
    int maxParallelSales = 4;
    qint64 backoffBaseMs = 1000;
    qint64 backoffCapMs = 5 * 60 * 1000;
    int focusPollMs = 1000; // the sale on the customer screen
    int probeMinMs = 2000; // offline: first probe, doubling ...
    int probeMaxMs = 30 * 1000; // ... up to this
    int transferTimeoutMs = 15 * 1000;
    // How long a server may take to apply a request after the client gave up on it (a slow
    // mobile network, a busy server). A link request of unknown outcome is looked up again until
    // this has passed since it was sent; only then is a new one made.
    qint64 settleMs = 60 * 1000;
    // While online one payment order is kept made ahead, so that a Charge asks only for its link
    // (SpareOrders): one round trip to the QR instead of two.
    bool spareOrder = true;
    // How often an open link is read, by its age (StatusPoller; the name is from when one list
    // request read them all): a link just shown is likely paid soon, a week-old invoice link rarely.
    struct PollStep
    {
        qint64 belowAgeSeconds;
        int intervalMs;
    };
    std::vector<PollStep> listPollByAge = defaultListPoll();

    int listPollIntervalMs(qint64 youngestAgeSeconds) const
    {
        for (const PollStep &step : listPollByAge) {
            if (youngestAgeSeconds < step.belowAgeSeconds)
                return step.intervalMs;
        }
        return listPollByAge.back().intervalMs;
    }

    static std::vector<PollStep> defaultListPoll()
    {
        return {{10 * 60, 15 * 1000},
                {60 * 60, 60 * 1000},
                {24 * 60 * 60, 10 * 60 * 1000},
                {std::numeric_limits<qint64>::max(), 60 * 60 * 1000}};
    }

    static SyncTimings fast() // for tests: the same behaviour, a hundred times quicker
    {
        SyncTimings t;
        t.backoffBaseMs = 20;
        t.backoffCapMs = 400;
        t.focusPollMs = 100;
        t.probeMinMs = 50;
        t.probeMaxMs = 300;
        t.transferTimeoutMs = 3000;
        t.settleMs = 1500;
        t.listPollByAge = {{std::numeric_limits<qint64>::max(), 300}};
        // Off: the sync suites count the orders each sale makes; the spare order's own tests
        // (tst_syncengine, tst_sync_spare) and the till's real timings have it on.
        t.spareOrder = false;
        return t;
    }
};
