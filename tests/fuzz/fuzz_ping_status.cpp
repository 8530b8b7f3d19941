// Ping's status words as the answers carry them (a link's status and sms_status, a payment's and
// an order's status): the input, as UTF-8, read by each table.
#include "fuzzsupport.h"

#include "ping/pingstatus.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString word = QString::fromUtf8(Fuzz::bytes(data, size));
    Fuzz::use(PingStatus::link(word));
    Fuzz::use(PingStatus::payment(word));
    Fuzz::use(PingStatus::order(word));
    Fuzz::use(PingStatus::sms(word));
    return 0;
}
