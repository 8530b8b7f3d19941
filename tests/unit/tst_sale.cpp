#include "catalog/catalogrepository.h"
#include "clock/clock.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleevents.h"
#include "sale/saleservice.h"
#include "sale/smsdelivery.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Product product(qint64 id, const char *name, qint64 ore, VatClass vatClass)
{
    Product p;
    p.id = id;
    p.name = QString::fromUtf8(name);
    p.price = Money::fromOre(ore);
    p.vatClass = vatClass;
    return p;
}
} // namespace

class TestSale : public QObject
{
    Q_OBJECT
private slots:
    void smsStatusesOfTheCurrentRevision()
    {
        // ping-api.md §0b: NOT_CREATED was never sent; the SDK spells DELIVERD.
        using Stage = SmsDelivery::Stage;
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(QString())), Stage::NotSent);
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(u"NOT_CREATED"_s)), Stage::NotSent);
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(u"CREATED"_s)), Stage::OnItsWay);
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(u"PENDING"_s)), Stage::OnItsWay);
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(u"DELIVERD"_s)), Stage::Delivered);
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(u"DELIVERED"_s)), Stage::Delivered);
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(u"FAILED"_s)), Stage::Failed);
        QCOMPARE(SmsDelivery::stage(PaymentStatuses::smsFromToken(u"BOUNCED"_s)), Stage::Unknown);
        QCOMPARE(SmsDelivery::summary(PaymentStatuses::smsFromToken(u"NOT_CREATED"_s)), QString());
        QCOMPARE(SmsDelivery::summary(PaymentStatuses::smsFromToken(u"DELIVERD"_s)), u"SMS delivered"_s);
        QCOMPARE(SmsDelivery::summary(PaymentStatuses::smsFromToken(u"CREATED"_s)),
                 u"SMS on its way, not delivered yet"_s);
        QCOMPARE(SmsDelivery::summary(PaymentStatuses::smsFromToken(u"FAILED"_s)), u"SMS could not be delivered"_s);
        QCOMPARE(SmsDelivery::summary(PaymentStatuses::smsFromToken(u"BOUNCED"_s)), u"SMS status unknown"_s);
        // The timeline reads the same mapping.
        QCOMPARE(SaleEvents::describe(EventRecord::delivery(u"NOT_CREATED"_s, false)),
                 u"Delivery: SMS not sent, e-mail not sent"_s);
        QCOMPARE(SaleEvents::describe(EventRecord::delivery(u"PENDING"_s, false)),
                 u"Delivery: SMS on its way, e-mail not sent"_s);
        QCOMPARE(SaleEvents::describe(EventRecord::delivery(u"DELIVERD"_s, true)),
                 u"Delivery: SMS delivered, e-mail sent"_s);
        QCOMPARE(SaleEvents::describe(EventRecord::delivery(u"FAILED"_s, false)),
                 u"Delivery: SMS failed, e-mail not sent"_s);
        QCOMPARE(SaleEvents::describe(EventRecord::delivery(u"BOUNCED"_s, false)),
                 u"Delivery: SMS unknown, e-mail not sent"_s);
    }

    void cartTotalsAndUndo()
    {
        Cart cart;
        const Product honey = product(1, "Honung", 8900, VatClass::Food);
        cart.addProduct(honey);
        cart.addProduct(honey);
        cart.addAmount(u"Fritt belopp"_s, Money::fromOre(12550), VatClass::Standard);
        QCOMPARE(cart.lines().size(), 2);
        QCOMPARE(cart.lines().at(0).quantity, 2);
        QCOMPARE(cart.total().ore(), 2 * 8900 + 12550);
        cart.setQuantity(0, 5);
        QCOMPARE(cart.total().ore(), 5 * 8900 + 12550);
        cart.undo();
        QCOMPARE(cart.total().ore(), 2 * 8900 + 12550);
        cart.removeLine(1);
        QCOMPARE(cart.lines().size(), 1);
        cart.undo();
        QCOMPARE(cart.lines().size(), 2);
        cart.startNew();
        QVERIFY(cart.isEmpty());
        QVERIFY(!cart.canUndo());
    }

    void cartVatUsesTheRateOfTheSaleDate()
    {
        Cart cart;
        cart.addProduct(product(1, "Bröd", 10600, VatClass::Food));
        const VatBreakdown before = cart.breakdown(VatTable::sweden(), QDate(2026, 3, 31));
        const VatBreakdown after = cart.breakdown(VatTable::sweden(), QDate(2026, 4, 1));
        QCOMPARE(before.groups().at(0).basisPoints, 1200);
        QCOMPARE(before.vat().ore(), 1136); // 10600 * 12 / 112 = 1135.7
        QCOMPARE(after.groups().at(0).basisPoints, 600);
        QCOMPARE(after.vat().ore(), 600);
    }

    void saleNumbersAreGaplessAcrossReopenAndRefusedCommits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sales.sqlite"_s);
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QList<qint64> numbers;
        auto commitSome = [&](int count) {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            SaleService sales(db, clock, VatTable::sweden());
            Cart empty;
            QCOMPARE(sales.commands().commit(empty, &error), 0); // refused: takes no number
            QVERIFY(!error.isEmpty());
            for (int i = 0; i < count; ++i) {
                Cart cart;
                cart.addProduct(product(1, "Honung", 8900, VatClass::Food));
                const qint64 id = sales.commands().commit(cart, &error);
                QVERIFY2(id != 0, qPrintable(error));
                Sale sale;
                QVERIFY(sales.queries().load(id, &sale));
                numbers.append(sale.number);
                clock.advanceMs(1000);
            }
        };
        commitSome(3);
        commitSome(2);
        QCOMPARE(numbers, (QList<qint64> {1, 2, 3, 4, 5}));
    }

    void commitFreezesLinesVatAndQueuesTheOrder()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(u"s.sqlite"_s), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        SaleService sales(db, clock, VatTable::sweden());
        QSignalSpy changed(&sales, &SaleService::saleChanged);
        Cart cart;
        cart.addProduct(product(1, "Honung", 8900, VatClass::Food));
        cart.addProduct(product(2, "Vantar", 24900, VatClass::Standard));
        const qint64 id = sales.commands().commit(cart, &error);
        QVERIFY(id);
        QCOMPARE(changed.count(), 1);
        Sale sale;
        QVERIFY(sales.queries().load(id, &sale));
        QCOMPARE(sale.state, SaleState::Committed);
        QCOMPARE(sale.total.ore(), 8900 + 24900);
        QCOMPARE(sale.lines.size(), 2);
        QCOMPARE(sale.lines.at(0).vatBasisPoints, 600);
        QCOMPARE(sale.lines.at(1).vatBasisPoints, 2500);
        QCOMPARE(sale.vat.ore(), sale.breakdown().vat().ore());
        QCOMPARE(sale.vat.ore(), 504 + 4980);
        const QList<OutboxJob> jobs = sales.queries().openJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).kind, OutboxJob::Kind::CreateOrder);
        QCOMPARE(sales.queries().timeline(id).size(), 1);
    }

    void transitionsAreEnforcedInOnePlace()
    {
        QVERIFY(SaleStates::canTransition(SaleState::Committed, SaleState::OrderCreated));
        QVERIFY(SaleStates::canTransition(SaleState::OrderCreated, SaleState::LinkReady));
        QVERIFY(SaleStates::canTransition(SaleState::LinkReady, SaleState::Paid));
        QVERIFY(SaleStates::canTransition(SaleState::LinkReady, SaleState::PaidCash));
        QVERIFY(!SaleStates::canTransition(SaleState::Committed, SaleState::Paid));
        QVERIFY(!SaleStates::canTransition(SaleState::Paid, SaleState::Cancelled));
        QVERIFY(!SaleStates::canTransition(SaleState::Cancelled, SaleState::LinkReady));
        // A new link: back to waiting for the link; the old one may turn out paid meanwhile.
        QVERIFY(SaleStates::canTransition(SaleState::LinkReady, SaleState::OrderCreated));
        QVERIFY(SaleStates::canTransition(SaleState::OrderCreated, SaleState::Paid));
        QVERIFY(!SaleStates::canTransition(SaleState::Paid, SaleState::OrderCreated));
        QVERIFY(!SaleStates::canTransition(SaleState::OrderCreated, SaleState::Expired));

        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(u"s.sqlite"_s), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        SaleService sales(db, clock, VatTable::sweden());
        Cart cart;
        cart.addProduct(product(1, "Honung", 8900, VatClass::Food));
        const qint64 id = sales.commands().commit(cart, &error);
        const OutboxJob createOrder = sales.queries().openJobs().at(0);
        // The poller cannot make a sale paid before it has a link.
        QVERIFY(sales.outcomes().recordLinkStatus(id, LinkStatus::Completed));
        Sale sale;
        sales.queries().load(id, &sale);
        QCOMPARE(sale.state, SaleState::Committed);
        QVERIFY(sales.outcomes().recordOrderCreated(createOrder.id, id, u"order-1"_s));
        const OutboxJob createLink = sales.queries().openJobs().at(0);
        QCOMPARE(createLink.kind, OutboxJob::Kind::CreateLink);
        QVERIFY(
            sales.outcomes().recordLinkCreated(createLink.id, id, u"link-1"_s, u"http://127.0.0.1/checkout/link-1"_s));
        QVERIFY(sales.outcomes().recordLinkStatus(id, LinkStatus::Completed));
        sales.queries().load(id, &sale);
        QCOMPARE(sale.state, SaleState::Paid);
        QCOMPARE(sales.queries().openJobs().size(), 1);
        QCOMPARE(sales.queries().openJobs().at(0).kind, OutboxJob::Kind::CloseOrder);
        QVERIFY(!sales.commands().cancel(id, &error)); // a paid sale cannot be cancelled
        QVERIFY(!error.isEmpty());
    }

    void everyPaymentStatusOfTheRevisionHasWords()
    {
        // ping-api.md §0b: the eleven statuses; the new ones never leave a sale without words.
        const QStringList failed {u"DECLINED"_s, u"ABORTED"_s,     u"CRASHED"_s,   u"STOPPED"_s,
                                  u"EXPIRED"_s,  u"UNDERFUNDED"_s, u"OVERFUNDED"_s};
        const QStringList open {u"INITIATED"_s, u"PENDING"_s, u"FUNDED"_s};
        for (const QString &status : failed + open + QStringList {u"COMPLETED"_s}) {
            const ReportedPayment typed = PaymentStatuses::paymentFromToken(status);
            QVERIFY2(typed.value != PaymentStatus::Unknown, qPrintable(status));
            QCOMPARE(PaymentStatuses::token(typed), status); // the stored token, unchanged
            const QString words = SaleStates::paymentText(typed);
            QVERIFY2(!words.isEmpty() && words != status, qPrintable(status));
            QCOMPARE(SaleStates::isFailedPayment(typed), failed.contains(status));
            QCOMPARE(SaleStates::failedPaymentText(typed).isEmpty(), !failed.contains(status));
            // Read again while open; a final one is not read forever.
            QCOMPARE(SaleStates::isPaymentUnderWay(typed), open.contains(status));
        }
        QVERIFY(SaleStates::paymentText(PaymentStatus::Overfunded).contains(u"too much"_s));
        QVERIFY(SaleStates::paymentText(PaymentStatus::Underfunded).contains(u"too little"_s));
        // A word Stallpay does not know is kept for the log, and said as "unknown", never shown raw.
        const ReportedPayment odd = PaymentStatuses::paymentFromToken(u"REVERSED"_s);
        QCOMPARE(odd.value, PaymentStatus::Unknown);
        QCOMPARE(odd.raw, u"REVERSED"_s);
        QCOMPARE(PaymentStatuses::token(odd), u"REVERSED"_s);
        QVERIFY(!SaleStates::paymentText(odd).contains(u"REVERSED"_s));
        QVERIFY(SaleStates::paymentText(odd).contains(u"unknown"_s));
    }

    void declinedPaymentAndANewLink()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(u"s.sqlite"_s), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        SaleService sales(db, clock, VatTable::sweden());
        Cart cart;
        cart.addProduct(product(1, "Honung", 8900, VatClass::Food));
        const qint64 id = sales.commands().commit(cart, &error);
        QVERIFY(sales.outcomes().recordOrderCreated(sales.queries().openJobs().at(0).id, id, u"order-1"_s));
        QVERIFY(sales.outcomes().recordLinkCreated(sales.queries().openJobs().at(0).id, id, u"link-1"_s,
                                                   u"http://x/checkout/link-1"_s));
        QVERIFY(!sales.commands().requestNewLink(id + 1, &error));

        // The poller's news of the payment: stored once, with a timeline entry; a repeat writes nothing.
        QVERIFY(sales.outcomes().recordPaymentStatus(id, u"link-1"_s, u"pay-1"_s,
                                                     PaymentStatuses::paymentFromToken(u"DECLINED"_s)));
        const qsizetype events = sales.queries().timeline(id).size();
        QSignalSpy changed(&sales, &SaleService::saleChanged);
        QVERIFY(sales.outcomes().recordPaymentStatus(id, u"link-1"_s, u"pay-1"_s,
                                                     PaymentStatuses::paymentFromToken(u"DECLINED"_s)));
        QVERIFY(sales.outcomes().recordPaymentStatus(
            id, u"other-link"_s, u"pay-9"_s,
            PaymentStatuses::paymentFromToken(u"CRASHED"_s))); // not this sale's link
        QCOMPARE(changed.count(), 0);
        QCOMPARE(sales.queries().timeline(id).size(), events);
        Sale sale;
        sales.queries().load(id, &sale);
        QCOMPARE(sale.lastPaymentId, u"pay-1"_s);
        QVERIFY(sale.lastPaymentFailed());
        QVERIFY(sales.queries().timeline(id).last().detail.contains(u"DECLINED"_s));

        // A new link: the old one is cancelled first, and only then is the new one queued.
        QVERIFY2(sales.commands().requestNewLink(id, &error), qPrintable(error));
        sales.queries().load(id, &sale);
        QCOMPARE(sale.state, SaleState::OrderCreated);
        QVERIFY(sale.replacingLink());
        QVERIFY(!sales.commands().requestNewLink(id, &error)); // once is enough
        QList<OutboxJob> jobs = sales.queries().openJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).kind, OutboxJob::Kind::ReplaceLink);
        QVERIFY(sales.outcomes().recordLinkCancelled(jobs.at(0).id, id, true));
        jobs = sales.queries().openJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).kind, OutboxJob::Kind::CreateLink); // not close_order: the order stays open
        QVERIFY(sales.outcomes().recordLinkCreated(jobs.at(0).id, id, u"link-2"_s, u"http://x/checkout/link-2"_s));
        sales.queries().load(id, &sale);
        QCOMPARE(sale.state, SaleState::LinkReady);
        QCOMPARE(sale.checkoutUrl, u"http://x/checkout/link-2"_s);
        QVERIFY(!sale.lastPaymentFailed()); // the new link has no attempts yet
        QVERIFY(!sale.orderClosed);

        // Again, and this time the old link was paid before the cancel: paid, no third link.
        QVERIFY(sales.outcomes().recordPaymentStatus(id, u"link-2"_s, u"pay-2"_s,
                                                     PaymentStatuses::paymentFromToken(u"ABORTED"_s)));
        QVERIFY(sales.commands().requestNewLink(id, &error));
        QVERIFY(sales.outcomes().recordLinkPaidBeforeCancel(sales.queries().openJobs().at(0)));
        sales.queries().load(id, &sale);
        QCOMPARE(sale.state, SaleState::Paid);
        jobs = sales.queries().openJobs();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).kind, OutboxJob::Kind::CloseOrder);
    }

    void contactsAreKeptApartAndDistributionIsQueued()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(u"s.sqlite"_s), &error));
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        SaleService sales(db, clock, VatTable::sweden());
        Cart cart;
        cart.addProduct(product(1, "Honung", 8900, VatClass::Food));
        const qint64 id = sales.commands().commit(cart, &error);

        // No number yet: sending by SMS is refused with a reason.
        QVERIFY(!sales.commands().requestDistribution(id, true, false, &error));
        QVERIFY(error.contains(u"mobile"_s));
        SaleContact who;
        who.name = u"Bertil Jönsson"_s;
        who.phone = u"+46701234567"_s;
        QVERIFY2(sales.payer().saveContact(id, who, &error), qPrintable(error));
        // Queued before the link exists: it waits behind the order and link jobs of the sale.
        QVERIFY2(sales.commands().requestDistribution(id, true, false, &error), qPrintable(error));
        const QList<OutboxJob> jobs = sales.queries().openJobs();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(1).kind, OutboxJob::Kind::Distribute);
        QCOMPARE(jobs.at(1).payload, u"{\"methods\":[\"sms\"]}"_s);
        QVERIFY(!jobs.at(1).payload.contains(u"4670"_s)); // no personal data in the outbox

        // Purging personal data leaves the bookkeeping record whole.
        clock.advanceMs(400LL * 24 * 3600 * 1000);
        QCOMPARE(sales.payer().purgeContactsBefore(clock.today().addYears(-1)), 1);
        SaleContact gone;
        QVERIFY(!sales.payer().contact(id, &gone));
        Sale sale;
        QVERIFY(sales.queries().load(id, &sale));
        QCOMPARE(sale.total.ore(), 8900);
        QCOMPARE(sale.lines.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSale)
#include "tst_sale.moc"
