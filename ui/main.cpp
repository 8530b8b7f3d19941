#include "customer/customerscreen.h"
#include "i18n/language.h"
#include "invoice/invoicecommand.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/credentialstore.h"
#include "setup/startup.h"
#include "style/theme.h"
#include "till/till.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "invoice") == 0)
        return InvoiceCommand::run(argc, argv); // batch invoicing, no window
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Stallpay"_s);
    QApplication::setOrganizationName(u"Stallpay"_s);
    QApplication::setApplicationVersion(QStringLiteral(STALLPAY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Stallpay — point of sale for market stalls, paid by QR code."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"Keep the database and settings in DIR."_s, u"DIR"_s,
                                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption apiBase(
        u"api-base"_s, u"Use the Ping APIs at URL (e.g. a running ping-sandbox) instead of the settings."_s, u"URL"_s);
    const QCommandLineOption language(u"lang"_s, u"User interface language: sv or en."_s, u"LANG"_s);
    const QCommandLineOption customerScreen(u"customer-screen"_s,
                                            u"Open the customer screen at start (full screen on a second screen)."_s);
    parser.addOptions({dataDir, apiBase, language, customerScreen});
    parser.process(app);

    Till till;
    Till::Options options;
    options.dataDir = parser.value(dataDir);
    options.apiBase = QUrl(parser.value(apiBase));
    if (parser.isSet(apiBase) && (!options.apiBase.isValid() || options.apiBase.host().isEmpty())) {
        std::fprintf(stderr, "stallpay: --api-base needs a URL such as http://127.0.0.1:8080\n");
        return 2;
    }
    {
        const AppSettings saved(options.dataDir); // the look and language, before any window
        Theme::apply(Theme::fromKey(saved.appearance()));
        Language::apply(parser.isSet(language) ? parser.value(language) : saved.language());
    }
    std::optional<CredentialStore::Credentials> sessionCredentials;
    if (options.apiBase.isEmpty() && !Startup::prepare(options.dataDir, &sessionCredentials))
        return 0; // the seller closed the welcome without choosing
    QString error;
    const bool opened = till.open(options, &error);
    if (!parser.isSet(language) && opened)
        Language::apply(till.settings().language()); // the welcome may have changed it
    if (!opened) {
        std::fprintf(stderr, "stallpay: %s\n", qUtf8Printable(error));
        QMessageBox::critical(nullptr, QObject::tr("Stallpay cannot start"), error);
        return 1;
    }
    if (sessionCredentials)
        till.credentials().keepForSession(*sessionCredentials);
    MainWindow window(till);
    CustomerScreen customer(till);
    window.addAction(customer.toggleAction()); // F10, from any screen of the till
    window.show();
    if (parser.isSet(customerScreen))
        customer.showOnBestScreen();
    till.connectApi();
    return app.exec();
}
