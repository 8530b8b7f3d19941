#include "mainwindow.h"
#include "settings/appsettings.h"
#include "till/till.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

static void installTranslators(QApplication &app, const QString &language)
{
    // Qt's own strings (dialog buttons) and ours, in the chosen language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(u":/i18n/stallpay_%1.qm"_s.arg(language)))
        app.installTranslator(ours);
    QLocale::setDefault(QLocale(language == u"sv"_s ? QLocale::Swedish : QLocale::English,
                                language == u"sv"_s ? QLocale::Sweden : QLocale::UnitedKingdom));
}

int main(int argc, char *argv[])
{
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
    parser.addOptions({dataDir, apiBase, language});
    parser.process(app);

    Till till;
    Till::Options options;
    options.dataDir = parser.value(dataDir);
    options.apiBase = QUrl(parser.value(apiBase));
    if (parser.isSet(apiBase) && (!options.apiBase.isValid() || options.apiBase.host().isEmpty())) {
        std::fprintf(stderr, "stallpay: --api-base needs a URL such as http://127.0.0.1:8080\n");
        return 2;
    }
    QString error;
    const bool opened = till.open(options, &error);
    const QString lang =
        parser.isSet(language) ? parser.value(language) : (opened ? till.settings().language() : u"sv"_s);
    installTranslators(app, lang == u"en"_s ? u"en"_s : u"sv"_s);
    if (!opened) {
        std::fprintf(stderr, "stallpay: %s\n", qUtf8Printable(error));
        QMessageBox::critical(nullptr, QObject::tr("Stallpay cannot start"), error);
        return 1;
    }
    MainWindow window(till);
    window.show();
    till.connectApi();
    return app.exec();
}
