#include "sandbox/sandboxresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sandbox {

SandboxResponse SandboxResponse::json(const QJsonValue &value, int status)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8"_ba;
    response.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse SandboxResponse::text(const QByteArray &text, int status)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8"_ba;
    response.body = text;
    return response;
}

SandboxResponse SandboxResponse::html(const QString &html, int status)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8"_ba;
    response.body = html.toUtf8();
    return response;
}

SandboxResponse SandboxResponse::redirect(const QString &location)
{
    SandboxResponse response;
    response.status = 303;
    response.headers.append({"Location"_ba, location.toUtf8()});
    return response;
}

QJsonObject SandboxResponse::errorEntry(const QString &code, const QString &description, const QString &property)
{
    QJsonObject entry {{u"error"_s, code}, {u"description"_s, description}};
    if (!property.isEmpty())
        entry.insert(u"property"_s, property);
    return entry;
}

SandboxResponse
SandboxResponse::error(int status, const QString &code, const QString &description, const QString &property)
{
    return errors(status, QJsonArray {errorEntry(code, description, property)});
}

SandboxResponse SandboxResponse::errors(int status, const QJsonArray &errors)
{
    return json(QJsonObject {{u"errors"_s, errors}}, status);
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 204:
        return "No Content"_ba;
    case 303:
        return "See Other"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray SandboxResponse::head(bool closeConnection) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    // 204 carries no body and so no length (RFC 9110 §8.6).
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    out += closeConnection ? "Connection: close\r\n"_ba : "Connection: keep-alive\r\n"_ba;
    out += "Cache-Control: no-store\r\n\r\n";
    return out;
}

SandboxResponse SandboxResponse::flatError(const SandboxResponse &errorsResponse)
{
    const QJsonArray entries = QJsonDocument::fromJson(errorsResponse.body).object()[u"errors"_s].toArray();
    if (entries.isEmpty())
        return errorsResponse;
    SandboxResponse flat = json(entries.first().toObject(), errorsResponse.status);
    flat.headers = errorsResponse.headers;
    return flat;
}

} // namespace Sandbox
