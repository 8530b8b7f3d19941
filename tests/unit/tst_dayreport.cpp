#include "clock/clock.h"
#include "history/daycsv.h"
#include "history/dayreport.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/paymentmethods.h"
#include "sale/saleservice.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A day's takings from real sales in SQLite: paid ones per method and VAT rate, open and
// cancelled apart, VAT agreeing with the receipts to the öre; and the day's CSV.
class TestDayReport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SaleService> m_sales;
    const QDate m_day {2026, 11, 23};

    qint64 sell(const QList<QPair<qint64, VatClass>> &amounts)
    {
        Cart cart;
        for (const auto &[ore, vatClass] : amounts)
            cart.addAmount(u"Vara"_s, Money::fromOre(ore), vatClass);
        QString error;
        return m_sales->commands().commit(cart, &error);
    }
    void paidBy(qint64 id, const QString &method)
    {
        for (OutboxJob::Kind kind : {OutboxJob::Kind::CreateOrder, OutboxJob::Kind::CreateLink}) {
            for (const OutboxJob &job : m_sales->queries().openJobs()) {
                if (job.saleId != id || job.kind != kind)
                    continue;
                if (kind == OutboxJob::Kind::CreateOrder)
                    QVERIFY(m_sales->outcomes().recordOrderCreated(job.id, id, u"po%1"_s.arg(id)));
                else
                    QVERIFY(m_sales->outcomes().recordLinkCreated(job.id, id, u"pl%1"_s.arg(id),
                                                                  u"https://pay.example/"_s));
            }
        }
        QVERIFY(m_sales->outcomes().recordLinkStatus(id, LinkStatus::Completed));
        // The method is what the payment order names, stored when its close is done.
        for (const OutboxJob &job : m_sales->queries().openJobs()) {
            if (job.saleId == id && job.kind == OutboxJob::Kind::CloseOrder)
                QVERIFY(m_sales->outcomes().recordOrderClosed(job.id, id, method));
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"d.sqlite"_s), &error), qPrintable(error));
        m_clock = std::make_unique<ManualClock>(QDateTime(m_day, QTime(9, 0), Qt::LocalTime).toUTC());
        m_sales = std::make_unique<SaleService>(m_db, *m_clock, VatTable::sweden());
        // Three sales of 3 öre at 25 %: 1 öre VAT on each receipt, 3 öre in all (not 2 on the sum).
        for (int i = 0; i < 3; ++i)
            paidBy(sell({{3, VatClass::Standard}}), u"swish"_s);
        paidBy(sell({{10000, VatClass::Standard}, {5000, VatClass::Food}}), u"card"_s);
        const qint64 cash = sell({{2000, VatClass::Reduced12}});
        QVERIFY(m_sales->commands().markPaidInCash(cash, &error));
        sell({{7700, VatClass::Standard}}); // open
        const qint64 cancelled = sell({{999, VatClass::Standard}});
        QVERIFY(m_sales->commands().cancel(cancelled, &error));
        m_clock->advanceMs(24 * 3600 * 1000); // a sale the next day is not in this day's report
        paidBy(sell({{50000, VatClass::Standard}}), u"swish"_s);
    }

    void takingsPerMethodAndRate()
    {
        const DayReport r = DayReports::build(m_db, m_day);
        QCOMPARE(r.paidCount, 5);
        QCOMPARE(r.gross.ore(), 9 + 15000 + 2000);
        QCOMPARE(r.methods.size(), 3);
        QCOMPARE(r.methods.at(0).method, u"card"_s);
        QCOMPARE(r.methods.at(0).gross.ore(), 15000);
        QCOMPARE(r.methods.at(1).method, u"cash"_s);
        QCOMPARE(r.methods.at(2).method, u"swish"_s);
        QCOMPARE(r.methods.at(2).count, 3);
        QCOMPARE(r.openCount, 1);
        QCOMPARE(r.openAmount.ore(), 7700);
        QCOMPARE(r.cancelledCount, 1);

        const int food = VatTable::sweden().basisPointsFor(VatClass::Food, m_day);
        QCOMPARE(r.vat.size(), food == 1200 ? 2 : 3);
        QCOMPARE(r.vat.at(0).basisPoints, 2500);
        QCOMPARE(r.vat.at(0).gross.ore(), 10009);
        QCOMPARE(r.vat.at(0).vat.ore(), 3 + 2000); // per receipt, not vatOfGross(10009) = 2002
        Money receipts;
        for (qint64 id = 1; id <= 5; ++id) {
            Sale s;
            QVERIFY(m_sales->queries().load(id, &s));
            receipts += s.breakdown().vat();
        }
        QCOMPARE(r.vatTotal(), receipts);
    }

    void csvHasALinePerSaleAndRate()
    {
        const QString csv = QString::fromUtf8(DayCsv::sales(m_db, m_day));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 u"Number;Date;Time;Status;Payment method;VAT rate (%);Paid (gross);VAT;Net;Unpaid (gross)"_s);
        QCOMPARE(lines.size(), 1 + 3 + 2 + 1 + 1 + 1); // sale 4 has two rates; open and cancelled too
        QVERIFY2(lines.contains(u"4;2026-11-23;09:00:00;Paid;Card;25;100,00;20,00;80,00;"_s), qPrintable(csv));
        QVERIFY(lines.at(1).startsWith(u"1;2026-11-23;09:00:00;Paid;Swish;25;0,03;0,01;0,02;"_s));
        QVERIFY2(lines.contains(u"7;2026-11-23;09:00:00;Cancelled;;25;;;;9,99"_s), qPrintable(csv));
        // The paid column adds up to the day's takings: a cancelled sale's amount is not in it.
        Money paid;
        for (const QString &line : lines.mid(1)) {
            const QString gross = line.section(u';', 6, 6);
            if (!gross.isEmpty())
                paid += Money::fromOre(QString(gross).remove(u',').toLongLong());
        }
        QCOMPARE(paid.ore(), DayReports::build(m_db, m_day).gross.ore());
    }

    void itemsCsvHasALinePerSoldLine()
    {
        const QString csv = QString::fromUtf8(DayCsv::lines(m_db, m_day));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"Number;Date;Time;Product;Quantity;Unit price;VAT rate (%);Amount"_s);
        QCOMPARE(lines.size(), 1 + 3 + 2 + 1); // the paid sales' lines; not the open or cancelled one
        const int food = VatTable::sweden().basisPointsFor(VatClass::Food, m_day);
        QVERIFY2(lines.contains(u"4;2026-11-23;09:00:00;Vara;1;50,00;%1;50,00"_s.arg(food / 100)), qPrintable(csv));
        QVERIFY2(lines.contains(u"5;2026-11-23;09:00:00;Vara;1;20,00;12;20,00"_s), qPrintable(csv));
    }

    void storedCardProviderReadsAsCard()
    {
        // A sale paid before the method was stored names its provider: it still reads "Card".
        QCOMPARE(PaymentMethods::displayName(u"verifone"_s), u"Card"_s);
        QCOMPARE(PaymentMethods::fromPayment(u"payment_iq"_s, u"card"_s), u"card"_s);
        QCOMPARE(PaymentMethods::fromPayment(u"verifone"_s, u"card"_s), u"card"_s);
        QCOMPARE(PaymentMethods::fromPayment(u"swish"_s, u"e_commerce"_s), u"swish"_s);
        QCOMPARE(PaymentMethods::fromPayment(u"swish"_s, u"m_commerce"_s), u"swish"_s);
        QCOMPARE(PaymentMethods::fromPayment(u"billmate"_s, u"invoice"_s), u"invoice"_s);
        QCOMPARE(PaymentMethods::fromPayment(u"verifone"_s, QString()), u"card"_s);
    }

    void returnsCountOnTheDayOfTheRefundApart()
    {
        // A card sale on one day, refunded the next; a cash sale refunded the same day.
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"r.sqlite"_s), &error), qPrintable(error));
        ManualClock clock(QDateTime(m_day, QTime(10, 0), Qt::LocalTime).toUTC());
        SaleService sales(db, clock, VatTable::sweden());
        Cart cart;
        cart.addAmount(u"Vantar"_s, Money::fromOre(10000), VatClass::Standard);
        cart.addAmount(u"Honung"_s, Money::fromOre(5000), VatClass::Food);
        const qint64 card = sales.commands().commit(cart, &error);
        QVERIFY(sales.outcomes().recordOrderCreated(sales.queries().openJobs().first().id, card, u"po-card"_s));
        QVERIFY(sales.outcomes().recordLinkCreated(sales.queries().openJobs().first().id, card, u"pl-card"_s,
                                                   u"https://pay.example/"_s));
        QVERIFY(sales.outcomes().recordLinkStatus(card, LinkStatus::Completed));
        QVERIFY(sales.outcomes().recordOrderClosed(sales.queries().openJobs().first().id, card, u"card"_s));
        Cart small;
        small.addAmount(u"Bulle"_s, Money::fromOre(2000), VatClass::Food);
        const qint64 cash = sales.commands().commit(small, &error);
        QVERIFY(sales.commands().markPaidInCash(cash, &error));
        QVERIFY(sales.commands().requestRefund(cash, u"requested_by_customer"_s, {}, &error));
        clock.advanceMs(24 * 3600 * 1000);
        QVERIFY(sales.commands().requestRefund(card, u"other"_s, {}, &error));
        for (const OutboxJob &job : sales.queries().openJobs()) {
            if (job.kind == OutboxJob::Kind::Refund)
                QVERIFY(sales.outcomes().recordRefunded(job.id, card, EventRecord::refunded(u"p"_s, u"COMPLETED"_s)));
        }

        const DayReport first = DayReports::build(db, m_day);
        QCOMPARE(first.paidCount, 2); // both were sales that day
        QCOMPARE(first.gross.ore(), 17000);
        QCOMPARE(first.returnCount, 1); // the cash one went back the same day
        QCOMPARE(first.returnGross.ore(), 2000);
        QCOMPARE(first.returnMethods.size(), 1);
        QCOMPARE(first.returnMethods.first().method, u"cash"_s);
        const DayReport second = DayReports::build(db, m_day.addDays(1));
        QCOMPARE(second.paidCount, 0);
        QCOMPARE(second.returnCount, 1);
        QCOMPARE(second.returnGross.ore(), 15000);
        QCOMPARE(second.returnMethods.first().method, u"card"_s);
        QCOMPARE(second.returnVat.size(), 2);
        QCOMPARE(second.returnVat.at(0).basisPoints, 2500);
        QCOMPARE(second.returnVat.at(0).vat.ore(), 2000); // 25 % of 100,00 incl. VAT
        QCOMPARE(second.returnVat.at(1).vat.ore(),
                 vatOfGross(Money::fromOre(5000), second.returnVat.at(1).basisPoints).ore());

        Sale refunded;
        sales.queries().load(card, &refunded);
        const QStringList lines = QString::fromUtf8(DayCsv::sales(db, m_day.addDays(1))).split(u"\r\n"_s);
        QVERIFY2(lines.contains(
                     u"%1;2026-11-24;10:00:00;Return;Card;25;-100,00;-20,00;-80,00;"_s.arg(refunded.refundNumber)),
                 qPrintable(lines.join(u'\n')));
    }
};

QTEST_APPLESS_MAIN(TestDayReport)
#include "tst_dayreport.moc"
