#include "reachability.h"

#include "provider/paymentprovider.h"
#include "provider/providerreply.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

Reachability::Reachability(PaymentProvider &provider, int probeMinMs, int probeMaxMs, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_probeTimer(new QTimer(this))
    , m_probeMinMs(probeMinMs)
    , m_probeMaxMs(probeMaxMs)
    , m_nextProbeMs(probeMinMs)
{
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &Reachability::probe);
    // The system's word is only a hint to probe now: it knows nothing of a sandbox on loopback,
    // and "connected" does not mean the payment service answers.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (!m_online && r != QNetworkInformation::Reachability::Disconnected)
                        probeNow();
                });
    }
}

void Reachability::observe(const ProviderReply &response)
{
    takeTrouble(response);
    setOnline(response.httpStatus != 0);
    // A service that answers 5xx is "online" (it answers), so no reconnect wakes the jobs it
    // failed; its first good answer does (after a 503 storm they would wait up to 5 min each).
    if (response.httpStatus >= 500) {
        m_serverFailing = true;
    } else if (response.ok() && m_serverFailing) {
        m_serverFailing = false;
        qCInfo(lcSync) << "the payment service answers again";
        emit serviceRecovered();
    }
}

void Reachability::takeTrouble(const ProviderReply &response)
{
    const QString trouble = response.certificateProblem ? response.trouble()
        : response.httpStatus != 0                      ? QString()
                                                        : m_trouble;
    if (trouble == m_trouble)
        return;
    m_trouble = trouble;
    if (!trouble.isEmpty())
        qCWarning(lcSync).noquote() << "payment service not trusted:" << trouble;
    emit onlineChanged(m_online);
}

void Reachability::setOnline(bool online)
{
    if (online) {
        m_probeTimer->stop();
        m_nextProbeMs = m_probeMinMs;
    } else if (!m_probeTimer->isActive() && !m_probing) {
        m_probeTimer->start(m_nextProbeMs);
    }
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "online" : "offline");
    emit onlineChanged(online);
}

void Reachability::probeNow()
{
    m_probeTimer->stop();
    probe();
}

void Reachability::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    m_provider.probe([this](const ProviderReply &r) {
        m_probing = false;
        if (r.httpStatus == 0)
            m_nextProbeMs = qMin(m_nextProbeMs * 2, m_probeMaxMs);
        takeTrouble(r);
        setOnline(r.httpStatus != 0);
    });
}
