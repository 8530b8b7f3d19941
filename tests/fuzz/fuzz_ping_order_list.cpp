// One page of GET payment_orders as PingClient::fetchPages and PingProvider::listOrders read it:
// the items (a page's "data", or the older plain array), the next page's query, and each order.
#include "fuzzsupport.h"

#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue page = Fuzz::json(data, size);
    QList<OrderSnapshot> orders;
    for (const QJsonValue &item : PingJson::listItems(page))
        orders.append(PingJson::order(item.toObject()));
    const QString next = PingJson::nextPageQuery(page);
    Fuzz::use(orders);
    Fuzz::use(next);
    return 0;
}
