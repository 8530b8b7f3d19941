#include "till.h"

#include "catalog/catalogrepository.h"
#include "clock/clock.h"
#include "money/vat.h"
#include "ping/pingclient.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "settings/credentialstore.h"
#include "store/database.h"
#include "sync/callbackreceiver.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTill, "stallpay.till")

Till::Till(QObject *parent)
    : QObject(parent)
    , m_clock(&Clock::system())
{ }

Till::~Till() = default;

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
    m_options = options;
    if (options.clock)
        m_clock = options.clock;
    const QDir dir(options.dataDir);
    if (!QDir().mkpath(dir.absolutePath())) {
        *error = tr("Cannot create the data folder %1. Choose a folder you can write to with --data-dir.")
                     .arg(QDir::toNativeSeparators(dir.absolutePath()));
        return false;
    }
    // One process per data folder: two tills writing one database would hand out the same numbers.
    m_lock = std::make_unique<QLockFile>(dir.filePath(u"stallpay.lock"_s));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(200)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = tr("Stallpay is already running with the data folder %1 (process %2). "
                    "Switch to that window, or start with another --data-dir.")
                     .arg(QDir::toNativeSeparators(dir.absolutePath()))
                     .arg(pid);
        return false;
    }
    m_settings = std::make_unique<AppSettings>(dir.absolutePath());
    m_database = std::make_unique<Database>();
    if (!m_database->open(dir.filePath(u"stallpay.sqlite"_s), error))
        return false;
    m_catalog = new CatalogRepository(*m_database, this);
    m_cart = new Cart(this);
    m_sales = new SaleService(*m_database, *m_clock, VatTable::sweden(), this);
    m_client = new PingClient(this);
    m_sync = new SyncEngine(*m_sales, *m_client, *m_clock, options.syncTimings, this);
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
    if (sandboxed) {
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
    return true;
}

bool Till::startEmbeddedSandbox(QString *error)
{
    // The demo account and port stay the same across restarts, and the sandbox keeps its state in
    // the data folder, so yesterday's QR codes still open and their sales still resolve.
    SandboxConfig config;
    for (const char *key : {"tenant_id", "merchant_id", "split_tree_id"}) {
        const QString name = QString::fromLatin1(key);
        if (m_settings->demoValue(name).isEmpty())
            m_settings->setDemoValue(name, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    config.tenantId = m_settings->demoValue(u"tenant_id"_s);
    config.merchantId = m_settings->demoValue(u"merchant_id"_s);
    config.splitTreeId = m_settings->demoValue(u"split_tree_id"_s);
    config.stateFile = QDir(m_options.dataDir).filePath(u"demo-sandbox.json"_s);
    m_sandbox = new SandboxServer(config, this);
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
    m_credentials->read([this, origin](const CredentialStore::Credentials &c, const QString &error) {
        if (!error.isEmpty()) {
            emit apiProblem(error);
            return;
        }
        PingConfig config = PingConfig::forOrigin(origin);
        config.tenantId = c.tenantId;
        config.merchantId = c.merchantId;
        config.splitTreeId = c.splitTreeId;
        config.apiSecret = c.apiSecret;
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
        startWith(config);
    });
}

void Till::startWith(const PingConfig &config)
{
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
