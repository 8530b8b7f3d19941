#include "paymentstatus.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// One table per enum: value ↔ stored token. The tokens are the database's, fixed since version 1.
template<typename E, std::size_t N>
QString tokenOf(const Reported<E> &s, const std::array<std::pair<E, QStringView>, N> &table)
{
    if (s.value == E::Unknown)
        return s.raw;
    for (const auto &[value, word] : table) {
        if (value == s.value)
            return word.toString();
    }
    return {};
}

template<typename E, std::size_t N>
Reported<E> fromToken(const QString &token, const std::array<std::pair<E, QStringView>, N> &table)
{
    if (token.isEmpty())
        return {};
    for (const auto &[value, word] : table) {
        if (word == token)
            return value;
    }
    return Reported<E>::unknown(token);
}

constexpr std::array<std::pair<LinkStatus, QStringView>, 4> kLink {{{LinkStatus::Created, u"CREATED"},
                                                                    {LinkStatus::Completed, u"COMPLETED"},
                                                                    {LinkStatus::Expired, u"EXPIRED"},
                                                                    {LinkStatus::Cancelled, u"CANCELLED"}}};
constexpr std::array<std::pair<PaymentStatus, QStringView>, 12> kPayment {{
    {PaymentStatus::Initiated, u"INITIATED"},
    {PaymentStatus::Pending, u"PENDING"},
    {PaymentStatus::Completed, u"COMPLETED"},
    {PaymentStatus::Declined, u"DECLINED"},
    {PaymentStatus::Aborted, u"ABORTED"},
    {PaymentStatus::Crashed, u"CRASHED"},
    {PaymentStatus::Expired, u"EXPIRED"},
    {PaymentStatus::Stopped, u"STOPPED"},
    {PaymentStatus::Funded, u"FUNDED"},
    {PaymentStatus::Overfunded, u"OVERFUNDED"},
    {PaymentStatus::Underfunded, u"UNDERFUNDED"},
    {PaymentStatus::Cancelled, u"CANCELLED"},
}};
constexpr std::array<std::pair<SmsStatus, QStringView>, 5> kSms {{{SmsStatus::NotCreated, u"NOT_CREATED"},
                                                                  {SmsStatus::Created, u"CREATED"},
                                                                  {SmsStatus::Pending, u"PENDING"},
                                                                  {SmsStatus::Delivered, u"DELIVERED"},
                                                                  {SmsStatus::Failed, u"FAILED"}}};
constexpr std::array<std::pair<OrderStatus, QStringView>, 4> kOrder {{{OrderStatus::Open, u"OPEN"},
                                                                      {OrderStatus::Closed, u"CLOSED"},
                                                                      {OrderStatus::Split, u"SPLIT"},
                                                                      {OrderStatus::Settled, u"SETTLED"}}};
} // namespace

namespace PaymentStatuses {

QString token(const ReportedLink &s)
{
    return tokenOf(s, kLink);
}
QString token(const ReportedPayment &s)
{
    return tokenOf(s, kPayment);
}
QString token(const ReportedSms &s)
{
    return tokenOf(s, kSms);
}
QString token(const ReportedOrder &s)
{
    return tokenOf(s, kOrder);
}

ReportedLink linkFromToken(const QString &t)
{
    return fromToken(t, kLink);
}
ReportedPayment paymentFromToken(const QString &t)
{
    return fromToken(t, kPayment);
}
ReportedSms smsFromToken(const QString &t)
{
    if (t == u"DELIVERD"_s || t == u"-"_s) // rows written before statuses were parsed at the edge
        return t == u"-"_s ? ReportedSms {} : ReportedSms {SmsStatus::Delivered};
    return fromToken(t, kSms);
}
ReportedOrder orderFromToken(const QString &t)
{
    return fromToken(t, kOrder);
}

bool isFailed(PaymentStatus s)
{
    switch (s) {
    case PaymentStatus::Declined:
    case PaymentStatus::Aborted:
    case PaymentStatus::Crashed:
    case PaymentStatus::Stopped:
    case PaymentStatus::Expired:
    case PaymentStatus::Cancelled:
    case PaymentStatus::Underfunded:
    case PaymentStatus::Overfunded:
        return true;
    default:
        return false;
    }
}

bool isUnderWay(PaymentStatus s)
{
    return s == PaymentStatus::None || s == PaymentStatus::Initiated || s == PaymentStatus::Pending
        || s == PaymentStatus::Funded;
}

QString forLog(const ReportedPayment &s)
{
    return s.value == PaymentStatus::Unknown ? u"unknown (%1)"_s.arg(s.raw) : token(s);
}

QString forLog(const ReportedLink &s)
{
    return s.value == LinkStatus::Unknown ? u"unknown (%1)"_s.arg(s.raw) : token(s);
}

} // namespace PaymentStatuses
