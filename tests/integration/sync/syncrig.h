#pragma once

#include "ping/callbackreceiver.h"
#include "ping/pingclient.h"
#include "ping/pingprovider.h"
#include "sale/saleservice.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QString>
#include <QUrl>
#include <memory>

class SandboxProcess;

// One till without a window, as the sync tests need it: the database in dataDir, the sale service,
// the Ping client pointed at a ping-sandbox, and the sync engine with fast timings. Destroying it
// and making another on the same folder is an app restart.
class SyncRig
{
public:
    SyncRig(const QString &dataDir,
            const QUrl &origin,
            const SandboxProcess &account,
            const SyncTimings &timings = SyncTimings::fast());
    ~SyncRig();

    bool isOpen() const { return m_open; }
    SaleService &sales() { return *m_sales; }
    SyncEngine &sync() { return *m_sync; }
    PingClient &client() { return *m_client; }
    PingProvider &provider() { return *m_provider; }
    const QString &tillId() const { return m_defaults.tillId; }
    Database &database() { return m_db; }

    // Commits a sale of `items` demo products; returns its id (0 on failure).
    qint64 sell(int items = 2);
    // Runs the event loop until no outbox job is open, or the timeout; true when drained.
    bool drain(int timeoutMs = 30000);
    // Runs the event loop until every sale given is in a final state or LinkReady (as asked).
    bool waitForState(const QList<qint64> &saleIds, SaleState state, int timeoutMs = 30000);
    SaleState state(qint64 saleId);
    // Links created from now on carry a callback URL served here; a callback makes the engine poll.
    bool receiveCallbacks();

private:
    Database m_db;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<PingClient> m_client;
    std::unique_ptr<PingProvider> m_provider;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<CallbackReceiver> m_callbacks;
    LinkDefaults m_defaults;
    bool m_open = false;
    int m_sold = 0;
};
