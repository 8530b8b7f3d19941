// A link's invoice or receipt answer (GET payment_links/{id}/invoice, …/receipt) as
// PingProvider::fetchPdf reads it, and the document address as PingClient::fetchDocument judges
// it (HTTPS or loopback only; the account's headers only to the API's own origin).
#include "fuzzsupport.h"

#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PingConfig ping = PingConfig::forOrigin(QUrl(QStringLiteral("https://sandbox.pingpayments.com")));
    const LinkDocument document = PingJson::document(Fuzz::json(data, size).toObject());
    const QUrl url(document.url);
    const bool https = url.isValid() && url.scheme() == QStringLiteral("https");
    const bool ours = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery) == ping.linksBase.adjusted(QUrl::RemovePath);
    Fuzz::use(document);
    Fuzz::use(https && ours);
    return 0;
}
