#include "linkmethods.h"

using namespace Qt::StringLiterals;

namespace LinkMethods {

QString key(const PaymentMethodChoice &method)
{
    return method.provider + u'/' + method.method;
}

PaymentMethodChoice fromKey(const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    return PaymentMethodChoice {key.left(slash), slash < 0 ? QString() : key.mid(slash + 1), {}};
}

QStringList defaultKeys()
{
    return {u"swish/e_commerce"_s, u"payment_iq/card"_s};
}

QList<PaymentMethodChoice>
offered(const QStringList &chosen, const QList<PaymentMethodChoice> &tenant, const QString &swishMessage)
{
    QStringList allowed;
    for (const PaymentMethodChoice &m : tenant)
        allowed.append(key(m));
    QList<PaymentMethodChoice> methods;
    for (const QString &k : chosen) {
        const PaymentMethodChoice m = fromKey(k);
        if (m.method.isEmpty() || (!tenant.isEmpty() && !allowed.contains(k)))
            continue;
        methods.append(m);
    }
    if (methods.isEmpty())
        methods.append(PaymentMethodChoice {u"swish"_s, u"e_commerce"_s, {}});
    for (PaymentMethodChoice &m : methods) {
        if (m.provider == u"swish"_s)
            m.swishMessage = swishMessage;
    }
    return methods;
}

} // namespace LinkMethods
