#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

// Exponential backoff with full jitter (delay drawn from [0, min(cap, base * 2^attempt)]), the
// scheme that spreads many tills' retries best; a server's Retry-After is a floor on top.
class Backoff
{
public:
    Backoff(qint64 baseMs = 1000, qint64 capMs = 5 * 60 * 1000)
        : m_baseMs(baseMs)
        , m_capMs(capMs)
    { }
    qint64 ceilingMs(int attempt) const
    {
        const int shift = qBound(0, attempt, 30);
        return qMin(m_capMs, m_baseMs << shift);
    }
    qint64 delayMs(int attempt, int retryAfterSeconds, QRandomGenerator &random) const
    {
        const qint64 jittered = qint64(random.bounded(quint64(ceilingMs(attempt)) + 1));
        return qMax(jittered, qint64(retryAfterSeconds) * 1000);
    }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
};
