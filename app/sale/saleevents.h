#pragma once

#include "eventrecord.h"

#include <QCoreApplication>
#include <QString>

// A timeline event in the seller's language, made from its code and arguments when shown (a
// switch on the code, nothing parsed), so switching language changes old events too. The API's
// own error words are an argument and come out as they were; so does an old record's text that
// migration 10 could not map (EventRecord::Code::LegacyText).
class SaleEvents
{
    Q_DECLARE_TR_FUNCTIONS(SaleEvents)
public:
    static QString describe(const EventRecord &event);
    // A stored link status token (PaymentStatuses::token) in words; "unknown" for a word it does not know.
    static QString linkStatusName(const QString &status);

private:
    static QString jobName(const QString &kind);
    static QString paymentStatusName(const QString &status);
    static QString smsName(const QString &status);
    static QString emailName(bool sent);
    static QString methodName(const QString &method);
};
