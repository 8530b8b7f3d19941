#pragma once

#include "sale/paymentstatus.h"

#include <QString>

// Ping's status words (ping-api.md §0b), parsed once here into Stallpay's statuses. A word this
// table does not know becomes Unknown and keeps the word, for the log.
namespace PingStatus {
ReportedLink link(const QString &word);
ReportedPayment payment(const QString &word);
ReportedOrder order(const QString &word);
ReportedSms sms(const QString &word);
// The link metadata keys that carry LinkTag (Stallpay's own; Ping stores and returns them).
inline constexpr auto kTillKey = "stallpay_till";
inline constexpr auto kSaleKey = "stallpay_sale";
} // namespace PingStatus
