#pragma once

#include <QCoreApplication>
#include <QString>

// The payment methods a sale is settled with, as stored ("swish", "card", "cash"), for people.
class PaymentMethods
{
    Q_DECLARE_TR_FUNCTIONS(PaymentMethods)
public:
    // "Swish", "Card", "Cash" in the user's language; an unknown key as it is; empty stays empty.
    static QString displayName(const QString &method);
};
