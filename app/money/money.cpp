#include "money.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Money::formatPlain(const QLocale &locale) const
{
    const qint64 absOre = m_ore < 0 ? -m_ore : m_ore;
    const QString kronor = locale.toString(absOre / 100);
    const QString ore = u"%1"_s.arg(absOre % 100, 2, 10, QLatin1Char('0'));
    const QString sign = m_ore < 0 ? locale.negativeSign() : QString();
    return sign + kronor + locale.decimalPoint() + ore;
}

QString Money::format(const QLocale &locale) const
{
    // Swedish writes "12,50 kr"; other locales get the ISO code first, which every reader understands.
    if (locale.language() == QLocale::Swedish)
        return formatPlain(locale) + u"\u00a0kr"_s;
    return u"SEK\u00a0"_s + formatPlain(locale);
}

bool Money::parse(const QString &text, Money *out)
{
    QString s = text.trimmed();
    s.remove(QRegularExpression(u"(?i)\\s*(kr|sek|:-)\\s*$"_s));
    s.remove(QRegularExpression(u"^(?i)sek\\s*"_s));
    // Thousands separators people type: spaces (also no-break), apostrophes.
    s.remove(QRegularExpression(u"[\\s\u00a0\u202f']"_s));
    static const QRegularExpression pattern(u"^(-?)(\\d{1,13})(?:[.,](\\d{1,2}))?$"_s);
    const QRegularExpressionMatch m = pattern.match(s);
    if (!m.hasMatch())
        return false;
    qint64 ore = m.captured(2).toLongLong() * 100;
    QString fraction = m.captured(3);
    if (fraction.size() == 1)
        fraction += u'0';
    if (!fraction.isEmpty())
        ore += fraction.toLongLong();
    if (!m.captured(1).isEmpty())
        ore = -ore;
    *out = Money::fromOre(ore);
    return true;
}
