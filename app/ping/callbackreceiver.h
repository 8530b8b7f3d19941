#pragma once

#include <QObject>
#include <QUrl>

class QHttpServer;

// Receives Ping's payment link status callbacks ({"payment_link_id","status","occured_at"}).
// A callback is not signed, so it is only a reason to ask the API at once, never a status itself.
class CallbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit CallbackReceiver(QObject *parent = nullptr);
    ~CallbackReceiver() override;

    // Listens on address:port (0: any free port); the URL to give Ping is url().
    bool listen(const QString &address, quint16 port, QString *error);
    QUrl url() const { return m_url; }

signals:
    void linkStatusChanged(const QString &paymentLinkId, const QString &status);

private:
    QHttpServer *m_server;
    QUrl m_url;
};
