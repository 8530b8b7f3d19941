#include "paymentprovider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

qint64 PaymentLinkRequest::totalOre() const
{
    qint64 sum = 0;
    for (const LinkItem &item : items)
        sum += item.priceOre * item.quantity;
    return sum;
}

ProviderReply PaymentProvider::notOffered()
{
    return ProviderReply::refused(u"not_offered"_s);
}

void PaymentProvider::createInvoice(const QString &, Answer done)
{
    done(notOffered());
}

void PaymentProvider::fetchInvoice(const QString &, Done<LinkDocument> done)
{
    done(notOffered(), {});
}

void PaymentProvider::fetchReceipt(const QString &, Done<LinkDocument> done)
{
    done(notOffered(), {});
}
