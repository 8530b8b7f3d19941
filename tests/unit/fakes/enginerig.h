#pragma once

#include "clock/clock.h"
#include "fakes/fakeprovider.h"
#include "sale/saleservice.h"
#include "store/database.h"
#include "sync/syncengine.h"

#include <QTemporaryDir>

#include <memory>

// A till's sync engine against FakeProvider on a real SQLite file, for the unit tests of the
// engine's decisions: quick timings (SyncTimings in milliseconds), a one-item sale, and the facts a
// test reads. restart() drops the engine and the sale service and makes them again on the same
// file and fake: an app restart (or, without retireSpareOrders, a crash).
class EngineRig
{
public:
    static constexpr auto kTill = "TILL-A";
    static SyncTimings quick();

    explicit EngineRig(const QString &file);
    ~EngineRig();

    void start(const SyncTimings &timings = quick(), const Clock &clock = Clock::system());
    void restart(const SyncTimings &timings = quick(), const Clock &clock = Clock::system());
    qint64 sell();
    Sale sale(qint64 id) const;
    bool drained() const;

    FakeProvider &fake() { return *m_fake; }
    SaleService &sales() { return *m_sales; }
    SyncEngine &engine() { return *m_engine; }
    Database &database() { return m_db; }

private:
    void stop();

    Database m_db;
    std::unique_ptr<FakeProvider> m_fake;
    std::unique_ptr<SaleService> m_sales;
    std::unique_ptr<SyncEngine> m_engine;
};
