#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

// The outcome of one synchronous HTTP exchange; status is 0 when no response arrived.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when a complete response arrived

    QJsonDocument json() const;
    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

// Sends one request and waits for it on a local event loop, so tests read like scripts.
// Needs a QCoreApplication; safe to call from the test's main thread.
HttpResult httpRequest(QByteArrayView method,
                       const QUrl &url,
                       const QByteArray &body = {},
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 10000);
