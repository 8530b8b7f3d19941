// The sandbox's JSON body handling: a request body read as RequestValidator::parseBody reads every
// body (size cap, content type, JSON, an object), then checked as a create-payment-link body (both
// API revisions) and as an initiate-payment body, every problem collected for one 422.
#include "fuzzsupport.h"

#include "sandbox/paymentlinkvalidator.h"
#include "sandbox/paymentvalidator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Sandbox::SandboxRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/payment_links/api/v1/payment_links");
    request.headers = {{"content-type", "application/json"}};
    request.body = Fuzz::bytes(data, size);
    QJsonObject body;
    if (const auto refused = Sandbox::RequestValidator::parseBody(request, &body)) {
        Fuzz::use(refused->status);
        return 0;
    }
    const auto knownMerchant = [](const QString &id) {
        return id == QStringLiteral("5b1e9c4a-2f43-4b7e-9a61-0c8d3e6f7a21");
    };
    for (const bool current : {false, true}) {
        Sandbox::RequestValidator links;
        const auto link = Sandbox::PaymentLinkValidator::validate(body, links, knownMerchant, current);
        Fuzz::use(link);
        Fuzz::use(links.errors());
    }
    Sandbox::RequestValidator payments;
    const auto payment = Sandbox::PaymentValidator::validate(body, payments);
    Fuzz::use(payment);
    Fuzz::use(payments.errors());
    return 0;
}
