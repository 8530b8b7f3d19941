// GET tenant as LinkMethods reads it: the payment provider methods the tenant may use, and what a
// link then offers of the seller's choice.
#include "fuzzsupport.h"

#include "ping/linkmethods.h"
#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<PaymentMethodChoice> tenant = PingJson::tenantMethods(Fuzz::json(data, size).toObject());
    const QList<PaymentMethodChoice> offered =
        LinkMethods::offered(LinkMethods::defaultKeys(), tenant, QStringLiteral("Stall 4"));
    Fuzz::use(offered);
    return 0;
}
