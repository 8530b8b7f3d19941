#include "smsdelivery.h"

using namespace Qt::StringLiterals;

SmsDelivery::Stage SmsDelivery::stage(const QString &status)
{
    if (status.isEmpty() || status == u"NOT_CREATED"_s || status == u"-"_s)
        return Stage::NotSent;
    if (status == u"CREATED"_s || status == u"PENDING"_s)
        return Stage::OnItsWay;
    if (status == u"DELIVERD"_s || status == u"DELIVERED"_s)
        return Stage::Delivered;
    if (status == u"FAILED"_s)
        return Stage::Failed;
    return Stage::Unknown;
}

QString SmsDelivery::summary(const QString &status)
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
    return tr("SMS status unknown (%1)").arg(status);
}

QString SmsDelivery::name(const QString &status)
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
    return tr("unknown (%1)").arg(status);
}
