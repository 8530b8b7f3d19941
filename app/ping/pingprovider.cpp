#include "pingprovider.h"

#include "pingclient.h"
#include "pingresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPing)

using namespace Qt::StringLiterals;

namespace {
// `reason`: ServiceAnswer's code of what the answer lacks.
ProviderReply untrusted(const PingResponse &r, const QString &reason)
{
    return ProviderReply::untrusted(r.httpStatus, reason);
}

ProviderReply untrustedCheckout(const QString &url)
{
    return ProviderReply::refused(u"untrusted_checkout"_s, {url.left(200)});
}
} // namespace

LinkSnapshot PingProvider::checked(LinkSnapshot link) const
{
    // An address the environment does not expect is never handed on (a QR code, Open checkout).
    if (!link.checkoutUrl.isEmpty() && !m_client.config().trustsCheckout(QUrl(link.checkoutUrl))) {
        qCWarning(lcPing).noquote() << "untrusted checkout address of link" << link.id << "dropped";
        link.checkoutUrl.clear();
    }
    return link;
}

PingProvider::PingProvider(PingClient &client)
    : m_client(client)
{ }

void PingProvider::probe(Answer done)
{
    m_client.ping([done = std::move(done)](const PingResponse &r) { done(r); });
}

void PingProvider::setTransferTimeoutMs(int ms)
{
    m_client.setTransferTimeoutMs(ms);
}

int PingProvider::transferTimeoutMs() const
{
    return m_client.transferTimeoutMs();
}

void PingProvider::createOrder(Done<QString> done)
{
    m_client.createPaymentOrder([done = std::move(done)](const PingResponse &r) {
        const QString id = r.body[u"id"_s].toString();
        if (r.ok() && id.isEmpty())
            done(untrusted(r, u"no_order_id"_s), {});
        else
            done(r, id);
    });
}

void PingProvider::getOrder(const QString &orderId, Done<OrderSnapshot> done)
{
    m_client.getPaymentOrder(orderId, [done = std::move(done)](const PingResponse &r) {
        done(r, r.ok() ? PingJson::order(r.body.toObject()) : OrderSnapshot {});
    });
}

void PingProvider::listOrders(const QDateTime &from, const QDateTime &to, Done<QList<OrderSnapshot>> done)
{
    m_client.listPaymentOrders(from, to, [done = std::move(done)](const PingResponse &r) {
        QList<OrderSnapshot> orders;
        for (const QJsonValue &v : r.body.toArray())
            orders.append(PingJson::order(v.toObject()));
        done(r, orders);
    });
}

void PingProvider::closeOrder(const QString &orderId, Answer done)
{
    m_client.closePaymentOrder(orderId, [done = std::move(done)](const PingResponse &r) { done(r); });
}

void PingProvider::createLink(const PaymentLinkRequest &request, Done<LinkSnapshot> done)
{
    PaymentLinkRequest withMerchant = request;
    if (withMerchant.merchantId.isEmpty())
        withMerchant.merchantId = m_client.config().merchantId;
    m_client.createPaymentLink(withMerchant, [this, request, done = std::move(done)](const PingResponse &r) {
        LinkSnapshot link = PingJson::paymentLinkInfo(r.body.toObject());
        if (r.ok() && (link.id.isEmpty() || link.checkoutUrl.isEmpty())) {
            done(untrusted(r, u"no_link_id"_s), {});
            return;
        }
        if (r.ok() && !m_client.config().trustsCheckout(QUrl(link.checkoutUrl))) {
            qCWarning(lcPing).noquote() << "link" << link.id << "has an untrusted checkout address";
            done(untrustedCheckout(link.checkoutUrl), {});
            return;
        }
        // The create answer names only the link; the rest is what was asked for.
        link.paymentOrderId = request.paymentOrderId;
        link.status = LinkStatus::Created;
        link.totalOre = request.totalOre();
        link.tag = request.tag;
        done(r, link);
    });
}

void PingProvider::getLink(const QString &linkId, Done<LinkSnapshot> done)
{
    m_client.getPaymentLink(linkId, [this, done = std::move(done)](const PingResponse &r) {
        done(r, r.ok() ? checked(PingJson::paymentLinkInfo(r.body.toObject())) : LinkSnapshot {});
    });
}

void PingProvider::listLinks(Done<QList<LinkSnapshot>> done)
{
    m_client.listPaymentLinks([this, done = std::move(done)](const PingResponse &r) {
        QList<LinkSnapshot> links;
        for (const QJsonValue &v : PingJson::listItems(r.body))
            links.append(checked(PingJson::paymentLinkInfo(v.toObject())));
        done(r, links);
    });
}

void PingProvider::cancelLink(const QString &linkId, Answer done)
{
    m_client.cancelPaymentLink(linkId, [done = std::move(done)](const PingResponse &r) { done(r); });
}

void PingProvider::distribute(
    const QString &linkId, const QStringList &channels, const QString &phone, const QString &email, Answer done)
{
    m_client.distributePaymentLink(linkId, channels, phone, email,
                                   [done = std::move(done)](const PingResponse &r) { done(r); });
}

void PingProvider::refund(const QString &orderId,
                          const QString &paymentId,
                          qint64 amountOre,
                          const QString &currency,
                          RefundReason reason,
                          const QString &note,
                          Done<QString> done)
{
    m_client.refundPayment(
        orderId, paymentId, amountOre, currency, reason, note,
        [done = std::move(done)](const PingResponse &r) { done(r, r.body[u"status"_s].toString()); });
}

void PingProvider::createInvoice(const QString &linkId, Answer done)
{
    m_client.createLinkInvoice(linkId, u"OCR"_s, [done = std::move(done)](const PingResponse &r) { done(r); });
}

void PingProvider::fetchInvoice(const QString &linkId, Done<LinkDocument> done)
{
    m_client.getLinkInvoice(linkId,
                            [this, done = std::move(done)](const PingResponse &r) { fetchPdf(r, std::move(done)); });
}

void PingProvider::fetchReceipt(const QString &linkId, Done<LinkDocument> done)
{
    m_client.getLinkReceipt(linkId,
                            [this, done = std::move(done)](const PingResponse &r) { fetchPdf(r, std::move(done)); });
}

void PingProvider::fetchPdf(const PingResponse &answer, Done<LinkDocument> done)
{
    // {url, reference_type, reference} (a receipt's answer has the url only).
    const QJsonObject o = answer.body.toObject();
    LinkDocument document {o[u"reference_type"_s].toString(), o[u"reference"_s].toString(), o[u"url"_s].toString(), {}};
    if (!answer.ok()) {
        done(answer, {});
        return;
    }
    if (document.url.isEmpty()) {
        done(untrusted(answer, u"no_document_url"_s), {});
        return;
    }
    m_client.fetchDocument(QUrl(document.url),
                           [document, done = std::move(done)](const PingResponse &r, const QByteArray &pdf) mutable {
                               document.pdf = pdf;
                               done(r, r.ok() ? document : LinkDocument {});
                           });
}
