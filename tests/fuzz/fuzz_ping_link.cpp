// A payment link answer (POST payment_links, GET payment_links/{id}) as PingProvider reads it:
// the link (status, SMS status, total, OCR, payment, our tag in its metadata) and whether its
// checkout address may become a QR code, for the sandbox's and Ping's own environment.
#include "fuzzsupport.h"

#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PingConfig ping = PingConfig::forOrigin(QUrl(QStringLiteral("https://sandbox.pingpayments.com")));
    static const PingConfig sandbox = PingConfig::forOrigin(QUrl(QStringLiteral("http://127.0.0.1:8099")));
    const LinkSnapshot link = PingJson::paymentLinkInfo(Fuzz::json(data, size).toObject());
    const QUrl checkout(link.checkoutUrl);
    const bool trusted = ping.trustsCheckout(checkout) || sandbox.trustsCheckout(checkout);
    Fuzz::use(link);
    Fuzz::use(trusted);
    return 0;
}
