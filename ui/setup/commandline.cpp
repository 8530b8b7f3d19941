#include "commandline.h"

#include "install/installlayout.h"
#include "install/selftest.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

CommandLine::CommandLine()
    : dataDir(u"data-dir"_s, u"Keep the database and settings in DIR."_s, u"DIR"_s)
    , apiBase(
          u"api-base"_s, u"Use the Ping APIs at URL (e.g. a running ping-sandbox) instead of the settings."_s, u"URL"_s)
    , language(u"lang"_s, u"User interface language: sv or en."_s, u"LANG"_s)
    , customerScreen(u"customer-screen"_s, u"Open the customer screen at start (full screen on a second screen)."_s)
    , selfTest(u"self-test"_s,
               u"Check this installation (database, QR code, receipt PDF, translations) without "
               "a window or the network, and exit."_s)
{
    // The default folder depends on the application's names, which are set by now.
    dataDir.setDefaultValue(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_parser.setApplicationDescription(u"Stallpay — point of sale for market stalls, paid by QR code."_s);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({dataDir, apiBase, language, customerScreen, selfTest});
}

bool CommandLine::answerWithoutWindow(int argc, char *argv[], int *exitCode)
{
    bool wanted = false, selfTesting = false;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        selfTesting = selfTesting || std::strcmp(arg, "--self-test") == 0;
        for (const char *name : {"-h", "--help", "-?", "--help-all", "-v", "--version", "--self-test"})
            wanted = wanted || std::strcmp(arg, name) == 0;
    }
    if (!wanted)
        return false;
    std::unique_ptr<QCoreApplication> app;
    if (selfTesting) {
        // The receipt PDF needs fonts, so a QGuiApplication, but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // One line per check on stdout; the database's and the sale's own log stays out of it.
        QLoggingCategory::setFilterRules(u"*.info=false"_s);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    InstallLayout::nameApplication();
    CommandLine line;
    line.process(*app); // --help and --version print and exit here
    QTextStream out(stdout);
    const SelfTest::Result result = SelfTest::run(out);
    if (result.failed.isEmpty()) {
        out << "self-test passed: " << result.checks << " checks" << Qt::endl;
        *exitCode = 0;
    } else {
        out.flush();
        std::fprintf(stderr, "stallpay: self-test failed: %s\n", qUtf8Printable(result.failed.join(u", "_s)));
        *exitCode = 1;
    }
    return true;
}
