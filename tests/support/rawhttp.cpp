#include "rawhttp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

RawHttpResult rawHttpRequest(const QUrl &url,
                             const QByteArray &method,
                             const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers,
                             int timeoutMs)
{
    RawHttpResult result;
    QTcpSocket socket;
    QEventLoop loop;
    QElapsedTimer clock;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        result.received += socket.readAll();
        result.arrivalMs.append(clock.elapsed());
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        result.received += socket.readAll();
        result.closedByPeer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            result.closedByPeer = true;
        loop.quit();
    });

    QByteArray request = method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        request += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    request += " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' + QByteArray::number(url.port()) + "\r\n";
    for (const auto &[key, value] : headers)
        request += key + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "Connection: close\r\n\r\n" + body;

    timer.start(timeoutMs);
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(timeoutMs)) {
        result.timedOut = true;
        return result;
    }
    clock.start();
    socket.write(request);
    loop.exec();

    const qsizetype headerEnd = result.received.indexOf("\r\n\r\n");
    if (result.received.startsWith("HTTP/1.")) {
        const QList<QByteArray> parts = result.received.left(result.received.indexOf("\r\n")).split(' ');
        if (parts.size() >= 2)
            result.status = parts.at(1).toInt();
    }
    if (headerEnd >= 0)
        result.body = result.received.mid(headerEnd + 4);
    return result;
}
