#include "paymentmethods.h"

using namespace Qt::StringLiterals;

QString PaymentMethods::displayName(const QString &method)
{
    if (method == u"swish"_s)
        return tr("Swish");
    if (method == u"card"_s)
        return tr("Card");
    if (method == u"cash"_s)
        return tr("Cash");
    return method;
}
