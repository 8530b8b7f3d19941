// Ping's words parsed once at the API edge (app/ping): statuses into Stallpay's enums, an unknown
// word kept for the log, and a link's tag (till and sale) through its metadata and back.
#include "ping/pingstatus.h"
#include "ping/pingtypes.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPingStatus : public QObject
{
    Q_OBJECT
private slots:
    void statusWordsOfTheCurrentRevision()
    {
        QCOMPARE(PingStatus::link(u"CREATED"_s).value, LinkStatus::Created);
        QCOMPARE(PingStatus::link(u"COMPLETED"_s).value, LinkStatus::Completed);
        QCOMPARE(PingStatus::link(u"EXPIRED"_s).value, LinkStatus::Expired);
        QCOMPARE(PingStatus::link(u"CANCELLED"_s).value, LinkStatus::Cancelled);
        QCOMPARE(PingStatus::link(QString()).value, LinkStatus::None);
        const QStringList payments {u"INITIATED"_s,  u"PENDING"_s,     u"DECLINED"_s, u"CRASHED"_s,
                                    u"COMPLETED"_s,  u"EXPIRED"_s,     u"ABORTED"_s,  u"STOPPED"_s,
                                    u"OVERFUNDED"_s, u"UNDERFUNDED"_s, u"FUNDED"_s,   u"CANCELLED"_s};
        for (const QString &word : payments) {
            const ReportedPayment p = PingStatus::payment(word);
            QVERIFY2(p.value != PaymentStatus::Unknown && p.value != PaymentStatus::None, qPrintable(word));
            QCOMPARE(PaymentStatuses::token(p), word); // the database keeps the same token
        }
        QCOMPARE(PingStatus::order(u"OPEN"_s).value, OrderStatus::Open);
        QCOMPARE(PingStatus::order(u"SETTLED"_s).value, OrderStatus::Settled);
        // sms_status: the SDK's DELIVERD and the older DELIVERED are one status.
        QCOMPARE(PingStatus::sms(u"DELIVERD"_s).value, SmsStatus::Delivered);
        QCOMPARE(PingStatus::sms(u"DELIVERED"_s).value, SmsStatus::Delivered);
        QCOMPARE(PingStatus::sms(u"NOT_CREATED"_s).value, SmsStatus::NotCreated);
        QCOMPARE(PingStatus::sms(u"PENDING"_s).value, SmsStatus::Pending);
    }

    void anUnknownWordIsKeptForTheLog()
    {
        const ReportedLink odd = PingStatus::link(u"ARCHIVED"_s);
        QCOMPARE(odd.value, LinkStatus::Unknown);
        QCOMPARE(odd.raw, u"ARCHIVED"_s);
        QCOMPARE(PingStatus::sms(u"BOUNCED"_s).raw, u"BOUNCED"_s);
        QCOMPARE(PingStatus::payment(u"REVERSED"_s).value, PaymentStatus::Unknown);
    }

    void aLinkCarriesItsTillAndSale()
    {
        PaymentLinkRequest request;
        request.paymentOrderId = u"order-1"_s;
        request.tag = LinkTag {u"SP-1A2B3C4D"_s, 42};
        const QJsonObject sent = PingJson::paymentLinkRequest(request);
        QCOMPARE(sent[u"metadata"_s][u"stallpay_till"_s].toString(), u"SP-1A2B3C4D"_s);
        QCOMPARE(sent[u"metadata"_s][u"stallpay_sale"_s].toString(), u"42"_s);
        // As the service lists it back.
        QJsonObject listed {{u"id"_s, u"link-1"_s},
                            {u"payment_order_id"_s, u"order-1"_s},
                            {u"status"_s, u"CREATED"_s},
                            {u"metadata"_s, sent[u"metadata"_s]}};
        const LinkSnapshot link = PingJson::paymentLinkInfo(listed);
        QCOMPARE(link.tag, request.tag);
        QCOMPARE(link.status.value, LinkStatus::Created);
        // A link without our metadata (another client's) has no tag; nor has an untagged request.
        listed.remove(u"metadata"_s);
        QVERIFY(PingJson::paymentLinkInfo(listed).tag.isEmpty());
        QVERIFY(!PingJson::paymentLinkRequest(PaymentLinkRequest {}).contains(u"metadata"_s));
    }
};

QTEST_APPLESS_MAIN(TestPingStatus)
#include "tst_pingstatus.moc"
