#pragma once

#include <QString>

// What a payment service says about a link, a payment, an order and an SMS, in Stallpay's own
// terms. Provider-neutral: each provider's words are parsed into these once, at its API edge
// (for Ping: app/ping/pingstatus.cpp); the database keeps the tokens below (PaymentStatuses::token).
enum class LinkStatus { None, Created, Completed, Expired, Cancelled, Unknown };
enum class PaymentStatus {
    None, // no payment attempt yet
    Initiated,
    Pending,
    Completed,
    Declined,
    Aborted,
    Crashed,
    Expired,
    Stopped,
    Funded,
    Overfunded,
    Underfunded,
    Cancelled,
    Unknown
};
enum class OrderStatus { None, Open, Closed, Split, Settled, Unknown };
enum class SmsStatus { None, NotCreated, Created, Pending, Delivered, Failed, Unknown };

// A status as reported: its value and, for a value Stallpay does not know, the service's own word
// (kept for logs and support only; people see "unknown", in words).
template<typename E> struct Reported
{
    E value = E::None;
    QString raw; // set only when value is Unknown

    Reported() = default;
    Reported(E v)
        : value(v)
    { }
    static Reported unknown(const QString &word)
    {
        Reported r(E::Unknown);
        r.raw = word;
        return r;
    }
    bool operator==(const Reported &) const = default;
    bool operator==(E v) const { return value == v; }
    bool isNone() const { return value == E::None; }
};

using ReportedLink = Reported<LinkStatus>;
using ReportedPayment = Reported<PaymentStatus>;
using ReportedOrder = Reported<OrderStatus>;
using ReportedSms = Reported<SmsStatus>;

namespace PaymentStatuses {
// The stored tokens (the sales table's link_status, sms_status, last_payment_status): empty for
// None, the service's word for Unknown.
QString token(const ReportedLink &s);
QString token(const ReportedPayment &s);
QString token(const ReportedSms &s);
QString token(const ReportedOrder &s);
ReportedLink linkFromToken(const QString &token);
ReportedPayment paymentFromToken(const QString &token);
ReportedSms smsFromToken(const QString &token);
ReportedOrder orderFromToken(const QString &token);

// A payment attempt that ended without the sale's money: declined, aborted, crashed, stopped,
// expired, cancelled, or too little or too much paid. The link stays payable.
bool isFailed(PaymentStatus s);
// An attempt whose outcome is still open (none yet, initiated, pending, funded): worth reading again.
bool isUnderWay(PaymentStatus s);
// For logs and support: the token, or the service's word of an unknown value.
QString forLog(const ReportedPayment &s);
QString forLog(const ReportedLink &s);
} // namespace PaymentStatuses
