#pragma once

#include <QString>

// The payer-facing words of the checkout page and the PDFs, in Swedish or English by the link's
// locale. They belong to the payer's language, not the app's, so they are not tr() strings.
class PayerText
{
public:
    explicit PayerText(const QString &locale);

    bool swedish() const { return m_swedish; }
    QString get(const char *key) const; // the English text for an unknown key
    QString money(qint64 minorUnits, const QString &currency) const;
    QString vatPercent(double percent) const;

private:
    bool m_swedish;
};
