#pragma once

#include "pingtypes.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which payment provider methods a payment link offers: what the seller chose in Settings, kept
// to what the tenant may use (GET tenant), and Swish when nothing of the choice is left.
namespace LinkMethods {
// "swish/e_commerce", as settings store a method.
QString key(const PaymentMethodChoice &method);
PaymentMethodChoice fromKey(const QString &key);
// Swish e-commerce and card through payment_iq (ping-api.md §0b; verifone left links in 2022).
QStringList defaultKeys();
// chosen ∩ tenant (tenant empty: not known yet, the choice stands); Swish e-commerce if that is
// empty. Swish methods carry swishMessage.
QList<PaymentMethodChoice>
offered(const QStringList &chosen, const QList<PaymentMethodChoice> &tenant, const QString &swishMessage);
} // namespace LinkMethods
