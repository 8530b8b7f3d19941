#include "customer/customerscreen.h"
#include "i18n/language.h"
#include "invoice/invoicecommand.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/credentialstore.h"
#include "setup/commandline.h"
#include "setup/identity.h"
#include "setup/secondstart.h"
#include "setup/startup.h"
#include "style/theme.h"
#include "till/till.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
int runTill(const CommandLine &cli); // the till and its window, until the program ends
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "invoice") == 0)
        return InvoiceCommand::run(argc, argv); // batch invoicing, no window
    int exitCode = 0;
    if (CommandLine::answerWithoutWindow(argc, argv, &exitCode)) // --help, --version, --self-test
        return exitCode;
    QApplication app(argc, argv);
    Identity::apply();
    CommandLine cli;
    cli.process(app);
    const int code = runTill(cli);
    if (code != Till::kRestartExitCode)
        return code;
    // A restore waits for the next start (Settings → Backups): this till has closed its database
    // and released the data folder, so the new process opens it at once.
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)) ? 0
                                                                                                                  : 1;
}

namespace {
int runTill(const CommandLine &cli)
{
    const QCommandLineParser &parser = cli.parser();
    Till till;
    Till::Options options;
    options.dataDir = parser.value(cli.dataDir);
    options.apiBase = QUrl(parser.value(cli.apiBase));
    if (parser.isSet(cli.apiBase) && (!options.apiBase.isValid() || options.apiBase.host().isEmpty())) {
        std::fprintf(stderr, "stallpay: --api-base needs a URL such as http://127.0.0.1:8080\n");
        return 2;
    }
    {
        const AppSettings saved(options.dataDir); // the look and language, before any window
        Theme::apply(Theme::fromKey(saved.appearance()));
        Language::apply(parser.isSet(cli.language) ? parser.value(cli.language) : saved.language());
    }
    if (SecondStart::handOver(options.dataDir))
        return 0; // the till already running on this folder came to the front
    std::optional<CredentialStore::Credentials> sessionCredentials;
    if (options.apiBase.isEmpty() && !Startup::prepare(options.dataDir, &sessionCredentials))
        return 0; // the seller closed the welcome without choosing
    QString error;
    bool opened = till.open(options, &error);
    if (!opened && till.openProblem() != Till::OpenProblem::None && !till.backups().list().isEmpty()) {
        // A damaged or lost database: the newest copy, if the seller wants it; the file it replaces is kept.
        const DatabaseBackups::Backup newest = till.backups().list().constFirst();
        const QString when = QLocale().toString(newest.madeAt.toLocalTime(), QLocale::ShortFormat);
        const auto answer = QMessageBox::question(
            nullptr, QObject::tr("Restore a backup?"),
            error + u"\n\n"_s
                + QObject::tr("Restore the backup from %1? Sales made after it are not in it; numbering goes on "
                              "after the highest number this till has used. The current file is kept in the "
                              "backups folder.")
                      .arg(when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            opened = till.restoreBackup(newest.path, &error) && till.open(options, &error);
        }
    }
    if (!parser.isSet(cli.language) && opened)
        Language::apply(till.settings().language()); // the welcome may have changed it
    if (!opened) {
        std::fprintf(stderr, "stallpay: %s\n", qUtf8Printable(error));
        QMessageBox::critical(nullptr, QObject::tr("Stallpay cannot start"), error);
        return 1;
    }
    if (sessionCredentials)
        till.credentials().keepForSession(*sessionCredentials);
    MainWindow window(till);
    CustomerScreen customer(till, window.saleOnScreen());
    window.addAction(customer.toggleAction()); // F10, from any screen of the till
    SecondStart::listen(options.dataDir, &window);
    window.show();
    if (parser.isSet(cli.customerScreen))
        customer.showOnBestScreen();
    QObject::connect(
        &till, &Till::restartRequested, &window, [] { QCoreApplication::exit(Till::kRestartExitCode); },
        Qt::QueuedConnection);
    till.connectApi();
    return QApplication::exec();
}
} // namespace
