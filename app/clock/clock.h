#pragma once

#include <QDateTime>

// The time source of the core. Injected everywhere time matters (sale dates, VAT periods, due dates,
// backoff, day reports) so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds of a monotonic clock, for timers and backoff.
    virtual qint64 monotonicMs() const = 0;
    // The local (Europe/Stockholm in production) calendar day of an instant.
    QDate localDate(const QDateTime &utc) const { return utc.toLocalTime().date(); }
    QDate today() const { return localDate(nowUtc()); }

    static Clock &system();
};

// A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime startUtc)
        : m_now(std::move(startUtc))
    { }
    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonic += ms;
    }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};
