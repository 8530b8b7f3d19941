#pragma once

#include <QCoreApplication>
#include <QString>

// A timeline event's detail in the seller's language. The database keeps the technical record
// SaleWriter stored for the seller and the sync engine (stable English, for support and logs); this turns each
// known form of it into a sentence, at display time, so switching language changes old events too.
// Text it does not know (an API's own error words) comes back as it was.
class SaleEvents
{
    Q_DECLARE_TR_FUNCTIONS(SaleEvents)
public:
    static QString describe(const QString &detail);

private:
    static QString jobName(const QString &kind);
    static QString linkStatusName(const QString &status);
    static QString paymentStatusName(const QString &status);
    static QString smsName(const QString &status);
    static QString emailName(const QString &yesNo);
    static QString methodNames(const QString &list);
};
