#include "sandbox/tenantfill.h"

#include "sandbox/sandboxstore.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sandbox {

std::optional<TenantFill> TenantFill::parse(const QString &text, QString *error)
{
    TenantFill fill;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(u'=');
        bool ok = false;
        const int value = pair.size() == 2 ? pair.at(1).trimmed().toInt(&ok) : 0;
        const QString key = pair.value(0).trimmed();
        if (!ok || value < 0 || value > kMaxRecords || (key != u"merchants"_s && key != u"links"_s)) {
            *error = u"--fill wants merchants=N,links=M (0 to %1 each), got \"%2\""_s.arg(kMaxRecords).arg(part);
            return std::nullopt;
        }
        (key == u"merchants"_s ? fill.merchants : fill.links) = value;
    }
    if (fill.links > 0 && fill.merchants == 0)
        fill.merchants = 1;
    return fill;
}

void TenantFill::apply(SandboxStore *store, int linkLifetimeDays) const
{
    IdGenerator &ids = store->ids();
    const QDateTime now = store->clock().now();
    const auto old = [&](qint64 maxSeconds) {
        return now.addSecs(-qint64(ids.unit() * double(maxSeconds)));
    };
    const qint64 day = 24 * 3600;
    const qint64 payableSeconds = qMax<qint64>(1, linkLifetimeDays * day - 3600);
    store->reserve(store->merchants().size() + merchants, store->orders().size() + links,
                   store->payments().size() + links, store->links().size() + links);

    QStringList merchantIds;
    QStringList merchantNames;
    for (int i = 0; i < merchants; ++i) {
        const QString number = u"55%1"_s.arg(i, 8, 10, QChar(u'0'));
        SandboxMerchant merchant {ids.uuid(), u"Torgstånd %1 AB"_s.arg(i + 1),
                                  QJsonObject {{u"country"_s, u"SE"_s}, {u"se_organization_number"_s, number}},
                                  i % 50 == 49 ? u"PENDING"_s : u"APPROVED"_s};
        merchantIds.append(merchant.id);
        merchantNames.append(merchant.name);
        store->addMerchant(merchant);
    }
    const QJsonArray methods {QJsonObject {{u"provider"_s, u"swish"_s}, {u"method"_s, u"e_commerce"_s}}};
    for (int i = 0; i < links; ++i) {
        const int m = int(ids.unit() * merchants);
        const double roll = ids.unit();
        const QString status = roll < 0.7 ? u"COMPLETED"_s
            : roll < 0.8                  ? u"CANCELLED"_s
            : roll < 0.9                  ? u"EXPIRED"_s
                                          : u"CREATED"_s;
        const qint64 price = 1000 + qint64(ids.unit() * 49000); // 10–500 kr
        const int quantity = 1 + int(ids.unit() * 3);
        SandboxOrder order;
        order.id = ids.uuid();
        order.splitTreeId = store->splitTreeId();
        order.currency = u"SEK"_s;
        order.status = status == u"CREATED"_s ? u"OPEN"_s : u"CLOSED"_s;
        SandboxLink link;
        link.id = ids.uuid();
        link.orderId = order.id;
        link.status = status;
        link.currency = u"SEK"_s;
        link.locale = u"sv-SE"_s;
        link.totalAmount = price * quantity;
        if (status == u"CREATED"_s)
            link.createdAt = old(payableSeconds);
        else if (status == u"EXPIRED"_s)
            link.createdAt = now.addSecs(-linkLifetimeDays * day - qint64(ids.unit() * 60 * day));
        else
            link.createdAt = old(90 * day);
        link.updatedAt =
            status == u"CREATED"_s ? link.createdAt : link.createdAt.addSecs(60 + qint64(ids.unit() * 600));
        order.createdAt = link.createdAt;
        order.updatedAt = link.updatedAt;
        link.request = QJsonObject {{u"payment_order_id"_s, order.id},
                                    {u"merchant_id"_s, merchantIds.at(m)},
                                    {u"currency"_s, u"SEK"_s},
                                    {u"locale"_s, u"sv-SE"_s},
                                    {u"total_amount"_s, link.totalAmount},
                                    {u"supplier"_s, QJsonObject {{u"name"_s, merchantNames.at(m)}}},
                                    {u"items"_s,
                                     QJsonArray {QJsonObject {{u"description"_s, u"Vara %1"_s.arg(i % 97 + 1)},
                                                              {u"merchant_id"_s, merchantIds.at(m)},
                                                              {u"price"_s, price},
                                                              {u"quantity"_s, quantity},
                                                              {u"vat"_s, 12}}}},
                                    {u"payment_provider_methods"_s, methods}};
        if (status == u"COMPLETED"_s) {
            SandboxPayment payment;
            payment.id = ids.uuid();
            payment.orderId = order.id;
            payment.linkId = link.id;
            payment.provider = u"swish"_s;
            payment.method = u"e_commerce"_s;
            payment.currency = u"SEK"_s;
            payment.status = u"COMPLETED"_s;
            payment.totalAmount = link.totalAmount;
            payment.createdAt = link.createdAt;
            payment.orderItems = QJsonArray {QJsonObject {{u"name"_s, u"Vara %1"_s.arg(i % 97 + 1)},
                                                          {u"amount"_s, link.totalAmount},
                                                          {u"vat_rate"_s, 12},
                                                          {u"merchant_id"_s, merchantIds.at(m)}}};
            payment.statusHistory = QJsonArray {
                QJsonObject {{u"status"_s, u"COMPLETED"_s}, {u"occurred_at"_s, SandboxClock::format(link.updatedAt)}}};
            order.paymentIds.append(payment.id);
            link.paymentId = payment.id;
            store->addPayment(payment);
        }
        store->addOrder(order);
        store->addLink(link);
    }
    store->saveSnapshotNext();
}

} // namespace Sandbox
