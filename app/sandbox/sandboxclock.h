#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The sandbox's notion of "now": the real UTC time plus an offset that tests advance, so link
// expiry can be tried without waiting days.
class SandboxClock
{
public:
    QDateTime now() const;
    qint64 offsetSeconds() const { return m_offsetSeconds; }
    void setOffsetSeconds(qint64 seconds) { m_offsetSeconds = seconds; }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

    // The first instant after the end of `date` in Europe/Stockholm, where due dates are meant.
    static QDateTime endOfDayStockholm(const QDate &date);
    // The API's timestamp format: "2021-11-15T09:15:01.400000Z".
    static QString format(const QDateTime &time);
    static QDateTime parse(const QString &text); // invalid when not ISO 8601

private:
    qint64 m_offsetSeconds = 0;
};
