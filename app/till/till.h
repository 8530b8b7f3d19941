#pragma once

#include "store/databasebackups.h"
#include "sync/jobrunner.h"
#include "sync/synctimings.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QUrl>
#include <memory>

class AppSettings;
class QDir;
class Cart;
class CatalogRepository;
class Clock;
class CredentialStore;
class Database;
class DatabaseWatch;
class PingClient;
class PingProvider;
class SaleService;
class SyncEngine;
class VatTable;
namespace Sandbox {
class SandboxServer;
}

// Everything one till is made of, wired together: the database, catalog, cart, sales, the Ping
// client and the sync engine, and in demo mode the embedded Ping sandbox. The UI gets services
// from here; it never builds them itself.
class Till : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        QUrl apiBase; // a running server instead of the settings' environment (e.g. ping-sandbox)
        SyncTimings syncTimings;
        // The till's time (sale dates, VAT periods, due dates, backoff, day reports); null: the
        // system clock. A test gives a ManualClock and moves it instead of waiting. Not owned.
        const Clock *clock = nullptr;
        int dailyBackupCheckMs = 10 * 60 * 1000; // how often to see whether today's copy is due
        // A database below this size is deep-checked (quick_check) before it opens; a larger one
        // opens at once and is checked on a thread after (DatabaseWatch): start-up stays short
        // with a big history (about 0.5 s per 64 MiB here).
        qint64 deepCheckAtOpenBytes = 64 * 1024 * 1024;
        // A sandbox on this computer calls the till back when a link's status changes; false: as
        // with a real account behind a router, only the poller finds out (bench_paid measures it).
        bool sandboxCallbacks = true;
    };
    // Why open() failed, where the seller can do something about it.
    enum class OpenProblem {
        None,
        Damaged, // the database is corrupt: offer the newest backup
        LostSales, // the database is missing, empty or older than the numbers used: offer a backup
    };

    explicit Till(QObject *parent = nullptr);
    ~Till() override;

    // Opens the data directory (locked against a second process) and its database. Connecting to
    // the API happens after, asynchronously (apiReady / apiProblem).
    bool open(const Options &options, QString *error);
    OpenProblem openProblem() const { return m_openProblem; }
    // After a failed open() (the database is not open): puts the backup in place; open() again
    // continues every number series after the highest this till has handed out.
    bool restoreBackup(const QString &backupPath, QString *error);
    DatabaseBackups backups() const;
    // The seller chose a backup in Settings: it is put in place at the next start, before the
    // database opens (the file it replaces is kept beside the backups), and numbering goes on
    // after the highest number handed out until now. Emits restartRequested; the program restarts.
    bool requestRestore(const QString &backupPath, QString *error);
    // The exit code with which the program asks main() to start it again (after requestRestore).
    static constexpr int kRestartExitCode = 75;
    bool backUpNow(const QString &reason, QString *path, QString *error);
    void connectApi();

    AppSettings &settings() { return *m_settings; }
    Database &database() { return *m_database; }
    CatalogRepository &catalog() { return *m_catalog; }
    Cart &cart() { return *m_cart; }
    SaleService &sales() { return *m_sales; }
    PingClient &client() { return *m_client; }
    SyncEngine &sync() { return *m_sync; }
    const Clock &clock() const { return *m_clock; }
    const VatTable &vatTable() const;
    // In demo mode: the embedded sandbox's address (for its admin page and for tests); else empty.
    QUrl sandboxUrl() const;
    bool isDemo() const { return m_sandbox != nullptr; }
    QString dataDir() const { return m_options.dataDir; }
    // The Ping IDs in the OS keychain (for the settings screen).
    CredentialStore &credentials() { return *m_credentials; }

    // The seller changed the payment methods in Settings: new links offer the new choice.
    void applyPaymentMethods();
    // Removes the payers' personal data of sales older than the retention period (Settings);
    // runs at open() and on the daily round.
    void purgePersonalData();

signals:
    // GET tenant answered: settings().tenantMethods() says what the tenant may use now.
    void tenantMethodsChanged();
    void apiReady();
    void apiProblem(const QString &message);
    // A restore is waiting for the next start: close and start again.
    void restartRequested();
    // The deep check of a big database after the start is done: empty when it is sound, else
    // what the seller reads (the file is damaged; restore a backup).
    void databaseChecked(const QString &damage);

private:
    bool lockDataFolder(const QDir &dir, QString *error);
    QString databasePath() const;
    bool openDatabase(QString *error);
    bool raiseCounters(const QHash<QString, qint64> &used, QString *error);
    void rememberNumbers();
    void backUpDaily();
    void startWith(const struct PingConfig &config);
    bool startEmbeddedSandbox(QString *error);
    void connectToLoopbackSandbox(const QUrl &origin);

    Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    OpenProblem m_openProblem = OpenProblem::None;
    bool m_restoredBackup = false;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_database;
    const Clock *m_clock;
    CatalogRepository *m_catalog = nullptr;
    Cart *m_cart = nullptr;
    SaleService *m_sales = nullptr;
    PingClient *m_client = nullptr;
    std::unique_ptr<PingProvider> m_provider; // the sync engine's seam to Ping, over m_client
    SyncEngine *m_sync = nullptr;
    DatabaseWatch *m_watch = nullptr; // the deep check of a big database, after the start
    CredentialStore *m_credentials = nullptr;
    Sandbox::SandboxServer *m_sandbox = nullptr;
    LinkDefaults m_linkDefaults;
};
