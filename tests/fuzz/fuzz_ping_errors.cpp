// An error answer in both of Ping's shapes ({errors: [{error, property, description}]} and the
// flat {error, description} of ping-api.md §0b) as PingClient::classify reads it, and the message
// the seller is shown of it.
#include "fuzzsupport.h"

#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::app(); // the message is translated
    ProviderReply reply;
    reply.outcome = ProviderReply::Outcome::Rejected;
    reply.httpStatus = 422;
    reply.errors = PingJson::errors(Fuzz::json(data, size));
    Fuzz::use(reply.message());
    return 0;
}
