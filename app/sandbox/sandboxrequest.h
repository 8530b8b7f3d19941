#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace Sandbox {

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
    // The API revision the request asks for (ping-api.md §0b): the current one when it carries
    // x-api-version 2025-12-09 (or a later date); otherwise the older shapes, as the Python SDK knows them.
    static constexpr QByteArrayView kCurrentRevision = "2025-12-09";
    bool currentRevision() const
    {
        const QByteArray version = header("x-api-version").trimmed();
        return version.size() == kCurrentRevision.size() && QByteArrayView(version) >= kCurrentRevision;
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

} // namespace Sandbox
