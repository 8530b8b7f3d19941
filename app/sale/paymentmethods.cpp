#include "paymentmethods.h"

using namespace Qt::StringLiterals;

QString PaymentMethods::fromPayment(const QString &provider, const QString &method)
{
    if (method == u"e_commerce"_s || method == u"m_commerce"_s || method == u"mobile"_s)
        return u"swish"_s;
    if (method == u"card"_s || method == u"invoice"_s || method == u"vipps"_s)
        return method;
    if (!method.isEmpty())
        return method;
    return normalized(provider); // an old answer without a method: the provider is all there is
}

QString PaymentMethods::normalized(const QString &method)
{
    if (method == u"verifone"_s || method == u"payment_iq"_s)
        return u"card"_s;
    if (method == u"billmate"_s)
        return u"invoice"_s;
    return method;
}

QString PaymentMethods::displayName(const QString &stored)
{
    const QString method = normalized(stored);
    if (method == u"swish"_s)
        return tr("Swish");
    if (method == u"card"_s)
        return tr("Card");
    if (method == u"cash"_s)
        return tr("Cash");
    if (method == u"invoice"_s)
        return tr("Invoice");
    if (method == u"vipps"_s)
        return tr("Vipps");
    return method;
}

QString PaymentMethods::paidWith(const QString &stored)
{
    const QString method = normalized(stored);
    if (method.isEmpty())
        return tr("Paid");
    if (method == u"swish"_s)
        return tr("Paid with Swish");
    if (method == u"card"_s)
        return tr("Paid by card");
    if (method == u"cash"_s)
        return tr("Paid in cash");
    if (method == u"invoice"_s)
        return tr("Paid by invoice");
    if (method == u"vipps"_s)
        return tr("Paid with Vipps");
    return tr("Paid with %1").arg(method);
}
