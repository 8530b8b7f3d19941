#pragma once

#include "sandbox/sandboxrequest.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace Sandbox {

// The transport: takes each parsed request off Qt's HTTP server and hands it on together with
// its socket, because faults (a dropped connection, a dripped body) are written to the socket
// directly rather than through QHttpServerResponder.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SandboxRequest &, QPointer<QTcpSocket>)>;
    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Sandbox
