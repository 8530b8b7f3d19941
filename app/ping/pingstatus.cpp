#include "pingstatus.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
template<typename E> Reported<E> lookUp(const QString &word, const QHash<QString, E> &words)
{
    if (word.isEmpty())
        return {};
    const auto it = words.constFind(word);
    return it == words.cend() ? Reported<E>::unknown(word) : Reported<E>(*it);
}
} // namespace

namespace PingStatus {

ReportedLink link(const QString &word)
{
    static const QHash<QString, LinkStatus> words {{u"CREATED"_s, LinkStatus::Created},
                                                   {u"COMPLETED"_s, LinkStatus::Completed},
                                                   {u"EXPIRED"_s, LinkStatus::Expired},
                                                   {u"CANCELLED"_s, LinkStatus::Cancelled}};
    return lookUp(word, words);
}

ReportedPayment payment(const QString &word)
{
    static const QHash<QString, PaymentStatus> words {
        {u"INITIATED"_s, PaymentStatus::Initiated},     {u"PENDING"_s, PaymentStatus::Pending},
        {u"COMPLETED"_s, PaymentStatus::Completed},     {u"DECLINED"_s, PaymentStatus::Declined},
        {u"ABORTED"_s, PaymentStatus::Aborted},         {u"CRASHED"_s, PaymentStatus::Crashed},
        {u"EXPIRED"_s, PaymentStatus::Expired},         {u"STOPPED"_s, PaymentStatus::Stopped},
        {u"FUNDED"_s, PaymentStatus::Funded},           {u"OVERFUNDED"_s, PaymentStatus::Overfunded},
        {u"UNDERFUNDED"_s, PaymentStatus::Underfunded}, {u"CANCELLED"_s, PaymentStatus::Cancelled}};
    return lookUp(word, words);
}

ReportedOrder order(const QString &word)
{
    static const QHash<QString, OrderStatus> words {{u"OPEN"_s, OrderStatus::Open},
                                                    {u"CLOSED"_s, OrderStatus::Closed},
                                                    {u"SPLIT"_s, OrderStatus::Split},
                                                    {u"SETTLED"_s, OrderStatus::Settled}};
    return lookUp(word, words);
}

ReportedSms sms(const QString &word)
{
    // DELIVERD is the current revision's spelling (the SDK parses it so); DELIVERED the older one.
    static const QHash<QString, SmsStatus> words {
        {u"NOT_CREATED"_s, SmsStatus::NotCreated}, {u"CREATED"_s, SmsStatus::Created},
        {u"PENDING"_s, SmsStatus::Pending},        {u"DELIVERD"_s, SmsStatus::Delivered},
        {u"DELIVERED"_s, SmsStatus::Delivered},    {u"FAILED"_s, SmsStatus::Failed}};
    return lookUp(word, words);
}

} // namespace PingStatus
