#include "sandbox/payertext.h"

#include <QLocale>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
struct Entry
{
    const char *key;
    const char *english;
    const char *swedish;
    const char *norwegian; // Bokmål, for links with locale nb-NO
};

// UTF-8 throughout; the page is served with charset=utf-8.
constexpr Entry kEntries[] = {
    {"title", "Payment", "Betalning", "Betaling"},
    {"pay_to", "Pay to", "Betala till", "Betal til"},
    {"item", "Item", "Vara", "Vare"},
    {"qty", "Qty", "Antal", "Antall"},
    {"amount", "Amount", "Belopp", "Beløp"},
    {"vat", "VAT", "Moms", "MVA"},
    {"vat_included", "of which VAT", "varav moms", "herav MVA"},
    {"total", "Total", "Totalt", "Totalt"},
    {"due", "Pay by", "Betala senast", "Betal innen"},
    {"choose", "Choose how to pay", "Välj betalsätt", "Velg betalingsmåte"},
    {"pay_swish", "Pay with Swish", "Betala med Swish", "Betal med Swish"},
    {"pay_card", "Pay by card", "Betala med kort", "Betal med kort"},
    {"pay_invoice", "Pay by invoice", "Betala mot faktura", "Betal med faktura"},
    {"pay_vipps", "Pay with Vipps", "Betala med Vipps", "Betal med Vipps"},
    {"pay_other", "Pay", "Betala", "Betal"},
    {"sandbox_tests", "Sandbox test outcomes", "Testutfall i sandlådan", "Testutfall i sandkassen"},
    {"decline", "Simulate declined payment", "Simulera nekad betalning", "Simuler avvist betaling"},
    {"cancel", "Cancel payment", "Avbryt betalningen", "Avbryt betalingen"},
    {"paid", "Paid", "Betald", "Betalt"},
    {"thanks", "Thank you for your payment!", "Tack för din betalning!", "Takk for betalingen!"},
    {"receipt", "Receipt", "Kvitto", "Kvittering"},
    {"invoice", "Invoice", "Faktura", "Faktura"},
    {"download_receipt", "Download receipt (PDF)", "Ladda ner kvitto (PDF)", "Last ned kvittering (PDF)"},
    {"payment_id", "Payment ID", "Betalnings-ID", "Betalings-ID"},
    {"paid_at", "Paid at", "Betald", "Betalt"},
    {"declined", "The payment was declined. No money was taken.", "Betalningen nekades. Inga pengar drogs.",
     "Betalingen ble avvist. Ingen penger ble trukket."},
    {"crashed", "Something went wrong with the payment. No money was taken.",
     "Något gick fel med betalningen. Inga pengar drogs.", "Noe gikk galt med betalingen. Ingen penger ble trukket."},
    {"aborted", "The payment was cancelled. No money was taken.", "Betalningen avbröts. Inga pengar drogs.",
     "Betalingen ble avbrutt. Ingen penger ble trukket."},
    {"try_again", "Try again", "Försök igen", "Prøv igjen"},
    {"cancelled", "This payment link has been cancelled by the seller.", "Säljaren har avbrutit den här betallänken.",
     "Selgeren har kansellert denne betalingslenken."},
    {"expired", "This payment link has expired.", "Den här betallänken har gått ut.",
     "Denne betalingslenken har utløpt."},
    {"closed", "This payment can no longer be made.", "Den här betalningen kan inte längre genomföras.",
     "Denne betalingen kan ikke lenger gjennomføres."},
    {"not_found", "There is no such payment link.", "Det finns ingen sådan betallänk.",
     "Det finnes ingen slik betalingslenke."},
    {"customer", "Customer", "Kund", "Kunde"},
    {"reference", "Reference (OCR)", "Referens (OCR)", "Referanse (KID)"},
    {"org_no", "Org. no.", "Org.nr", "Org.nr."},
    {"sandbox_note", "Test payment in Ping sandbox: no real money moves.",
     "Testbetalning i Pings sandlåda: inga riktiga pengar flyttas.",
     "Testbetaling i Pings sandkasse: ingen ekte penger flyttes."},
    {"message_subject", "Payment to %1", "Betalning till %1", "Betaling til %1"},
    {"message_body", "Hello! Pay for your purchase from %1 here: %2", "Hej! Betala ditt köp hos %1 här: %2",
     "Hei! Betal kjøpet ditt hos %1 her: %2"},
    {"more_outcomes", "More payment states", "Fler betalningstillstånd", "Flere betalingstilstander"},
    {"stop", "Simulate stopped payment", "Simulera stoppad betalning", "Simuler stoppet betaling"},
    {"underfund", "Simulate too little paid", "Simulera för lite betalt", "Simuler for lite betalt"},
    {"overfund", "Simulate too much paid", "Simulera för mycket betalt", "Simuler for mye betalt"},
    {"fund", "Simulate funded, awaiting reconcile", "Simulera finansierad, väntar på avstämning",
     "Simuler finansiert, venter på avstemming"},
    {"stopped", "The payment was stopped. No money was taken.", "Betalningen stoppades. Inga pengar drogs.",
     "Betalingen ble stoppet. Ingen penger ble trukket."},
    {"underfunded", "Too little was paid; the seller will be in touch.", "För lite betalades; säljaren hör av sig.",
     "Det ble betalt for lite; selgeren tar kontakt."},
    {"overfunded", "Too much was paid; the seller will be in touch.", "För mycket betalades; säljaren hör av sig.",
     "Det ble betalt for mye; selgeren tar kontakt."},
    {"funded", "The money has arrived and is being checked.", "Pengarna har kommit och kontrolleras.",
     "Pengene har kommet og kontrolleres."},
    {"back_to_shop", "Back to the shop", "Tillbaka till butiken", "Tilbake til butikken"},
};
} // namespace

PayerText::PayerText(const QString &locale)
    : m_language(locale.startsWith(u"sv"_s)       ? Language::Swedish
                     : locale.startsWith(u"nb"_s) ? Language::Norwegian
                                                  : Language::English)
{ }

QString PayerText::htmlLang() const
{
    return m_language == Language::Swedish ? u"sv"_s : m_language == Language::Norwegian ? u"nb"_s : u"en"_s;
}

QString PayerText::get(const char *key) const
{
    for (const Entry &entry : kEntries) {
        if (std::strcmp(entry.key, key) == 0) {
            return QString::fromUtf8(m_language == Language::Swedish         ? entry.swedish
                                         : m_language == Language::Norwegian ? entry.norwegian
                                                                             : entry.english);
        }
    }
    return QString::fromUtf8(key);
}

QString PayerText::money(qint64 minorUnits, const QString &currency) const
{
    const QLocale locale = qLocale();
    const QString amount = locale.toString(double(minorUnits) / 100.0, 'f', 2);
    if ((m_language == Language::Swedish && currency == u"SEK"_s)
        || (m_language == Language::Norwegian && currency == u"NOK"_s))
        return amount + u"\u00a0kr"_s;
    return currency + u'\u00a0' + amount;
}

QString PayerText::vatPercent(double percent) const
{
    return qLocale().toString(percent, 'g', 4) + u"\u00a0%"_s;
}

QLocale PayerText::qLocale() const
{
    switch (m_language) {
    case Language::Swedish:
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    case Language::Norwegian:
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    case Language::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace Sandbox
