#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

// A request copied out of QHttpServerRequest, because Qt reuses that object for the next request
// on the same connection while a delayed (faulted) answer may still be pending.
struct SandboxRequest
{
    QByteArray method; // upper case, e.g. "PUT"
    QString path; // decoded, without query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(QByteArrayView lowerCaseName) const
    {
        for (const auto &[key, value] : headers) {
            if (key == lowerCaseName)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView lowerCaseName) const
    {
        for (const auto &header : headers) {
            if (header.first == lowerCaseName)
                return true;
        }
        return false;
    }
};
