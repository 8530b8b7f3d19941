#pragma once

#include <QLocale>
#include <QString>

namespace Sandbox {

// The payer-facing words of the checkout page, the messages and the PDFs, in Swedish, Norwegian
// (nb-NO) or English by the link's locale. They belong to the payer's language, not the app's, so they are not tr()
// strings.
class PayerText
{
public:
    explicit PayerText(const QString &locale);

    QString htmlLang() const; // "sv", "nb" or "en"
    QString get(const char *key) const; // the English text for an unknown key
    QString money(qint64 minorUnits, const QString &currency) const;
    QString vatPercent(double percent) const;

private:
    enum class Language { English, Swedish, Norwegian };
    QLocale qLocale() const;
    Language m_language;
};

} // namespace Sandbox
