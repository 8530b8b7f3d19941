#pragma once

#include <QObject>

class PaymentProvider;
class QTimer;
struct ProviderReply;

// Whether the payment service answers. Offline when a request gets no HTTP answer at all; then a
// cheap probe (PaymentProvider::probe) goes out with growing pauses, and a hint from the operating system
// (QNetworkInformation) that the network is back probes at once. Online again on any answer.
class Reachability : public QObject
{
    Q_OBJECT
public:
    Reachability(PaymentProvider &provider, int probeMinMs, int probeMaxMs, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // Every response of every request tells something.
    void observe(const ProviderReply &response);
    void probeNow();

signals:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    void probe();

    PaymentProvider &m_provider;
    QTimer *m_probeTimer;
    int m_probeMinMs;
    int m_probeMaxMs;
    int m_nextProbeMs;
    bool m_online = true;
    bool m_probing = false;
};
