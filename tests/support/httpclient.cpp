#include "httpclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

QJsonDocument HttpResult::json() const
{
    return QJsonDocument::fromJson(body);
}

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult httpRequest(QByteArrayView method,
                       const QUrl &url,
                       const QByteArray &body,
                       const QList<std::pair<QByteArray, QByteArray>> &headers,
                       int timeoutMs)
{
    // A fresh manager per call: no connection is reused across calls, so one test's dropped
    // connection cannot leak into the next request.
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);

    QNetworkReply *reply = manager.sendCustomRequest(request, method.toByteArray(), body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[key, value] : reply->rawHeaderPairs())
        result.headers.append({key, value});
    // HTTP error statuses are answers, not failures; keep transport (1-99) and protocol (3xx) errors.
    if (timedOut)
        result.networkError = u"timeout after %1 ms"_s.arg(timeoutMs);
    else if (const int code = reply->error(); (code > 0 && code < 100) || (code >= 300 && code < 400))
        result.networkError = reply->errorString();
    delete reply;
    return result;
}
