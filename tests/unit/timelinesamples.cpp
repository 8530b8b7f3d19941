#include "timelinesamples.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// What ProviderReply::record() keeps of an answer (see ServiceAnswer).
QJsonObject answer(const QString &outcome, int http, const QString &reason = {}, const QStringList &args = {})
{
    QJsonObject a {{u"outcome"_s, outcome}};
    if (http != 0)
        a.insert(u"http"_s, http);
    if (!reason.isEmpty())
        a.insert(u"reason"_s, reason);
    if (!args.isEmpty())
        a.insert(u"args"_s, QJsonArray::fromStringList(args));
    return a;
}

EventRecord attempt(const QJsonObject &a, bool unknown = false)
{
    return EventRecord::attempt(u"create_link"_s, 2, unknown, a);
}

const QString kLinkEn = u"Creating the payment link, attempt 2: "_s;
const QString kLinkSv = u"Betallänken skapas, försök 2: "_s;
const QString kUnclearEn = u"Creating the payment link, attempt 2: no clear answer; checked before trying again. "_s;
const QString kUnclearSv = u"Betallänken skapas, försök 2: inget tydligt svar; kontrolleras innan nästa försök. "_s;
} // namespace

const QList<TimelineSample> &timelineSamples()
{
    static const QList<TimelineSample> samples = {
        {u"legacy text"_s, EventRecord::legacyText(u"an old line"_s), u"an old line"_s, u"an old line"_s},
        {u"sale committed"_s, EventRecord::saleCommitted(3, 8900), u"Sale 3 rung up: SEK\u00A089.00"_s,
         u"Köp 3 slogs in: 89,00\u00A0kr"_s},
        {u"order created"_s, EventRecord::orderCreated(u"po-1"_s, false), u"Payment order created"_s,
         u"Betalorder skapad"_s},
        {u"order created late"_s, EventRecord::orderCreated(u"po-1"_s, true),
         u"A payment order came after the sale was settled; it is closed"_s,
         u"En betalorder kom efter att köpet var avslutat; den stängs"_s},
        {u"link created"_s, EventRecord::linkCreated(u"pl-1"_s, false), u"Payment link created"_s,
         u"Betallänk skapad"_s},
        {u"link created late"_s, EventRecord::linkCreated(u"pl-1"_s, true),
         u"A payment link came after the sale was settled; it is cancelled"_s,
         u"En betallänk kom efter att köpet var avslutat; den avbryts"_s},
        {u"order closed"_s, EventRecord::orderClosed(), u"Payment order closed"_s, u"Betalordern stängd"_s},
        {u"link cancelled"_s, EventRecord::linkCancelled(u"pl-1"_s, false), u"Payment link cancelled"_s,
         u"Betallänken avbruten"_s},
        {u"link cancelled for a new one"_s, EventRecord::linkCancelled(u"pl-1"_s, true),
         u"The old payment link is cancelled; a new one is being made"_s,
         u"Den gamla betallänken är avbruten; en ny görs"_s},
        {u"new link requested"_s, EventRecord::newLinkRequested(u"pl-1"_s),
         u"New payment link asked for; the old link is cancelled first"_s,
         u"Ny betallänk begärd; den gamla länken avbryts först"_s},
        {u"refund requested"_s, EventRecord::refundRequested(u"requested_by_customer"_s),
         u"Refund asked for; the payment service refunds the whole sale"_s,
         u"Återbetalning begärd; betaltjänsten återbetalar hela köpet"_s},
        {u"refunded in cash"_s, EventRecord::refundedInCash(u"other"_s), u"Refunded in cash"_s,
         u"Återbetalt kontant"_s},
        {u"refunded"_s, EventRecord::refunded(u"pay-1"_s, u"COMPLETED"_s), u"Refunded through the payment service"_s,
         u"Återbetalt via betaltjänsten"_s},
        {u"payment status"_s, EventRecord::paymentStatus(u"pay-1"_s, u"ABORTED"_s),
         u"A payment attempt: aborted by the payer"_s, u"Ett betalningsförsök: avbrutet av kunden"_s},
        {u"attempt, busy"_s, attempt(answer(u"retryable"_s, 429)),
         kLinkEn + u"The payment service is busy; Stallpay will try again."_s,
         kLinkSv + u"Betaltjänsten är upptagen; Stallpay försöker igen."_s},
        {u"attempt, settle window"_s, attempt(answer(u"retryable"_s, 200, u"settling"_s)),
         kLinkEn
             + u"Not yet: the last request may still be applied by the payment service; looking again before "
               "making a new link."_s,
         kLinkSv
             + u"Inte än: den senaste förfrågan kan fortfarande utföras av betaltjänsten; vi tittar igen innan en "
               "ny länk skapas."_s},
        {u"attempt, certificate"_s, attempt(answer(u"retryable"_s, 0, u"certificate"_s, {u"self-signed"_s})),
         kLinkEn
             + u"The payment service cannot be reached (the payment service's certificate is not trusted "
               "(self-signed)); Stallpay will try again."_s,
         kLinkSv
             + u"Betaltjänsten går inte att nå (betaltjänstens certifikat går inte att lita på (self-signed)); "
               "Stallpay försöker igen."_s},
        {u"attempt, network words"_s,
         attempt(QJsonObject {{u"outcome"_s, u"retryable"_s}, {u"words"_s, u"Connection refused"_s}}),
         kLinkEn + u"The payment service cannot be reached (Connection refused); Stallpay will try again."_s,
         kLinkSv + u"Betaltjänsten går inte att nå (Connection refused); Stallpay försöker igen."_s},
        {u"attempt unclear, 503"_s, attempt(answer(u"unknown"_s, 503), true),
         kUnclearEn + u"The payment service had an error (HTTP 503); Stallpay will check and try again."_s,
         kUnclearSv + u"Betaltjänsten fick ett fel (HTTP 503); Stallpay kontrollerar och försöker igen."_s},
        {u"attempt unclear, no words"_s, attempt(answer(u"unknown"_s, 0), true),
         kUnclearEn + u"No answer from the payment service (unreadable response); Stallpay will check and try again."_s,
         kUnclearSv + u"Inget svar från betaltjänsten (oläsbart svar); Stallpay kontrollerar och försöker igen."_s},
        {u"attempt unclear, login page"_s, attempt(answer(u"unknown"_s, 200, u"not_json"_s, {u"text/html"_s}), true),
         kUnclearEn
             + u"No answer from the payment service (the answer was not from the payment service (text/html "
               "instead of JSON; a network's login page?)); Stallpay will check and try again."_s,
         kUnclearSv
             + u"Inget svar från betaltjänsten (svaret kom inte från betaltjänsten (text/html i stället för "
               "JSON; ett nätverks inloggningssida?)); Stallpay kontrollerar och försöker igen."_s},
        {u"attempt unclear, redirect"_s,
         attempt(answer(u"unknown"_s, 302, u"redirect"_s, {u"https://elsewhere.example"_s}), true),
         kUnclearEn
             + u"No answer from the payment service (the answer sent us to another address "
               "(https://elsewhere.example); Stallpay does not follow it with the account's credentials); "
               "Stallpay will check and try again."_s,
         kUnclearSv
             + u"Inget svar från betaltjänsten (svaret skickade oss till en annan adress "
               "(https://elsewhere.example); Stallpay följer den inte med kontots inloggningsuppgifter); "
               "Stallpay kontrollerar och försöker igen."_s},
        {u"attempt unclear, cut off"_s, attempt(answer(u"unknown"_s, 200, u"cut_off"_s), true),
         kUnclearEn
             + u"No answer from the payment service (the answer was larger than any answer of this request "
               "can be, and was cut off); Stallpay will check and try again."_s,
         kUnclearSv
             + u"Inget svar från betaltjänsten (svaret var större än något svar på den här förfrågan kan vara "
               "och klipptes av); Stallpay kontrollerar och försöker igen."_s},
        {u"attempt unclear, malformed JSON"_s, attempt(answer(u"unknown"_s, 200, u"malformed_json"_s), true),
         kUnclearEn
             + u"No answer from the payment service (malformed JSON in the answer); Stallpay will check and "
               "try again."_s,
         kUnclearSv
             + u"Inget svar från betaltjänsten (felaktig JSON i svaret); Stallpay kontrollerar och försöker "
               "igen."_s},
        {u"attempt unclear, no link id"_s, attempt(answer(u"unknown"_s, 201, u"no_link_id"_s), true),
         kUnclearEn
             + u"No answer from the payment service (an answer without the new link's id or address); "
               "Stallpay will check and try again."_s,
         kUnclearSv
             + u"Inget svar från betaltjänsten (ett svar utan den nya länkens id eller adress); Stallpay "
               "kontrollerar och försöker igen."_s},
        {u"attempt unclear, no order id"_s, attempt(answer(u"unknown"_s, 201, u"no_order_id"_s), true),
         kUnclearEn
             + u"No answer from the payment service (an answer without the new order's id); Stallpay will "
               "check and try again."_s,
         kUnclearSv
             + u"Inget svar från betaltjänsten (ett svar utan den nya betalorderns id); Stallpay kontrollerar "
               "och försöker igen."_s},
        {u"attempt, PDF cut short"_s,
         EventRecord::attempt(u"ping_receipt"_s, 1, false, answer(u"retryable"_s, 200, u"pdf_incomplete"_s)),
         u"Fetching Ping's receipt, attempt 1: Not yet: the PDF did not arrive whole."_s,
         u"Hämtar Pings kvitto, försök 1: Inte än: PDF-filen kom inte fram hel."_s},
        {u"attempt unclear, no document address"_s,
         EventRecord::attempt(u"ping_invoice"_s, 1, true, answer(u"unknown"_s, 200, u"no_document_url"_s)),
         u"Fetching Ping's invoice, attempt 1: no clear answer; checked before trying again. No answer from the "
         "payment service (an answer without the document's address); Stallpay will check and try again."_s,
         u"Hämtar Pings faktura, försök 1: inget tydligt svar; kontrolleras innan nästa försök. Inget svar från "
         "betaltjänsten (ett svar utan dokumentets adress); Stallpay kontrollerar och försöker igen."_s},
        {u"refused, the service's own words"_s,
         EventRecord::jobRefused(
             u"create_link"_s,
             QJsonObject {{u"outcome"_s, u"rejected"_s},
                          {u"http"_s, 422},
                          {u"errors"_s,
                           QJsonArray {QJsonObject {{u"error"_s, u"invalid_value"_s},
                                                    {u"property"_s, u"customer.phone"_s},
                                                    {u"description"_s, u"is not a phone number"_s}}}}}),
         u"Creating the payment link was refused: The payment service refused the request: customer.phone: is not a "
         "phone number"_s,
         u"Betallänken skapas – nekades: Betaltjänsten nekade begäran: customer.phone: is not a phone number"_s},
        {u"refused, tenant"_s, EventRecord::jobRefused(u"create_order"_s, answer(u"rejected"_s, 401)),
         u"Creating the payment order was refused: The payment service refused the request (HTTP 401). Check the "
         "tenant ID in Settings."_s,
         u"Betalordern skapas – nekades: Betaltjänsten nekade begäran (HTTP 401). Kontrollera tenant-ID:t under "
         "Inställningar."_s},
        {u"refused, untrusted address"_s,
         EventRecord::jobRefused(u"create_link"_s,
                                 answer(u"rejected"_s, 0, u"untrusted_checkout"_s, {u"http://evil.example/pay"_s})),
         u"Creating the payment link was refused: The payment service refused the request: The payment service "
         "returned an address we do not trust (http://evil.example/pay), so no QR code is drawn and nothing is sent. "
         "Check the payment service's address in Settings."_s,
         u"Betallänken skapas – nekades: Betaltjänsten nekade begäran: Betaltjänsten gav en adress vi inte litar på "
         "(http://evil.example/pay), så ingen QR-kod visas och inget skickas. Kontrollera betaltjänstens adress i "
         "Inställningar."_s},
        {u"refused, adopted link without address"_s,
         EventRecord::jobRefused(u"create_link"_s, answer(u"rejected"_s, 0, u"untrusted_checkout"_s)),
         u"Creating the payment link was refused: The payment service refused the request: The payment service's "
         "link has no address we trust, so no QR code is drawn and nothing is sent."_s,
         u"Betallänken skapas – nekades: Betaltjänsten nekade begäran: Betaltjänstens länk har ingen adress vi litar "
         "på, så ingen QR-kod visas och inget skickas."_s},
        {u"refused, no completed payment"_s,
         EventRecord::jobRefused(u"refund"_s, answer(u"rejected"_s, 0, u"no_completed_payment"_s)),
         u"Refunding the payment was refused: The payment service refused the request: The payment order has no "
         "completed payment to refund."_s,
         u"Återbetalar betalningen – nekades: Betaltjänsten nekade begäran: Betalordern har ingen genomförd betalning "
         "att återbetala."_s},
        {u"refused, not HTTPS"_s,
         EventRecord::jobRefused(u"ping_receipt"_s,
                                 answer(u"rejected"_s, 0, u"insecure_url"_s, {u"http://docs.example/r.pdf"_s})),
         u"Fetching Ping's receipt was refused: The payment service refused the request: The document's address is "
         "not HTTPS: http://docs.example/r.pdf"_s,
         u"Hämtar Pings kvitto – nekades: Betaltjänsten nekade begäran: Dokumentets adress är inte HTTPS: "
         "http://docs.example/r.pdf"_s},
        {u"refused, not offered"_s,
         EventRecord::jobRefused(u"ping_invoice"_s, answer(u"rejected"_s, 0, u"not_offered"_s)),
         u"Fetching Ping's invoice was refused: The payment service refused the request: The payment service does "
         "not offer this document."_s,
         u"Hämtar Pings faktura – nekades: Betaltjänsten nekade begäran: Betaltjänsten erbjuder inte det här "
         "dokumentet."_s},
        {u"refused, link not open"_s,
         EventRecord::jobRefused(u"ping_invoice"_s, answer(u"rejected"_s, 0, u"link_not_open"_s, {u"EXPIRED"_s})),
         u"Fetching Ping's invoice was refused: The payment service refused the request: Ping makes an invoice only "
         "of a link that waits for payment; this one is expired."_s,
         u"Hämtar Pings faktura – nekades: Betaltjänsten nekade begäran: Ping gör en faktura bara av en länk som "
         u"väntar "
         "på betalning; den här är förfallen."_s},
        {u"refused, cache not written"_s,
         EventRecord::jobRefused(
             u"ping_receipt"_s,
             answer(u"rejected"_s, 0, u"cache_not_written"_s, {u"/data/ping/r.pdf"_s, u"No space left on device"_s})),
         u"Fetching Ping's receipt was refused: The payment service refused the request: Cannot save Ping's PDF in "
         "/data/ping/r.pdf: No space left on device"_s,
         u"Hämtar Pings kvitto – nekades: Betaltjänsten nekade begäran: Kan inte spara Pings PDF i /data/ping/r.pdf: "
         "No space left on device"_s},
        {u"link status"_s, EventRecord::linkStatus(u"CANCELLED"_s), u"The payment link is cancelled"_s,
         u"Betallänken är avbruten"_s},
        {u"reopened"_s, EventRecord::reopened(), u"Reopened in the cart for editing; the payment link is cancelled"_s,
         u"Öppnat i varukorgen för ändring; betallänken makuleras"_s},
        {u"cancelled by the seller"_s, EventRecord::cancelledBySeller(), u"Cancelled by the seller"_s,
         u"Avbrutet av säljaren"_s},
        {u"paid in cash"_s, EventRecord::paidInCash(), u"Paid in cash"_s, u"Betalt kontant"_s},
        {u"sending requested"_s, EventRecord::sendingRequested({u"sms"_s, u"email"_s}),
         u"Sending asked for: SMS, e-mail"_s, u"Utskick begärt: sms, e-post"_s},
        {u"link sent"_s, EventRecord::linkSent(u"CREATED"_s, true),
         u"Payment link sent (SMS on its way, e-mail sent)"_s, u"Betallänken skickad (sms på väg, e-post skickat)"_s},
        {u"delivery"_s, EventRecord::delivery(u"FAILED"_s, false), u"Delivery: SMS failed, e-mail not sent"_s,
         u"Leverans: sms misslyckades, e-post inte skickat"_s},
        {u"no link, settled"_s, EventRecord::noLinkSaleSettled(), u"No link made: the sale was already settled"_s,
         u"Ingen länk gjord: köpet var redan avslutat"_s},
        {u"paid before cancel"_s, EventRecord::paidBeforeCancel(u"pl-1"_s),
         u"The payer paid before the link could be cancelled"_s, u"Kunden betalade innan länken hann avbrytas"_s},
        {u"not sent"_s, EventRecord::notSent(u"cancelled"_s), u"Not sent: the sale is cancelled"_s,
         u"Inte skickat: köpet har status avbruten"_s},
        {u"invoice issued"_s, EventRecord::invoiceIssued(4, u"2026-12-24"_s), u"Invoice 4 issued, due 2026-12-24"_s,
         u"Faktura 4 skapad, förfaller 2026-12-24"_s},
        {u"receipt issued"_s, EventRecord::receiptIssued(u"pdf"_s, true), u"Return receipt saved as PDF"_s,
         u"Returkvitto sparat som PDF"_s},
        {u"ping document requested"_s, EventRecord::pingDocumentRequested(u"receipt"_s), u"Ping's receipt asked for"_s,
         u"Pings kvitto begärt"_s},
        {u"ping invoice fetched"_s, EventRecord::pingInvoiceFetched(u"5550001"_s),
         u"Ping's invoice fetched (OCR reference 5550001)"_s, u"Pings faktura hämtad (OCR-referens 5550001)"_s},
        {u"ping receipt fetched"_s, EventRecord::pingReceiptFetched(), u"Ping's receipt fetched"_s,
         u"Pings kvitto hämtat"_s},
        {u"ping document output"_s, EventRecord::pingDocumentOutput(u"invoice"_s, u"printed"_s),
         u"Ping's invoice printed"_s, u"Pings faktura utskriven"_s},
        {u"no ping document"_s, EventRecord::noPingDocument(), u"No document from Ping: the sale has no payment link"_s,
         u"Inget dokument från Ping: köpet har ingen betallänk"_s},
        {u"reminder issued"_s, EventRecord::reminderIssued(4, u"2027-01-10"_s, true),
         u"Reminder for invoice 4, to pay by 2027-01-10, with a new payment link"_s,
         u"Påminnelse för faktura 4, att betala senast 2027-01-10, med en ny betallänk"_s},
        {u"credit note issued"_s, EventRecord::creditNoteIssued(5, 4), u"Credit note 5 issued for invoice 4"_s,
         u"Kreditfaktura 5 skapad för faktura 4"_s},
        {u"document output"_s, EventRecord::documentOutput(u"invoice"_s, 4, u"sent_by_ping"_s),
         u"Invoice 4 sent by the payment service"_s, u"Faktura 4 skickad av betaltjänsten"_s},
        {u"personal data removed"_s, EventRecord::personalDataRemoved(false),
         u"Personal data removed after the retention period"_s, u"Personuppgifter borttagna efter lagringstiden"_s},
        {u"no orphans"_s, EventRecord::noOrphans(), u"No forgotten payment orders to close"_s,
         u"Inga bortglömda betalordrar att stänga"_s},
        {u"sweep"_s, EventRecord::sweep({u"po-2"_s}, {}, {u"po-7"_s, u"po-8"_s}),
         u"1 forgotten payment order of this till closed; 2 payment orders left open, as nothing proves this till "
         "made them (an open order without payments costs nothing)"_s,
         u"1 bortglömd betalorder från den här kassan stängd; 2 betalordrar lämnade öppna, eftersom inget visar att "
         "den här kassan skapade dem (en öppen order utan betalningar kostar ingenting)"_s},
        {u"orphans closed"_s, EventRecord::orphansClosed({u"po-2"_s, u"po-3"_s}),
         u"2 forgotten payment orders closed"_s, u"2 bortglömda betalordrar stängda"_s},
    };
    return samples;
}
