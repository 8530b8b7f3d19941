#include "enginerig.h"

#include "money/vat.h"
#include "sale/cart.h"

using namespace Qt::StringLiterals;

SyncTimings EngineRig::quick()
{
    SyncTimings t;
    t.backoffBaseMs = 1;
    t.backoffCapMs = 4;
    t.focusPollMs = 10;
    t.probeMinMs = 5;
    t.probeMaxMs = 20;
    t.transferTimeoutMs = 1000;
    t.listPollByAge = {{std::numeric_limits<qint64>::max(), 50}};
    return t;
}

EngineRig::EngineRig(const QString &file)
    : m_fake(std::make_unique<FakeProvider>())
{
    QString error;
    if (!m_db.open(file, &error))
        qFatal("cannot open %s: %s", qPrintable(file), qPrintable(error));
}

EngineRig::~EngineRig()
{
    stop();
}

void EngineRig::stop()
{
    m_engine.reset();
    m_sales.reset();
}

void EngineRig::start(const SyncTimings &timings, const Clock &clock)
{
    m_sales = std::make_unique<SaleService>(m_db, clock, VatTable::sweden());
    m_engine = std::make_unique<SyncEngine>(*m_sales, *m_fake, clock, timings);
    LinkDefaults defaults;
    defaults.supplier.name = u"Ståndet"_s;
    defaults.methods = {PaymentMethodChoice {u"swish"_s, u"e_commerce"_s, {}}};
    defaults.tillId = QString::fromLatin1(kTill);
    m_engine->setLinkDefaults(defaults);
    m_engine->start();
}

void EngineRig::restart(const SyncTimings &timings, const Clock &clock)
{
    stop();
    start(timings, clock);
}

qint64 EngineRig::sell()
{
    Cart cart;
    Product p;
    p.id = 1;
    p.name = u"Bulle"_s;
    p.price = Money::fromOre(2500);
    p.vatClass = VatClass::Food;
    cart.addProduct(p);
    QString error;
    const qint64 id = m_sales->commands().commit(cart, &error);
    if (id == 0)
        qWarning("commit failed: %s", qPrintable(error));
    return id;
}

Sale EngineRig::sale(qint64 id) const
{
    Sale s;
    m_sales->queries().load(id, &s);
    return s;
}

bool EngineRig::drained() const
{
    return m_sales->queries().pendingActionCount() == 0 && m_engine->runningCount() == 0;
}
