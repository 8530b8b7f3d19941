#include "sandbox/callbackdispatcher.h"

#include "sandbox/sandboxlog.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sandbox {

CallbackDispatcher::CallbackDispatcher(int retryBaseMs, int maxAttempts, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_retryBaseMs(retryBaseMs)
    , m_maxAttempts(maxAttempts)
{ }

void CallbackDispatcher::send(const QUrl &url, const QJsonObject &payload)
{
    m_deliveries.append(Delivery {url, payload, 0, u"pending"_s, 0, {}, m_generation});
    attempt(m_deliveries.size() - 1);
}

void CallbackDispatcher::attempt(qsizetype index)
{
    Delivery &next = m_deliveries[index];
    ++next.attempts;
    QNetworkRequest request(next.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(next.payload).toJson(QJsonDocument::Compact));
    const quint64 generation = next.generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, generation] {
        reply->deleteLater();
        if (generation != m_generation || index >= m_deliveries.size())
            return;
        Delivery &delivery = m_deliveries[index];
        delivery.lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delivery.lastError = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        if (delivery.lastStatus >= 200 && delivery.lastStatus < 300) {
            delivery.state = u"delivered"_s;
            qCInfo(lcSandbox).noquote() << "callback delivered to" << delivery.url.toString() << "after"
                                        << delivery.attempts << "attempt(s)";
            emit deliveryFinished(int(index));
            return;
        }
        if (delivery.attempts >= m_maxAttempts) {
            delivery.state = u"failed"_s;
            qCWarning(lcSandbox).noquote() << "callback to" << delivery.url.toString() << "given up after"
                                           << delivery.attempts << "attempts:" << delivery.lastError;
            emit deliveryFinished(int(index));
            return;
        }
        const int delay = m_retryBaseMs * (1 << qMin(delivery.attempts - 1, 10));
        QTimer::singleShot(delay, this, [this, index, generation] {
            if (generation == m_generation && index < m_deliveries.size())
                attempt(index);
        });
    });
}

QJsonArray CallbackDispatcher::toJson() const
{
    QJsonArray array;
    for (const Delivery &delivery : m_deliveries) {
        array.append(QJsonObject {{u"url"_s, delivery.url.toString()},
                                  {u"payload"_s, delivery.payload},
                                  {u"attempts"_s, delivery.attempts},
                                  {u"state"_s, delivery.state},
                                  {u"last_status"_s, delivery.lastStatus},
                                  {u"last_error"_s, delivery.lastError}});
    }
    return array;
}

void CallbackDispatcher::clear()
{
    ++m_generation;
    m_deliveries.clear();
}

} // namespace Sandbox
