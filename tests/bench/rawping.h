#pragma once

// The floor's client: a bare QNetworkAccessManager (one, keep-alive) asking ping-sandbox for what a
// till asks for, with no till around it. Shared by the benches whose floor is "the same requests
// from a bare client" (bench_charge, bench_drain).

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <functional>

class RawPing
{
public:
    // `origin`: the sandbox's base URL; its test account is read from /_sandbox/account.
    explicit RawPing(const QUrl &origin)
        : m_origin(origin)
    {
        const QJsonObject account = get(QStringLiteral("/_sandbox/account"));
        m_tenant = account[QStringLiteral("tenant_id")].toString().toUtf8();
        m_merchant = account[QStringLiteral("merchant_id")].toString();
        m_splitTree = account[QStringLiteral("split_tree_id")].toString();
    }

    bool isReady() const { return !m_tenant.isEmpty(); }

    QUrl url(const QString &path) const
    {
        QUrl u = m_origin;
        u.setPath(path);
        return u;
    }

    QJsonObject orderBody() const
    {
        return {{QStringLiteral("currency"), QStringLiteral("SEK")}, {QStringLiteral("split_tree_id"), m_splitTree}};
    }
    // A one-item link on `order`, as a till sends it for "Honung 500 g".
    QJsonObject linkBody(const QString &order) const
    {
        return QJsonObject {
            {QStringLiteral("payment_order_id"), order},
            {QStringLiteral("currency"), QStringLiteral("SEK")},
            {QStringLiteral("locale"), QStringLiteral("sv-SE")},
            {QStringLiteral("customer"),
             QJsonObject {{QStringLiteral("first_name"), QStringLiteral("Kund")},
                          {QStringLiteral("last_name"), QStringLiteral("Torget")}}},
            {QStringLiteral("supplier"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Bigårdens honung")}}},
            {QStringLiteral("items"),
             QJsonArray {QJsonObject {{QStringLiteral("description"), QStringLiteral("Honung 500 g")},
                                      {QStringLiteral("merchant_id"), m_merchant},
                                      {QStringLiteral("price"), 8900},
                                      {QStringLiteral("quantity"), 1},
                                      {QStringLiteral("vat"), 12}}}},
            {QStringLiteral("payment_provider_methods"),
             QJsonArray {QJsonObject {{QStringLiteral("provider"), QStringLiteral("swish")},
                                      {QStringLiteral("method"), QStringLiteral("e_commerce")}}}},
            {QStringLiteral("total_amount"), 8900}};
    }

    // Asynchronous POST of a JSON body as the account; `done` gets the answer's JSON.
    void post(const QString &path, const QJsonObject &body, std::function<void(const QJsonObject &)> done)
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("tenant_id", m_tenant);
        QNetworkReply *reply = m_manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
            reply->deleteLater();
            done(QJsonDocument::fromJson(reply->readAll()).object());
        });
    }
    // The same, waited for; *ms: how long it took.
    QJsonObject postAndWait(const QString &path, const QJsonObject &body, double *ms = nullptr)
    {
        QJsonObject answer;
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        post(path, body, [&](const QJsonObject &a) {
            answer = a;
            loop.quit();
        });
        loop.exec();
        if (ms)
            *ms = double(timer.nsecsElapsed()) / 1e6;
        return answer;
    }
    QJsonObject get(const QString &path, double *ms = nullptr)
    {
        QNetworkRequest request(url(path));
        if (!m_tenant.isEmpty())
            request.setRawHeader("tenant_id", m_tenant);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (ms)
            *ms = double(timer.nsecsElapsed()) / 1e6;
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    static QString ordersPath() { return QStringLiteral("/payments/api/v1/payment_orders"); }
    static QString linksPath() { return QStringLiteral("/payment_links/api/v1/payment_links"); }

private:
    QUrl m_origin;
    QNetworkAccessManager m_manager;
    QByteArray m_tenant;
    QString m_merchant;
    QString m_splitTree;
};
