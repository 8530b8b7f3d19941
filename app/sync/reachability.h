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
    // Why the service is not reached when it is not just silence (a certificate it cannot prove),
    // in words; empty otherwise.
    QString trouble() const { return m_trouble; }
    // Every response of every request tells something.
    void observe(const ProviderReply &response);
    void probeNow();

signals:
    void onlineChanged(bool online); // also when trouble() changed
    // The service answered a request after it had answered with server errors (5xx): it is
    // back, and the jobs that wait out their backoff after those errors are due now.
    void serviceRecovered();

private:
    void setOnline(bool online);
    void takeTrouble(const ProviderReply &response);
    void probe();

    PaymentProvider &m_provider;
    QTimer *m_probeTimer;
    int m_probeMinMs;
    int m_probeMaxMs;
    int m_nextProbeMs;
    bool m_online = true;
    bool m_probing = false;
    bool m_serverFailing = false; // the last answers were server errors
    QString m_trouble;
};
