#pragma once

#include <QString>
#include <QtGlobal>

class QLocale;

// An amount of Swedish money in öre (1/100 krona). Never floating point: every sum, VAT amount and
// payload value is an exact integer, so the invoice, the receipt, the API and the reports agree.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    static constexpr Money fromKronor(qint64 kronor) { return Money(kronor * 100); }

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isNegative() const { return m_ore < 0; }

    constexpr Money operator+(Money other) const { return Money(m_ore + other.m_ore); }
    constexpr Money operator-(Money other) const { return Money(m_ore - other.m_ore); }
    constexpr Money operator-() const { return Money(-m_ore); }
    constexpr Money operator*(qint64 factor) const { return Money(m_ore * factor); }
    Money &operator+=(Money other)
    {
        m_ore += other.m_ore;
        return *this;
    }
    Money &operator-=(Money other)
    {
        m_ore -= other.m_ore;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // "1 234,50 kr" in Swedish, "SEK 1,234.50" in English: the locale's own currency format.
    QString format(const QLocale &locale) const;
    // The amount without currency, with two decimals in the locale's notation ("12,50").
    QString formatPlain(const QLocale &locale) const;

    // Reads an amount in kronor as a person types it: "12", "12,5", "12.50", "1 234,50", "12 kr".
    // Returns false (and leaves *out alone) for anything that is not an exact amount in öre.
    static bool parse(const QString &text, Money *out);

private:
    constexpr explicit Money(qint64 ore)
        : m_ore(ore)
    { }
    qint64 m_ore = 0;
};
