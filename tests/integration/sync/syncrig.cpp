#include "syncrig.h"

#include "clock/clock.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sandboxprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

SyncRig::SyncRig(const QString &dataDir, const QUrl &origin, const SandboxProcess &account, const SyncTimings &timings)
{
    QString error;
    m_open = m_db.open(QDir(dataDir).filePath(u"stallpay.sqlite"_s), &error);
    if (!m_open)
        qWarning("%s", qPrintable(error));
    m_sales = std::make_unique<SaleService>(m_db, Clock::system(), VatTable::sweden());
    m_client = std::make_unique<PingClient>();
    PingConfig config = PingConfig::forOrigin(origin);
    config.tenantId = account.tenantId();
    config.merchantId = account.merchantId();
    config.splitTreeId = account.splitTreeId();
    m_client->setConfig(config);
    m_provider = std::make_unique<PingProvider>(*m_client);
    m_sync = std::make_unique<SyncEngine>(*m_sales, *m_provider, Clock::system(), timings);
    LinkDefaults &defaults = m_defaults;
    defaults.supplier.name = u"Testståndet"_s;
    defaults.methods = {PaymentMethodChoice {u"swish"_s, u"e_commerce"_s, u"Tack!"_s},
                        PaymentMethodChoice {u"payment_iq"_s, u"card"_s, {}}};
    defaults.dueDays = 1;
    // One till per data folder, the same across restarts (as AppSettings::tillId keeps it).
    defaults.tillId =
        u"RIG-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    m_sync->setLinkDefaults(defaults);
    m_sync->start();
}

SyncRig::~SyncRig()
{
    m_sync.reset();
    m_provider.reset();
    m_client.reset();
    m_sales.reset();
}

qint64 SyncRig::sell(int items)
{
    Cart cart;
    for (int i = 0; i < items; ++i) {
        Product p;
        p.id = 1 + (m_sold + i) % 5;
        p.name = u"Vara %1"_s.arg(p.id);
        p.price = Money::fromOre(1000 * p.id + 50);
        p.vatClass = i % 2 ? VatClass::Food : VatClass::Standard;
        cart.addProduct(p);
    }
    ++m_sold;
    QString error;
    const qint64 id = m_sales->commands().commit(cart, &error);
    if (id == 0)
        qWarning("commit failed: %s", qPrintable(error));
    return id;
}

bool SyncRig::drain(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_sales->queries().pendingActionCount() == 0 && m_sync->runningCount() == 0)
            return true;
        QTest::qWait(20);
    }
    return false;
}

bool SyncRig::receiveCallbacks()
{
    m_callbacks = std::make_unique<CallbackReceiver>();
    QString error;
    if (!m_callbacks->listen(u"127.0.0.1"_s, 0, &error))
        return false;
    QObject::connect(m_callbacks.get(), &CallbackReceiver::linkStatusChanged, m_sync.get(),
                     &SyncEngine::statusCallbackReceived);
    m_defaults.statusCallbackUrl = m_callbacks->url();
    m_sync->setLinkDefaults(m_defaults);
    return true;
}

SaleState SyncRig::state(qint64 saleId)
{
    Sale sale;
    m_sales->queries().load(saleId, &sale);
    return sale.state;
}

bool SyncRig::waitForState(const QList<qint64> &saleIds, SaleState wanted, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        bool all = true;
        for (qint64 id : saleIds)
            all = all && state(id) == wanted;
        if (all)
            return true;
        QTest::qWait(20);
    }
    return false;
}
