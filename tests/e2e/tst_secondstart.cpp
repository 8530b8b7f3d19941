// Two real stallpay processes on one data folder: the second start brings the first's window to
// the front (and exits), instead of only being refused by the folder's lock.

#include "sandboxprocess.h"
#include "testconfig.h"
#include "till/instancechannel.h"

#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecondStart : public QObject
{
    Q_OBJECT

    static QString program() { return QStringLiteral(STALLPAY_BIN_DIR "/stallpay"); }

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s); // no keychain prompt
        return env;
    }

    // The first till is up when its channel takes connections (the probe sends nothing, so it
    // asks for nothing).
    static bool listening(const QString &dataDir)
    {
        QLocalSocket probe;
        probe.connectToServer(InstanceChannel::serverName(dataDir));
        const bool up = probe.waitForConnected(200);
        probe.abort();
        return up;
    }

private slots:
    void secondStartBringsTheFirstWindowToTheFront()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList args {u"--data-dir"_s, dir.path(), u"--api-base"_s, sandbox.baseUrl().toString(),
                                u"--lang"_s,     u"en"_s};

        QProcess first;
        first.setProcessEnvironment(environment());
        // The customer screen opens after the main window and takes the focus from it.
        first.start(program(), args + QStringList {u"--customer-screen"_s});
        QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(listening(dir.path()) || first.state() != QProcess::Running, 60000);
        QCOMPARE(first.state(), QProcess::Running);
        QByteArray firstLog = first.readAllStandardError();
        QVERIFY2(!firstLog.contains("main window is in front"), firstLog.constData());

        // A second start on the same folder, spelt differently.
        QProcess second;
        second.setProcessEnvironment(environment());
        second.start(program(), QStringList {u"--data-dir"_s, dir.path() + u"/./"_s} + args.mid(2));
        QVERIFY(second.waitForFinished(60000));
        const QByteArray secondLog = second.readAllStandardError();
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, secondLog.constData());
        QVERIFY2(secondLog.contains("its window was brought to the front"), secondLog.constData());

        // The first is still the till, and reports its main window in front and active, which
        // it was not before (the customer screen had the focus).
        QCOMPARE(first.state(), QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("main window is in front"), 30000);
        QVERIFY2(firstLog.contains("main window is in front and active (before: not active)"), firstLog.constData());

        first.terminate();
        QVERIFY(first.waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestSecondStart)
#include "tst_secondstart.moc"
