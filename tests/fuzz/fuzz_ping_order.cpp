// GET payment_orders/{id} as PingProvider::getOrder reads it: the order, its status word, its
// created_at and its payments (status, method, amount, refunds).
#include "fuzzsupport.h"

#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const OrderSnapshot order = PingJson::order(Fuzz::json(data, size).toObject());
    Fuzz::use(order);
    return 0;
}
