#pragma once

#include "sandbox/sandboxresponse.h"

#include <QPointer>
#include <QTcpSocket>

namespace Sandbox {

// Writes answers to the socket by hand: whole, dripped in small pieces, or deliberately garbled.
class ResponseWriter
{
public:
    static void write(QPointer<QTcpSocket> socket, const SandboxResponse &response, bool closeAfter);
    // Headers at once, then `bytes` of body every `intervalMs` (a slow or congested link).
    static void
    drip(QPointer<QTcpSocket> socket, const SandboxResponse &response, int bytes, int intervalMs, bool closeAfter);
    // Closes without a response: the client sees the connection lost.
    static void drop(QPointer<QTcpSocket> socket);
    // 200 with a JSON array that never ends, until the client closes the connection.
    static void endless(QPointer<QTcpSocket> socket);
    // The answer with `field` set to `value` (on an object; on each item of a list, or the one whose
    // id is whereId).
    static SandboxResponse
    withField(const SandboxResponse &response, const QString &field, const QJsonValue &value, const QString &whereId);
    // The same status, with a body that is not valid JSON (cut in half, with stray bytes).
    static SandboxResponse malformed(const SandboxResponse &response);
};

} // namespace Sandbox
