#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// What arrived on a raw TCP connection; used where a test must see the bytes and their timing
// (a connection dropped before the response, a body dripped slowly) that QNetworkAccessManager
// would hide or retry.
struct RawHttpResult
{
    QByteArray received; // everything the server sent
    QList<qint64> arrivalMs; // milliseconds since the request was written, per read
    bool closedByPeer = false; // the server closed the connection
    bool timedOut = false;
    int status = 0; // parsed from the status line, 0 when there was none
    QByteArray body; // bytes after the header block
};

// Sends one HTTP/1.1 request with "Connection: close" and reads until the server closes or
// timeoutMs passes.
RawHttpResult rawHttpRequest(const QUrl &url,
                             const QByteArray &method,
                             const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers,
                             int timeoutMs = 10000);
