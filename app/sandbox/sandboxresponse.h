#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Sandbox {

// One HTTP answer, serialised by hand so the fault injector can cut or drip it.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool headOnly = false; // a HEAD answer: the GET's headers and length, no body

    static SandboxResponse json(const QJsonValue &value, int status = 200);
    static SandboxResponse noContent();
    static SandboxResponse text(const QByteArray &text, int status = 200);
    static SandboxResponse html(const QString &html, int status = 200);
    static SandboxResponse redirect(const QString &location);
    // The API's error shape: {"errors":[{"error","description","property"?}]}
    static SandboxResponse
    error(int status, const QString &code, const QString &description, const QString &property = {});
    static SandboxResponse errors(int status, const QJsonArray &errors);
    // The Payment Links API's 403/404 in the current revision (C# SDK PaymentLinksErrorResponseBody):
    // one flat {"error","description","property"?} instead of errors[]; the first entry is kept.
    static SandboxResponse flatError(const SandboxResponse &errorsResponse);
    static QJsonObject errorEntry(const QString &code, const QString &description, const QString &property = {});

    static QByteArray reasonPhrase(int status);
    QByteArray head(bool closeConnection) const; // status line and headers, with Content-Length
    QByteArray serialize(bool closeConnection) const
    {
        return head(closeConnection) + (headOnly ? QByteArray() : body);
    }
};

} // namespace Sandbox
