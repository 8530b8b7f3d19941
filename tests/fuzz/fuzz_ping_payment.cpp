// A payment answer (GET payment_orders/{o}/payments/{p}) and a refund answer (POST …/refund, of
// which PingProvider::refund reads the status) as the client reads them.
#include "fuzzsupport.h"

#include "ping/pingstatus.h"
#include "ping/pingtypes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue body = Fuzz::json(data, size);
    const PaymentSnapshot payment = PingJson::paymentInfo(body.toObject());
    const QString refundStatus = body[QStringLiteral("status")].toString();
    const ReportedPayment refund = PingStatus::payment(refundStatus);
    Fuzz::use(payment);
    Fuzz::use(refund);
    return 0;
}
