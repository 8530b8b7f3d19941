#include "sandbox/sandboxclock.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Sandbox {

QDateTime SandboxClock::now() const
{
    return frozen() ? m_frozenAt : QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

void SandboxClock::unfreeze()
{
    if (!frozen())
        return;
    m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(m_frozenAt);
    m_frozenAt = {};
}

void SandboxClock::advance(qint64 seconds)
{
    if (frozen())
        m_frozenAt = m_frozenAt.addSecs(seconds);
    else
        m_offsetMs += seconds * 1000;
}

void SandboxClock::setNow(const QDateTime &time)
{
    if (frozen())
        m_frozenAt = time.toUTC();
    else
        m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(time);
}

void SandboxClock::reset()
{
    m_offsetMs = 0;
    m_frozenAt = {};
}

QDateTime SandboxClock::endOfDayStockholm(const QDate &date)
{
    QTimeZone zone("Europe/Stockholm"_ba);
    if (!zone.isValid())
        zone = QTimeZone(3600); // no tz database: winter time is the conservative guess
    return QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC();
}

QString SandboxClock::format(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000Z"_s;
}

QDateTime SandboxClock::parse(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    // Microsecond fractions ("…01.400000Z") are not read by Qt; drop the digits past milliseconds.
    if (!time.isValid()) {
        static const QRegularExpression micro(u"^(.*\\.\\d{3})\\d+(.*)$"_s);
        const auto match = micro.match(text);
        if (match.hasMatch())
            time = QDateTime::fromString(match.captured(1) + match.captured(2), Qt::ISODateWithMs);
    }
    return time.toUTC();
}

} // namespace Sandbox
