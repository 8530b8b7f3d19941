#include "smsdelivery.h"

SmsDelivery::Stage SmsDelivery::stage(const ReportedSms &status)
{
    switch (status.value) {
    case SmsStatus::None:
    case SmsStatus::NotCreated:
        return Stage::NotSent;
    case SmsStatus::Created:
    case SmsStatus::Pending:
        return Stage::OnItsWay;
    case SmsStatus::Delivered:
        return Stage::Delivered;
    case SmsStatus::Failed:
        return Stage::Failed;
    case SmsStatus::Unknown:
        break;
    }
    return Stage::Unknown;
}

QString SmsDelivery::summary(const ReportedSms &status)
{
    switch (stage(status)) {
    case Stage::NotSent:
        return {};
    case Stage::OnItsWay:
        return tr("SMS on its way, not delivered yet");
    case Stage::Delivered:
        return tr("SMS delivered");
    case Stage::Failed:
        return tr("SMS could not be delivered");
    case Stage::Unknown:
        break;
    }
    return tr("SMS status unknown");
}

QString SmsDelivery::name(const ReportedSms &status)
{
    switch (stage(status)) {
    case Stage::NotSent:
        return tr("not sent");
    case Stage::OnItsWay:
        return tr("on its way");
    case Stage::Delivered:
        return tr("delivered");
    case Stage::Failed:
        return tr("failed");
    case Stage::Unknown:
        break;
    }
    return tr("unknown");
}
