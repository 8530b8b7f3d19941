#include "sandbox/responsewriter.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sandbox {

void ResponseWriter::write(QPointer<QTcpSocket> socket, const SandboxResponse &response, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(response.serialize(closeAfter));
    if (closeAfter)
        socket->disconnectFromHost(); // flushes what was written first
}

void ResponseWriter::drip(
    QPointer<QTcpSocket> socket, const SandboxResponse &response, int bytes, int intervalMs, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(response.head(closeAfter));
    socket->flush();
    auto *timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    const QByteArray body = response.headOnly ? QByteArray() : response.body;
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, offset, body, bytes, closeAfter] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        socket->write(body.mid(*offset, bytes));
        socket->flush();
        *offset += bytes;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            if (closeAfter)
                socket->disconnectFromHost();
        }
    });
    if (body.isEmpty()) {
        delete timer;
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    timer->start(intervalMs);
}

void ResponseWriter::drop(QPointer<QTcpSocket> socket)
{
    if (socket)
        socket->abort();
}

SandboxResponse ResponseWriter::malformed(const SandboxResponse &response)
{
    SandboxResponse broken = response;
    if (broken.status == 204)
        broken.status = 200; // a 204 cannot carry the broken body
    broken.contentType = "application/json; charset=utf-8"_ba;
    broken.body = response.body.left(response.body.size() / 2) + "\x01<html>Bad gateway</ht"_ba;
    return broken;
}

} // namespace Sandbox
