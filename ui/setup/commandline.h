#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

// Stallpay's command line, defined once for both ways of starting: the till with its windows, and
// the answers that need no display (--help, --version, --self-test), which must work on a server,
// over ssh or in a package's test without any display.
class CommandLine
{
public:
    CommandLine();
    // For the till: exits the process after --help or --version, or with a message on a bad option.
    void process(const QCoreApplication &app) { m_parser.process(app); }

    // When argv asks for --help, --version or --self-test: answers without creating a window (the
    // self-test on the offscreen platform), sets *exitCode and returns true. Else false, and
    // nothing was created.
    static bool answerWithoutWindow(int argc, char *argv[], int *exitCode);

    const QCommandLineParser &parser() const { return m_parser; }
    QCommandLineOption dataDir;
    QCommandLineOption apiBase;
    QCommandLineOption language;
    QCommandLineOption customerScreen;
    QCommandLineOption selfTest;

private:
    QCommandLineParser m_parser;
};
