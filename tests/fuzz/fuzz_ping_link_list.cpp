// GET payment_links as PingProvider::listLinks reads it: the items (a page's "data", or the older
// plain array), each link, and each checkout address checked against the environment.
#include "fuzzsupport.h"

#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PingConfig ping = PingConfig::forOrigin(QUrl(QStringLiteral("https://sandbox.pingpayments.com")));
    const QJsonValue page = Fuzz::json(data, size);
    QList<LinkSnapshot> links;
    for (const QJsonValue &item : PingJson::listItems(page)) {
        LinkSnapshot link = PingJson::paymentLinkInfo(item.toObject());
        if (!ping.trustsCheckout(QUrl(link.checkoutUrl)))
            link.checkoutUrl.clear();
        links.append(link);
    }
    Fuzz::use(links);
    return 0;
}
