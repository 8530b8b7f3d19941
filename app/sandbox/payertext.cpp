#include "payertext.h"

#include <QLocale>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    const char *key;
    const char *english;
    const char *swedish;
};

// UTF-8 throughout; the page is served with charset=utf-8.
constexpr Entry kEntries[] = {
    {"title", "Payment", "Betalning"},
    {"pay_to", "Pay to", "Betala till"},
    {"item", "Item", "Vara"},
    {"qty", "Qty", "Antal"},
    {"amount", "Amount", "Belopp"},
    {"vat", "VAT", "Moms"},
    {"vat_included", "of which VAT", "varav moms"},
    {"total", "Total", "Totalt"},
    {"due", "Pay by", "Betala senast"},
    {"choose", "Choose how to pay", "Välj betalsätt"},
    {"pay_swish", "Pay with Swish", "Betala med Swish"},
    {"pay_card", "Pay by card", "Betala med kort"},
    {"pay_invoice", "Pay by invoice", "Betala mot faktura"},
    {"pay_vipps", "Pay with Vipps", "Betala med Vipps"},
    {"pay_other", "Pay", "Betala"},
    {"sandbox_tests", "Sandbox test outcomes", "Testutfall i sandlådan"},
    {"decline", "Simulate declined payment", "Simulera nekad betalning"},
    {"cancel", "Cancel payment", "Avbryt betalningen"},
    {"paid", "Paid", "Betald"},
    {"thanks", "Thank you for your payment!", "Tack för din betalning!"},
    {"receipt", "Receipt", "Kvitto"},
    {"invoice", "Invoice", "Faktura"},
    {"download_receipt", "Download receipt (PDF)", "Ladda ner kvitto (PDF)"},
    {"payment_id", "Payment ID", "Betalnings-ID"},
    {"paid_at", "Paid at", "Betald"},
    {"declined", "The payment was declined. No money was taken.", "Betalningen nekades. Inga pengar drogs."},
    {"crashed", "Something went wrong with the payment. No money was taken.",
     "Något gick fel med betalningen. Inga pengar drogs."},
    {"aborted", "The payment was cancelled. No money was taken.", "Betalningen avbröts. Inga pengar drogs."},
    {"try_again", "Try again", "Försök igen"},
    {"cancelled", "This payment link has been cancelled by the seller.", "Säljaren har avbrutit den här betallänken."},
    {"expired", "This payment link has expired.", "Den här betallänken har gått ut."},
    {"closed", "This payment can no longer be made.", "Den här betalningen kan inte längre genomföras."},
    {"not_found", "There is no such payment link.", "Det finns ingen sådan betallänk."},
    {"customer", "Customer", "Kund"},
    {"reference", "Reference (OCR)", "Referens (OCR)"},
    {"org_no", "Org. no.", "Org.nr"},
    {"sandbox_note", "Test payment in Ping sandbox: no real money moves.",
     "Testbetalning i Pings sandlåda: inga riktiga pengar flyttas."},
};
} // namespace

PayerText::PayerText(const QString &locale)
    : m_swedish(locale.startsWith(u"sv"_s))
{ }

QString PayerText::get(const char *key) const
{
    for (const Entry &entry : kEntries) {
        if (std::strcmp(entry.key, key) == 0)
            return QString::fromUtf8(m_swedish ? entry.swedish : entry.english);
    }
    return QString::fromUtf8(key);
}

QString PayerText::money(qint64 minorUnits, const QString &currency) const
{
    const QLocale locale(m_swedish ? QLocale::Swedish : QLocale::English,
                         m_swedish ? QLocale::Sweden : QLocale::UnitedKingdom);
    const QString amount = locale.toString(double(minorUnits) / 100.0, 'f', 2);
    if (m_swedish && currency == u"SEK"_s)
        return amount + u"\u00a0kr"_s;
    return currency + u'\u00a0' + amount;
}

QString PayerText::vatPercent(double percent) const
{
    const QLocale locale(m_swedish ? QLocale::Swedish : QLocale::English);
    return locale.toString(percent, 'g', 4) + u"\u00a0%"_s;
}
