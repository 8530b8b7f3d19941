// A till without a window, as a separate process the crash test can kill -9 at any moment.
//   tilldriver --data-dir D --api-base URL --tenant-id T --merchant-id M --split-tree-id S
//              (--sell MS [--invoice] | --drain)
// --sell: commits a sale every MS milliseconds while the sync engine works, printing
// "committed <number>" only after the transaction is on disk. --drain: sells nothing, exits 0
// when every outbox job is done (printing "drained"), or 1 after 180 s. --invoice: each sale is
// invoiced too (in its commit, or in a transaction after it), and every third invoiced one is
// cancelled, which credits it; "invoiced <number>" / "credited <number>" follow each on disk.
//   tilldriver --data-dir D --api-base URL (--life MS | --life-drain LINGER_MS) [--seed N]
// The whole life on a real Till (tilllife.h): its own settings and till id in D, real sync
// timings, the account the loopback sandbox tells; --life acts every MS milliseconds, --life-drain
// finishes every job and exits 0 (1 after 600 s).
#include "clock/clock.h"
#include "money/vat.h"
#include "ping/pingclient.h"
#include "ping/pingprovider.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "till/till.h"
#include "tilllife.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The till as the app makes it: Till::open takes the lock (breaking a killed one's), opens and
// checks the database, and asks the loopback sandbox for its account.
int runLife(QCoreApplication &app, const QString &dataDir, const QUrl &apiBase, int tickMs, int lingerMs, quint32 seed)
{
    Till till;
    Till::Options options;
    options.dataDir = dataDir;
    options.apiBase = apiBase;
    if (tickMs == 0) {
        // The drain only has to finish every job; the kills ran on real timings. After many
        // failures a job's real backoff reaches its 5 min cap, and it waits that out even once
        // the service is back (a 5xx is not "offline", so no reconnect wakes it): a short cap
        // keeps the suites' drains to about the settle window.
        options.syncTimings.backoffCapMs = 5000;
        // The settle window is the service's longest plausible apply time; the suites' sandbox
        // applies at most 2.5 s late after up to 3 s of latency (tst_sync_lifecrash's faults, the
        // worst), so 10 s still waits out every late apply, and a drain no longer waits a real
        // Ping's 60 s for each answer lost in the kills (it took 79–200 s of the suite's time).
        options.syncTimings.settleMs = 10000;
    }
    QString error;
    if (!till.open(options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    TillLife life(till, apiBase, seed != 0 ? seed : QRandomGenerator::global()->generate());
    QObject::connect(&till, &Till::apiReady, &life, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    till.connectApi();
    if (tickMs > 0)
        life.startSelling(tickMs);
    else
        // A liveness bound, not a timing: after outages and lost answers every sale waits out its
        // settle window one by one, and two tills took up to 5 min to drain (README "Reliability").
        life.startDraining(lingerMs, 600000);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, {}, u"DIR"_s), apiBase(u"api-base"_s, {}, u"URL"_s),
        tenant(u"tenant-id"_s, {}, u"ID"_s), merchant(u"merchant-id"_s, {}, u"ID"_s),
        splitTree(u"split-tree-id"_s, {}, u"ID"_s), sell(u"sell"_s, {}, u"MS"_s), drain(u"drain"_s),
        invoice(u"invoice"_s), life(u"life"_s, {}, u"MS"_s), lifeDrain(u"life-drain"_s, {}, u"MS"_s),
        seed(u"seed"_s, {}, u"N"_s);
    parser.addOptions({dataDir, apiBase, tenant, merchant, splitTree, sell, drain, invoice, life, lifeDrain, seed});
    parser.process(app);
    if (parser.isSet(life) || parser.isSet(lifeDrain))
        return runLife(app, parser.value(dataDir), QUrl(parser.value(apiBase)),
                       parser.isSet(life) ? parser.value(life).toInt() : 0, parser.value(lifeDrain).toInt(),
                       parser.value(seed).toUInt());

    // The same lock the app takes: a killed process leaves a stale lock that the next one breaks.
    QLockFile lock(QDir(parser.value(dataDir)).filePath(u"stallpay.lock"_s));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(5000)) {
        std::fprintf(stderr, "locked\n");
        return 3;
    }
    Database db;
    QString error;
    if (!db.open(QDir(parser.value(dataDir)).filePath(u"stallpay.sqlite"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    SaleService sales(db, Clock::system(), VatTable::sweden());
    PingClient client;
    PingConfig config = PingConfig::forOrigin(QUrl(parser.value(apiBase)));
    config.tenantId = parser.value(tenant);
    config.merchantId = parser.value(merchant);
    config.splitTreeId = parser.value(splitTree);
    client.setConfig(config);
    PingProvider provider(client);
    SyncEngine sync(sales, provider, Clock::system(), SyncTimings::fast());
    LinkDefaults defaults;
    defaults.supplier.name = u"Kraschståndet"_s;
    defaults.tillId = u"CRASH-TILL"_s; // the same across kills, as a real till's id
    defaults.methods = {PaymentMethodChoice {u"swish"_s, u"e_commerce"_s, u"Tack!"_s}};
    sync.setLinkDefaults(defaults);
    sync.start();
    std::printf("ready\n");
    std::fflush(stdout);

    QTimer timer;
    if (parser.isSet(sell)) {
        QObject::connect(&timer, &QTimer::timeout, &app, [&] {
            Cart cart;
            TillLife::fillCart(cart, 1 + int(QRandomGenerator::global()->bounded(3)));
            QString commitError;
            InvoiceRequest request;
            request.buyer.name = u"Kund AB"_s;
            request.buyer.street = u"Gatan 1"_s;
            request.buyer.zip = u"123 45"_s;
            request.buyer.city = u"Ort"_s;
            const bool invoiced = parser.isSet(invoice);
            const bool together = invoiced && QRandomGenerator::global()->bounded(2) == 0;
            const qint64 id = sales.commands().commit(cart, &commitError, together ? &request : nullptr);
            Sale sale;
            if (id != 0 && sales.queries().load(id, &sale)) {
                std::printf("committed %lld\n", sale.number);
                std::fflush(stdout);
            }
            if (id != 0 && invoiced && (together || sales.commands().invoice(id, request, &commitError))) {
                const QList<Invoice> all = sales.queries().invoices(id);
                std::printf("invoiced %lld\n", all.constFirst().number);
                std::fflush(stdout);
                if (all.constFirst().number % 3 == 0 && sales.commands().cancel(id, &commitError)) {
                    std::printf("credited %lld\n", sales.queries().invoices(id).constLast().number);
                    std::fflush(stdout);
                }
            }
        });
        timer.start(parser.value(sell).toInt());
    } else {
        QObject::connect(&timer, &QTimer::timeout, &app, [&] {
            if (sales.queries().pendingActionCount() == 0 && sync.runningCount() == 0) {
                std::printf("drained\n");
                std::fflush(stdout);
                app.exit(0);
            }
        });
        timer.start(50);
        QTimer::singleShot(180000, &app, [&] {
            // Say what is stuck, for the test's failure message.
            for (const OutboxJob &job : sales.queries().openJobs()) {
                if (job.kind == OutboxJob::Kind::CloseOrphans)
                    continue; // they wait for the others; the others are the story
                std::fprintf(stderr, "open job %lld sale %lld %s %s attempts %d next %s: %s\n", job.id, job.saleId,
                             qPrintable(Outbox::kindKey(job.kind)), qPrintable(Outbox::statusKey(job.status)),
                             job.attempts, qPrintable(job.nextAttemptAt.toString(Qt::ISODateWithMs)),
                             qPrintable(job.lastError));
            }
            app.exit(1);
        });
    }
    return app.exec();
}
