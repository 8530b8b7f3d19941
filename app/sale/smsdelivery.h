#pragma once

#include <QCoreApplication>
#include <QString>

#include "paymentstatus.h"

// Where a payment link's SMS stands, from its reported SmsStatus: none or NotCreated is a link
// never sent by SMS, Created and Pending are on their way, Delivered arrived, Failed did not. The
// one mapping the sale detail and the timeline both read; an unknown status is "unknown", in words.
class SmsDelivery
{
    Q_DECLARE_TR_FUNCTIONS(SmsDelivery)
public:
    enum class Stage { NotSent, OnItsWay, Delivered, Failed, Unknown };

    static Stage stage(const ReportedSms &smsStatus);
    // True when the status says an SMS was asked for at all (everything but empty and NOT_CREATED).
    static bool wasSent(const ReportedSms &smsStatus) { return stage(smsStatus) != Stage::NotSent; }
    // A line for the sale's detail, e.g. "SMS delivered"; empty for a link never sent by SMS.
    static QString summary(const ReportedSms &smsStatus);
    // The state inside a sentence of the timeline, e.g. "delivered", "not sent".
    static QString name(const ReportedSms &smsStatus);
};
