#pragma once

#include "provider/paymentprovider.h"

class PingClient;
struct PingResponse;

// The Ping Payments and Payment Links APIs behind the provider seam: requests built and answers
// read here (through PingJson and PingStatus), so nothing outside app/ping knows Ping's field
// names or status words. An answer that lacks what the call must return (a create without an
// id) is not trusted: its outcome is unknown and the engine reconciles it.
class PingProvider : public PaymentProvider
{
public:
    explicit PingProvider(PingClient &client);

    void probe(Answer done) override;
    void setTransferTimeoutMs(int ms) override;
    int transferTimeoutMs() const override;

    void createOrder(Done<QString> done) override;
    void getOrder(const QString &orderId, Done<OrderSnapshot> done) override;
    void listOrders(const QDateTime &from, const QDateTime &to, Done<QList<OrderSnapshot>> done) override;
    void closeOrder(const QString &orderId, Answer done) override;

    void createLink(const PaymentLinkRequest &request, Done<LinkSnapshot> done) override;
    void getLink(const QString &linkId, Done<LinkSnapshot> done) override;
    void listLinks(Done<QList<LinkSnapshot>> done) override;
    void cancelLink(const QString &linkId, Answer done) override;
    void distribute(const QString &linkId,
                    const QStringList &channels,
                    const QString &phone,
                    const QString &email,
                    Answer done) override;

    void refund(const QString &orderId,
                const QString &paymentId,
                qint64 amountOre,
                const QString &currency,
                RefundReason reason,
                const QString &note,
                Done<QString> done) override;

    // Ping's invoice is of reference type OCR (ping-api.md §2.2 rows 7–9).
    void createInvoice(const QString &linkId, Answer done) override;
    void fetchInvoice(const QString &linkId, Done<LinkDocument> done) override;
    void fetchReceipt(const QString &linkId, Done<LinkDocument> done) override;

private:
    // The snapshot without a checkout address the environment does not trust.
    LinkSnapshot checked(LinkSnapshot link) const;
    // GETs the PDF a document answer ({url, …}) points at; a failed answer, or one without an
    // address, ends there.
    void fetchPdf(const PingResponse &answer, Done<LinkDocument> done);

    PingClient &m_client;
};
