#include "startup.h"

#include "settings/appsettings.h"
#include "welcomedialog.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

using namespace Qt::StringLiterals;

bool Startup::prepare(const QString &dataDir, std::optional<CredentialStore::Credentials> *session)
{
    const QDir dir(dataDir);
    QDir().mkpath(dir.absolutePath());
    AppSettings settings(dir.absolutePath());
    // The same profile as Till's store, so the keychain entry is the till's.
    CredentialStore store(dir.absolutePath());
    // A folder with sales in it predates the welcome: it is set up, whatever it runs on.
    if (!settings.isSetUp() && QFileInfo::exists(dir.filePath(u"stallpay.sqlite"_s))) {
        settings.setSetUp(true);
        settings.sync();
    }
    std::optional<WelcomeDialog::Start> ask;
    if (!settings.isSetUp()) {
        ask = WelcomeDialog::Start::Welcome;
    } else if (settings.environment() != AppSettings::Environment::Demo) {
        QEventLoop loop;
        bool usable = false;
        store.read([&](const CredentialStore::Credentials &c, const QString &error) {
            usable = error.isEmpty() && !c.tenantId.isEmpty();
            loop.quit();
        });
        loop.exec();
        if (!usable)
            ask = WelcomeDialog::Start::Account;
    }
    if (!ask)
        return true;
    WelcomeDialog dialog(settings, store, *ask);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *session = dialog.sessionCredentials();
    return true;
}
