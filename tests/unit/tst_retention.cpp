#include "clock/clock.h"
#include "history/dayreport.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleevents.h"
#include "sale/saleservice.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The payer's personal data after the seller's retention period (13 months by default): a sale
// older than it loses the phone, e-mail, name and address, a younger one keeps them, an invoiced
// one keeps what its invoice prints (the books keep invoices) but not phone and e-mail, and the
// bookkeeping — amounts, VAT, numbers, day reports — stays to the öre. The timeline says so.
class TestRetention : public QObject
{
    Q_OBJECT
private:
    static SaleContact someone(const char *name, const char *phone, const char *email)
    {
        return SaleContact {QString::fromUtf8(name),
                            QString::fromUtf8(phone),
                            QString::fromUtf8(email),
                            u"Storgatan 1"_s,
                            u"123 45"_s,
                            u"Ystad"_s};
    }
    static qint64 sell(SaleService &sales, qint64 ore, VatClass vat)
    {
        Cart cart;
        cart.addAmount(u"Honung"_s, Money::fromOre(ore), vat);
        QString error;
        const qint64 id = sales.commands().commit(cart, &error);
        if (id == 0)
            qWarning() << error;
        return id;
    }
    static QString fingerprint(const DayReport &r)
    {
        QStringList vat;
        for (const VatGroup &g : r.vat)
            vat.append(u"%1:%2:%3"_s.arg(g.basisPoints).arg(g.gross.ore()).arg(g.vat.ore()));
        return u"%1 %2 %3 %4 %5 [%6]"_s.arg(r.paidCount)
            .arg(r.gross.ore())
            .arg(r.openCount)
            .arg(r.openAmount.ore())
            .arg(r.cancelledCount)
            .arg(vat.join(u' '));
    }

private slots:
    void oldSalesLoseThePayersDataAndKeepTheBooks()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
        ManualClock clock(QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC));
        SaleService sales(db, clock, VatTable::sweden());

        const qint64 old = sell(sales, 8900, VatClass::Food);
        QVERIFY2(sales.payer().saveContact(old, someone("Bertil Jönsson", "+46701234567", "bertil@example.se"), &error),
                 qPrintable(error));
        QVERIFY2(sales.commands().markPaidInCash(old, &error), qPrintable(error));
        const qint64 invoiced = sell(sales, 125000, VatClass::Standard);
        InvoiceRequest request;
        request.buyer = InvoiceBuyer {u"Astrid Ek"_s, u"Byvägen 2"_s,         u"234 56"_s,      u"Lund"_s, QString(),
                                      QString(),      u"astrid@example.se"_s, u"+46709876543"_s};
        QVERIFY2(sales.commands().invoice(invoiced, request, &error) > 0, qPrintable(error));
        const QDate oldDay = clock.today();
        Sale before, invoicedBefore;
        QVERIFY(sales.queries().load(old, &before));
        QVERIFY(sales.queries().load(invoiced, &invoicedBefore));
        const QString reportBefore = fingerprint(DayReports::build(db, oldDay));

        // 13 months and a day later, a new sale with a contact.
        clock.advanceMs(qint64(QDate(2025, 6, 2).daysTo(QDate(2026, 7, 3))) * 24 * 3600 * 1000);
        const qint64 young = sell(sales, 4500, VatClass::Food);
        QVERIFY2(sales.payer().saveContact(young, someone("Carl Young", "+46705550000", "carl@example.se"), &error),
                 qPrintable(error));

        QCOMPARE(sales.payer().purgeOlderThan(13, clock.today()), 2);

        SaleContact contact;
        QVERIFY(!sales.payer().contact(old, &contact)); // phone, e-mail, name and address: gone
        InvoiceBuyer buyer;
        QVERIFY(sales.payer().buyer(invoiced, &buyer)); // the invoice still prints its buyer …
        QCOMPARE(buyer.name, u"Astrid Ek"_s);
        QCOMPARE(buyer.street, u"Byvägen 2"_s);
        QCOMPARE(buyer.city, u"Lund"_s);
        QCOMPARE(buyer.email, QString()); // … but the phone and e-mail are gone
        QCOMPARE(buyer.phone, QString());
        QVERIFY(sales.payer().contact(young, &contact)); // younger than the period: kept
        QCOMPARE(contact.phone, u"+46705550000"_s);
        QCOMPARE(contact.email, u"carl@example.se"_s);
        QCOMPARE(contact.name, u"Carl Young"_s);

        // The bookkeeping, to the öre.
        Sale after, invoicedAfter;
        QVERIFY(sales.queries().load(old, &after));
        QVERIFY(sales.queries().load(invoiced, &invoicedAfter));
        QCOMPARE(after.number, before.number);
        QCOMPARE(after.total.ore(), before.total.ore());
        QCOMPARE(after.vat.ore(), before.vat.ore());
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.lines.size(), before.lines.size());
        QCOMPARE(invoicedAfter.total.ore(), invoicedBefore.total.ore());
        QCOMPARE(invoicedAfter.invoiceNumber, invoicedBefore.invoiceNumber);
        QCOMPARE(sales.queries().invoices(invoiced).size(), 1);
        QCOMPARE(fingerprint(DayReports::build(db, oldDay)), reportBefore);

        // The timeline says it, in words; a second round finds nothing more to do.
        const QList<SaleEvent> events = sales.queries().timeline(old);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.constLast().event, EventRecord::personalDataRemoved(false));
        QCOMPARE(SaleEvents::describe(events.constLast().event), u"Personal data removed after the retention period"_s);
        QCOMPARE(SaleEvents::describe(sales.queries().timeline(invoiced).constLast().event),
                 u"Personal data removed after the retention period; the invoice keeps the buyer"_s);
        QVERIFY(sales.queries().timeline(young).constLast().event.code != EventRecord::Code::PersonalDataRemoved);
        QCOMPARE(sales.payer().purgeOlderThan(13, clock.today()), 0);
        QCOMPARE(sales.queries().timeline(old).size(), events.size());
    }

    void aSaleOnTheLastDayOfThePeriodKeepsItsData()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
        ManualClock clock(QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC));
        SaleService sales(db, clock, VatTable::sweden());
        const qint64 id = sell(sales, 8900, VatClass::Food);
        QVERIFY(sales.payer().saveContact(id, someone("Bertil", "+46701234567", "b@example.se"), &error));
        clock.advanceMs(qint64(QDate(2025, 6, 2).daysTo(QDate(2026, 7, 2))) * 24 * 3600 * 1000);
        QCOMPARE(sales.payer().purgeOlderThan(13, clock.today()), 0); // 13 months exactly: still kept
        SaleContact contact;
        QVERIFY(sales.payer().contact(id, &contact));
        QCOMPARE(sales.payer().purgeOlderThan(12, clock.today()), 1); // the seller's shorter period
        QVERIFY(!sales.payer().contact(id, &contact));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
