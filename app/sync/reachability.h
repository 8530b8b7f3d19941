#pragma once

#include <QObject>

class PingClient;
class QTimer;
struct PingResponse;

// Whether the payment service answers. Offline when a request gets no HTTP answer at all; then a
// cheap probe (GET ping) goes out with growing pauses, and a hint from the operating system
// (QNetworkInformation) that the network is back probes at once. Online again on any answer.
class Reachability : public QObject
{
    Q_OBJECT
public:
    Reachability(PingClient &client, int probeMinMs, int probeMaxMs, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // Every response of every request tells something.
    void observe(const PingResponse &response);
    void probeNow();

signals:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    void probe();

    PingClient &m_client;
    QTimer *m_probeTimer;
    int m_probeMinMs;
    int m_probeMaxMs;
    int m_nextProbeMs;
    bool m_online = true;
    bool m_probing = false;
};
