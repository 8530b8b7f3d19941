#include "money/giro.h"
#include "money/money.h"
#include "money/ocr.h"
#include "money/vat.h"
#include "money/vatbreakdown.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void formatsInSwedishAndEnglish()
    {
        const QLocale sv(QLocale::Swedish, QLocale::Sweden);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money::fromOre(123450).format(sv), u"1\u00a0234,50\u00a0kr"_s);
        QCOMPARE(Money::fromOre(5).format(sv), u"0,05\u00a0kr"_s);
        QCOMPARE(Money::fromOre(-1250).formatPlain(sv),
                 u"\u2212"
                 "12,50"_s);
        QCOMPARE(Money::fromOre(123450).format(en),
                 u"SEK\u00a0"
                 "1,234.50"_s);
    }

    void parsesWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("ore");
        QTest::newRow("whole") << u"12"_s << true << qint64(1200);
        QTest::newRow("comma one decimal") << u"12,5"_s << true << qint64(1250);
        QTest::newRow("dot two decimals") << u"12.05"_s << true << qint64(1205);
        QTest::newRow("spaces and kr") << u" 1 234,50 kr"_s << true << qint64(123450);
        QTest::newRow("SEK prefix") << u"SEK 99"_s << true << qint64(9900);
        QTest::newRow("three decimals") << u"1,005"_s << false << qint64(0);
        QTest::newRow("letters") << u"tolv"_s << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("two separators") << u"1.2.3"_s << false << qint64(0);
    }
    void parsesWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, ore);
        Money m = Money::fromOre(-1);
        QCOMPARE(Money::parse(text, &m), ok);
        QCOMPARE(m.ore(), ok ? ore : -1);
    }

    void vatOfGrossRoundsHalfAwayFromZero()
    {
        QCOMPARE(vatOfGross(Money::fromOre(12500), 2500).ore(), 2500); // 125 kr incl. 25 % → 25 kr
        QCOMPARE(vatOfGross(Money::fromOre(11200), 1200).ore(), 1200);
        QCOMPARE(vatOfGross(Money::fromOre(10600), 600).ore(), 600);
        QCOMPARE(vatOfGross(Money::fromOre(8900), 600).ore(), 504); // 503.77 → 504
        QCOMPARE(vatOfGross(Money::fromOre(5), 2500).ore(), 1); // exactly 1.0
        QCOMPARE(vatOfGross(Money::fromOre(2), 2500).ore(), 0); // 0.4 → 0
        QCOMPARE(vatOfGross(Money::fromOre(-8900), 600).ore(), -504); // refunds mirror sales
        QCOMPARE(vatOfGross(Money::fromOre(99999), 0).ore(), 0);
        // An exact half öre: 14 öre at 12 % holds 14 * 12 / 112 = 1.5 öre of VAT, which rounds up.
        QCOMPARE(vatOfGross(Money::fromOre(14), 1200).ore(), 2);
        QCOMPARE(vatOfGross(Money::fromOre(-14), 1200).ore(), -2);
    }

    void foodRateFollowsItsValidityPeriod()
    {
        const VatTable &t = VatTable::sweden();
        QCOMPARE(t.basisPointsFor(VatClass::Food, QDate(2026, 3, 31)), 1200);
        QCOMPARE(t.basisPointsFor(VatClass::Food, QDate(2026, 4, 1)), 600);
        QCOMPARE(t.basisPointsFor(VatClass::Food, QDate(2027, 12, 31)), 600);
        QCOMPARE(t.basisPointsFor(VatClass::Food, QDate(2028, 1, 1)), 1200);
        QCOMPARE(t.basisPointsFor(VatClass::Standard, QDate(2026, 11, 23)), 2500);
        QCOMPARE(t.basisPointsFor(VatClass::Reduced12, QDate(2026, 11, 23)), 1200);
        QCOMPARE(t.basisPointsFor(VatClass::Reduced6, QDate(2026, 11, 23)), 600);
        QCOMPARE(t.basisPointsFor(VatClass::Exempt, QDate(2026, 11, 23)), 0);
    }

    void everyClassHasExactlyOneRateOnEveryDay()
    {
        const VatTable &t = VatTable::sweden();
        for (QDate day(2020, 1, 1); day <= QDate(2030, 12, 31); day = day.addDays(1)) {
            for (VatClass c :
                 {VatClass::Standard, VatClass::Food, VatClass::Reduced12, VatClass::Reduced6, VatClass::Exempt}) {
                int matches = 0;
                for (const VatRate &r : t.rates())
                    matches += (r.vatClass == c && r.isValidOn(day)) ? 1 : 0;
                QVERIFY2(matches == 1, qPrintable(day.toString(Qt::ISODate)));
            }
        }
    }

    // Property: over many random carts, per-rate VAT is the exact VAT of the rate's total rounded to
    // the nearest öre, the groups add up to the cart, and nothing drifts.
    void breakdownPropertyOverRandomCarts()
    {
        QRandomGenerator random(20261123);
        const int rates[] = {2500, 1200, 600, 0};
        for (int cart = 0; cart < 20000; ++cart) {
            VatBreakdown breakdown;
            qint64 expectedTotal = 0;
            QHash<int, qint64> expectedPerRate;
            const int lines = 1 + int(random.bounded(12));
            for (int i = 0; i < lines; ++i) {
                const int bp = rates[random.bounded(4)];
                const qint64 unit = qint64(random.bounded(1, 5000000)); // up to 50 000 kr
                const qint64 quantity = qint64(random.bounded(1, 50));
                breakdown.add(bp, Money::fromOre(unit) * quantity);
                expectedTotal += unit * quantity;
                expectedPerRate[bp] += unit * quantity;
            }
            QCOMPARE(breakdown.gross().ore(), expectedTotal);
            QCOMPARE(breakdown.net() + breakdown.vat(), breakdown.gross());
            QCOMPARE(breakdown.groups().size(), expectedPerRate.size());
            qint64 vatSum = 0;
            int previousBp = 1000000;
            for (const VatGroup &g : breakdown.groups()) {
                QVERIFY(g.basisPoints < previousBp); // highest rate first, each rate once
                previousBp = g.basisPoints;
                QCOMPARE(g.gross.ore(), expectedPerRate.value(g.basisPoints));
                // |vat - gross*bp/(10000+bp)| <= 1/2, checked in integers.
                const qint64 denominator = 10000 + g.basisPoints;
                const qint64 error = g.vat.ore() * denominator - g.gross.ore() * g.basisPoints;
                QVERIFY2(2 * std::abs(error) <= denominator, qPrintable(u"cart %1"_s.arg(cart)));
                vatSum += g.vat.ore();
            }
            QCOMPARE(breakdown.vat().ore(), vatSum);
        }
    }

    void ocrNumbersCarryLuhnAndLengthDigits()
    {
        QCOMPARE(Ocr::luhnCheckDigit(u"7992739871"_s), 3);
        QVERIFY(Ocr::isValid(u"79927398713"_s));
        QVERIFY(!Ocr::isValid(u"79927398712"_s));
        QVERIFY(!Ocr::isValid(u"7992 7398713"_s));
        const QString made = Ocr::make(u"12345"_s);
        QCOMPARE(made.size(), 7);
        QCOMPARE(made.left(6), u"123457"_s); // length digit 7
        QVERIFY(Ocr::isValid(made, true));
        // A right Luhn digit but a wrong length digit (says 7, the number has 6 digits).
        const QString wrongLength = u"12347"_s + QString::number(Ocr::luhnCheckDigit(u"12347"_s));
        QVERIFY(Ocr::isValid(wrongLength, false));
        QVERIFY(!Ocr::isValid(wrongLength, true));
        // Every invoice number's reference is valid with its length digit; a typo is caught.
        for (qint64 number : {1, 7, 42, 999, 1000, 123456789}) {
            const QString ocr = Ocr::make(QString::number(number));
            QVERIFY2(Ocr::isValid(ocr, true), qPrintable(ocr));
            QString typo = ocr;
            typo[0] = QChar(u'0' + (typo.at(0).digitValue() + 1) % 10);
            QVERIFY2(!Ocr::isValid(typo, true), qPrintable(typo));
        }
        QVERIFY(!Ocr::isValid(u"1"_s));
        QVERIFY(!Ocr::isValid(u"12a4"_s));
    }

    void giroNumbersAreCheckedAndWrittenTheUsualWay()
    {
        QString out;
        QVERIFY(Giro::checkBankgiro(u"5551239"_s, &out));
        QCOMPARE(out, u"555-1239"_s);
        QVERIFY(Giro::checkBankgiro(u" 555-1239 "_s, &out));
        QVERIFY(Giro::checkBankgiro(u"5050-1055"_s, &out)); // eight digits
        QCOMPARE(out, u"5050-1055"_s);
        QVERIFY(!Giro::checkBankgiro(u"555-1238"_s, &out)); // wrong check digit
        QVERIFY(!Giro::checkBankgiro(u"55512"_s, &out)); // too short
        QVERIFY(!Giro::checkBankgiro(u"555/1239"_s, &out));
        QVERIFY(Giro::checkPlusgiro(u"12345-5"_s, &out)); // 5 is the Luhn digit of 12345
        QCOMPARE(out, u"12345-5"_s);
        QVERIFY(Giro::checkPlusgiro(u"1 23 45-5"_s, &out));
        QVERIFY(!Giro::checkPlusgiro(u"12345-6"_s, &out));
        QVERIFY(!Giro::checkPlusgiro(u"1"_s, &out));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
