// The sandbox's request parsing as a client reaches it: the input is what a client writes on a
// connection to an in-process ping-sandbox on loopback — Qt's HTTP request parser, the copy into
// SandboxRequest, authentication, routing and every endpoint's handling of its query and body.
// The test controls (/_sandbox/: faults, clock, resets) are left out: they are for tests, and a
// fault they set would make later inputs wait.
#include "fuzzsupport.h"

#include "sandbox/sandboxserver.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr auto kTenant = "8f2a6c1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b";
constexpr auto kMerchant = "5b1e9c4a-2f43-4b7e-9a61-0c8d3e6f7a21";

Sandbox::SandboxServer &server()
{
    static Sandbox::SandboxServer *instance = [] {
        // The sandbox draws its PDFs with Qt Gui, as bin/ping-sandbox does.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        static int argc = 1;
        static char name[] = "fuzz_sandbox_http";
        static char *argv[] = {name, nullptr};
        new QGuiApplication(argc, argv);
        Sandbox::SandboxConfig config;
        config.tenantId = QString::fromLatin1(kTenant);
        config.merchantId = QString::fromLatin1(kMerchant);
        config.seed = 1;
        config.smsDelayMs = 0;
        config.callbackMaxAttempts = 1;
        auto *sandbox = new Sandbox::SandboxServer(config);
        if (!sandbox->listen(QHostAddress::LocalHost, 0))
            qFatal("the sandbox cannot listen");
        return sandbox;
    }();
    return *instance;
}

// Runs the event loop until `done` or `ms` milliseconds have passed.
template<typename Signal> void waitFor(QTcpSocket &socket, Signal signal, int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    QObject::connect(&socket, signal, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Sandbox::SandboxServer &sandbox = server();
    const QByteArray input = Fuzz::bytes(data, size);
    if (input.contains("/_sandbox"))
        return 0;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, sandbox.port());
    waitFor(socket, &QTcpSocket::connected, 1000);
    if (socket.state() != QAbstractSocket::ConnectedState)
        qFatal("cannot connect to the sandbox");
    socket.write(input);
    while (socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState)
        waitFor(socket, &QTcpSocket::bytesWritten, 100);
    // A whole head is answered at once; a partial request waits for more, so is not waited for long.
    const bool wholeHead = input.contains("\r\n\r\n") || input.contains("\n\n");
    waitFor(socket, &QTcpSocket::readyRead, wholeHead ? 20 : 2);
    socket.abort();
    QCoreApplication::processEvents(); // the server sees the connection end
    return 0;
}
