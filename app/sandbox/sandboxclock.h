#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Sandbox {

// The sandbox's notion of "now": the real UTC time plus an offset that tests advance, so link
// expiry can be tried without waiting days; or, frozen, a fixed instant that only moves when
// told, so timestamps in tests and screenshots repeat exactly.
class SandboxClock
{
public:
    QDateTime now() const;
    qint64 offsetSeconds() const { return m_offsetMs / 1000; }
    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 ms) { m_offsetMs = ms; }
    bool frozen() const { return m_frozenAt.isValid(); }
    QDateTime frozenAt() const { return m_frozenAt; }
    void freeze(const QDateTime &at) { m_frozenAt = at.toUTC(); }
    void unfreeze(); // runs on from the frozen instant
    void advance(qint64 seconds);
    void setNow(const QDateTime &time);
    void reset();

    // The first instant after the end of `date` in Europe/Stockholm, where due dates are meant.
    static QDateTime endOfDayStockholm(const QDate &date);
    // The API's timestamp format: "2021-11-15T09:15:01.400000Z".
    static QString format(const QDateTime &time);
    static QDateTime parse(const QString &text); // invalid when not ISO 8601

private:
    qint64 m_offsetMs = 0; // milliseconds, so unfreezing does not jump back by a fraction of a second
    QDateTime m_frozenAt; // invalid: running
};

} // namespace Sandbox
