#pragma once

#include <QCoreApplication>
#include <QString>

// Where a payment link's SMS stands, from the Payment Links API's `sms_status` (ping-api.md §0b):
// NOT_CREATED is a link that was never sent by SMS, CREATED and PENDING are on their way,
// DELIVERD (the SDK's spelling) and DELIVERED arrived, FAILED did not. The one mapping the sale
// detail and the timeline both read.
class SmsDelivery
{
    Q_DECLARE_TR_FUNCTIONS(SmsDelivery)
public:
    enum class Stage { NotSent, OnItsWay, Delivered, Failed, Unknown };

    static Stage stage(const QString &smsStatus);
    // True when the status says an SMS was asked for at all (everything but empty and NOT_CREATED).
    static bool wasSent(const QString &smsStatus) { return stage(smsStatus) != Stage::NotSent; }
    // A line for the sale's detail, e.g. "SMS delivered"; empty for a link never sent by SMS.
    static QString summary(const QString &smsStatus);
    // The state inside a sentence of the timeline, e.g. "delivered", "not sent".
    static QString name(const QString &smsStatus);
};
