#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Sandbox {

// POSTs status callbacks (payment link and payment status changes) to the URLs clients gave,
// retrying failures with a doubling delay, and keeps a log of every delivery for the admin API.
class CallbackDispatcher : public QObject
{
    Q_OBJECT

public:
    CallbackDispatcher(int retryBaseMs, int maxAttempts, QObject *parent = nullptr);

    void send(const QUrl &url, const QJsonObject &payload);
    QJsonArray toJson() const;
    void clear();

signals:
    void deliveryFinished(int index); // delivered or given up

private:
    struct Delivery
    {
        QUrl url;
        QJsonObject payload;
        int attempts = 0;
        QString state = QStringLiteral("pending"); // pending, delivered, failed
        int lastStatus = 0;
        QString lastError;
        quint64 generation = 0;
    };
    void attempt(qsizetype index);

    QNetworkAccessManager *m_network;
    QList<Delivery> m_deliveries;
    int m_retryBaseMs;
    int m_maxAttempts;
    quint64 m_generation = 0; // bumped by clear(), so replies of forgotten deliveries are ignored
};

} // namespace Sandbox
