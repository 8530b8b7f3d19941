#include "till.h"

#include "catalog/catalogrepository.h"
#include "clock/clock.h"
#include "databasewatch.h"
#include "logprivacy.h"
#include "money/vat.h"
#include "ping/callbackreceiver.h"
#include "ping/pingclient.h"
#include "ping/pingprovider.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "settings/credentialstore.h"
#include "store/database.h"
#include "store/databasefile.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTill, "stallpay.till")

Till::Till(QObject *parent)
    : QObject(parent)
    , m_clock(&Clock::system())
{ }

Till::~Till()
{
    if (m_sync)
        m_sync->retireSpareOrders();
    delete m_sync; // before m_provider, which it talks through
    m_sync = nullptr;
}

const VatTable &Till::vatTable() const
{
    return VatTable::sweden();
}

QUrl Till::sandboxUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

bool Till::open(const Options &options, QString *error)
{
    LogPrivacy::install(); // no phone, e-mail or account ID in the log, from the first line on
    m_options = options;
    if (options.clock)
        m_clock = options.clock;
    const QDir dir(options.dataDir);
    if (!QDir().mkpath(dir.absolutePath())) {
        *error = tr("Cannot create the data folder %1. Choose a folder you can write to with --data-dir.")
                     .arg(QDir::toNativeSeparators(dir.absolutePath()));
        return false;
    }
    if (!lockDataFolder(dir, error))
        return false;
    m_settings = std::make_unique<AppSettings>(dir.absolutePath());
    if (!openDatabase(error))
        return false;
    m_catalog = new CatalogRepository(*m_database, this);
    m_cart = new Cart(this);
    m_sales = new SaleService(*m_database, *m_clock, VatTable::sweden(), this);
    m_client = new PingClient(this);
    m_provider = std::make_unique<PingProvider>(*m_client);
    m_sync = new SyncEngine(*m_sales, *m_provider, *m_clock, options.syncTimings, this);
    m_credentials = new CredentialStore(dir.absolutePath(), this);

    const bool demo = options.apiBase.isEmpty() && m_settings->environment() == AppSettings::Environment::Demo;
    // A till on a sandbox (built in, or a ping-sandbox on this computer) starts with demo products.
    const QHostAddress apiHost(options.apiBase.host());
    const bool sandboxed =
        demo || options.apiBase.host() == u"localhost"_s || (!apiHost.isNull() && apiHost.isLoopback());
    if (sandboxed && m_catalog->isEmpty() && !m_catalog->seedDemoCatalog(error))
        return false;
    LinkDefaults &defaults = m_linkDefaults;
    defaults.supplier = m_settings->supplier();
    defaults.methods = m_settings->paymentMethods();
    // The payer's language, where the API has it: the current revision knows sv-SE and nb-NO only
    // (ping-api.md §0b) and the till knows no payer's language, so every link is Swedish, also
    // from a till whose seller works in English.
    defaults.locale = u"sv-SE"_s;
    defaults.dueDays = m_settings->dueDays();
    defaults.tillId = m_settings->tillId(); // every link says it is this till's (LinkTag)
    if (sandboxed && m_options.sandboxCallbacks) {
        // A sandbox on this computer can reach us: its status callbacks make "Paid" show at once.
        // (A real Ping account would need a public address; there the poller does the work.)
        auto *callbacks = new CallbackReceiver(this);
        QString callbackError;
        if (callbacks->listen(u"127.0.0.1"_s, 0, &callbackError)) {
            defaults.statusCallbackUrl = callbacks->url();
            connect(callbacks, &CallbackReceiver::linkStatusChanged, m_sync, &SyncEngine::statusCallbackReceived);
        } else {
            qCWarning(lcTill) << callbackError;
        }
    }
    m_sync->setLinkDefaults(defaults);
    if (demo && !startEmbeddedSandbox(error))
        return false;
    // The numbers each series has reached, kept beside the database (the INI) after every change.
    auto *remember = new QTimer(this);
    remember->setSingleShot(true);
    connect(remember, &QTimer::timeout, this, &Till::rememberNumbers);
    connect(m_sales, &SaleService::saleChanged, remember, qOverload<>(&QTimer::start));
    // A daily copy, once the till has settled (not in the way of the first sale of the day); the
    // payers' personal data past the retention period goes now and on the same daily round.
    purgePersonalData();
    auto *daily = new QTimer(this);
    daily->setInterval(options.dailyBackupCheckMs);
    connect(daily, &QTimer::timeout, this, &Till::backUpDaily);
    connect(daily, &QTimer::timeout, this, &Till::purgePersonalData);
    daily->start();
    return true;
}

bool Till::lockDataFolder(const QDir &dir, QString *error)
{
    if (m_lock && m_lock->isLocked())
        return true; // open() again after a restore
    // One process per data folder: two tills writing one database would hand out the same numbers.
    m_lock = std::make_unique<QLockFile>(dir.filePath(u"stallpay.lock"_s));
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(200))
        return true;
    if (m_lock->error() == QLockFile::PermissionError) {
        *error = tr("Stallpay cannot write in the data folder %1: it is read-only. Make it writable, or start "
                    "with another --data-dir.")
                     .arg(QDir::toNativeSeparators(dir.absolutePath()));
        return false;
    }
    qint64 pid = 0;
    QString host, app;
    // A lock file without its owner's details was being written when its process died (kill -9,
    // power loss): nobody holds it. One being written right now is seconds old at most.
    const QFileInfo lockFile(dir.filePath(u"stallpay.lock"_s));
    if (m_lock->error() == QLockFile::LockFailedError && !m_lock->getLockInfo(&pid, &host, &app)
        && lockFile.lastModified().secsTo(QDateTime::currentDateTime()) > 5) {
        qCWarning(lcTill) << "removing a lock file without owner" << lockFile.filePath();
        if (m_lock->removeStaleLockFile() && m_lock->tryLock(200))
            return true;
    }
    m_lock->getLockInfo(&pid, &host, &app);
    *error = tr("Stallpay is already running with the data folder %1 (process %2). "
                "Switch to that window, or start with another --data-dir.")
                 .arg(QDir::toNativeSeparators(dir.absolutePath()))
                 .arg(pid);
    return false;
}

void Till::purgePersonalData()
{
    if (m_sales)
        m_sales->payer().purgeOlderThan(m_settings->retentionMonths(), m_clock->today());
}

bool Till::startEmbeddedSandbox(QString *error)
{
    // The demo account and port stay the same across restarts, and the sandbox keeps its state in
    // the data folder, so yesterday's QR codes still open and their sales still resolve.
    Sandbox::SandboxConfig config;
    for (const char *key : {"tenant_id", "merchant_id", "split_tree_id"}) {
        const QString name = QString::fromLatin1(key);
        if (m_settings->demoValue(name).isEmpty())
            m_settings->setDemoValue(name, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    config.tenantId = m_settings->demoValue(u"tenant_id"_s);
    config.merchantId = m_settings->demoValue(u"merchant_id"_s);
    config.splitTreeId = m_settings->demoValue(u"split_tree_id"_s);
    config.stateFile = QDir(m_options.dataDir).filePath(u"demo-sandbox.json"_s);
    m_sandbox = new Sandbox::SandboxServer(config, this);
    const quint16 lastPort = quint16(m_settings->demoValue(u"port"_s).toUInt());
    QString listenError;
    if (!m_sandbox->listen(QHostAddress::LocalHost, lastPort, &listenError)
        && !(lastPort != 0 && m_sandbox->listen(QHostAddress::LocalHost, 0, &listenError))) {
        *error = tr("Cannot start the built-in demo payment service: %1").arg(listenError);
        return false;
    }
    m_settings->setDemoValue(u"port"_s, QString::number(m_sandbox->baseUrl().port()));
    m_settings->sync();
    qCInfo(lcTill) << "demo sandbox at" << m_sandbox->baseUrl();
    return true;
}

void Till::connectApi()
{
    if (m_sandbox) {
        PingConfig config = PingConfig::forOrigin(m_sandbox->baseUrl());
        config.tenantId = m_sandbox->tenantId();
        config.merchantId = m_sandbox->merchantId();
        config.splitTreeId = m_sandbox->splitTreeId();
        config.checkoutOrigins = {m_sandbox->publicBaseUrl()}; // a phone on the LAN pays there
        startWith(config);
        return;
    }
    // --api-base on this computer is a ping-sandbox that tells its own test account; an address
    // from the settings is the seller's account, with the IDs from the keychain.
    const QHostAddress host(m_options.apiBase.host());
    if (m_options.apiBase.host() == u"localhost"_s || (!host.isNull() && host.isLoopback())) {
        connectToLoopbackSandbox(m_options.apiBase);
        return;
    }
    const QUrl origin = m_options.apiBase.isEmpty() ? m_settings->apiOrigin() : m_options.apiBase;
    const QList<QUrl> checkoutOrigins =
        m_options.apiBase.isEmpty() && m_settings->environment() == AppSettings::Environment::Custom
        ? m_settings->customCheckoutOrigins()
        : QList<QUrl>();
    m_credentials->read([this, origin, checkoutOrigins](const CredentialStore::Credentials &c, const QString &error) {
        if (!error.isEmpty()) {
            emit apiProblem(error);
            return;
        }
        PingConfig config = PingConfig::forOrigin(origin);
        config.tenantId = c.tenantId;
        config.merchantId = c.merchantId;
        config.splitTreeId = c.splitTreeId;
        config.apiSecret = c.apiSecret;
        config.checkoutOrigins = checkoutOrigins;
        startWith(config);
    });
}

void Till::connectToLoopbackSandbox(const QUrl &origin)
{
    // A ping-sandbox on this computer is a demo account, not a secret: it tells its IDs itself.
    // Until it answers, sales are taken and wait; we ask again every few seconds.
    auto *network = new QNetworkAccessManager(this);
    QUrl accountUrl = origin;
    accountUrl.setPath(origin.path() + u"/_sandbox/account"_s);
    QNetworkReply *reply = network->get(QNetworkRequest(accountUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply, network, origin] {
        reply->deleteLater();
        network->deleteLater();
        const QJsonObject account = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || account[u"tenant_id"_s].toString().isEmpty()) {
            emit apiProblem(tr("Cannot read the test account of the payment service at %1: %2")
                                .arg(origin.toString(), reply->errorString()));
            QTimer::singleShot(3000, this, [this, origin] { connectToLoopbackSandbox(origin); });
            return;
        }
        PingConfig config = PingConfig::forOrigin(origin);
        config.tenantId = account[u"tenant_id"_s].toString();
        config.merchantId = account[u"merchant_id"_s].toString();
        config.splitTreeId = account[u"split_tree_id"_s].toString();
        if (const QUrl checkout(account[u"checkout_base"_s].toString()); checkout.isValid())
            config.checkoutOrigins = {checkout};
        startWith(config);
    });
}

void Till::startWith(const PingConfig &config)
{
    for (const QString &value : {config.tenantId, config.merchantId, config.splitTreeId, config.apiSecret})
        LogPrivacy::hide(value);
    const QString problem = config.problem();
    if (!problem.isEmpty()) {
        emit apiProblem(problem);
        return;
    }
    m_client->setConfig(config);
    m_sync->start();
    emit apiReady();
    // What the tenant may use decides what links offer; until it answers, the last answer stands.
    m_client->getTenant([this](const PingResponse &r) {
        if (!r.ok()) {
            qCInfo(lcTill) << "GET tenant:" << r.message();
            return;
        }
        m_settings->setTenantMethods(PingJson::tenantMethods(r.body.toObject()));
        applyPaymentMethods();
        emit tenantMethodsChanged();
    });
}

void Till::applyPaymentMethods()
{
    m_linkDefaults.methods = m_settings->paymentMethods();
    m_sync->setLinkDefaults(m_linkDefaults);
}
