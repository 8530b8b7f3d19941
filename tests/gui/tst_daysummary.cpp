#include "clock/clock.h"
#include "guitill.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "screenshot.h"
#include "summary/daysummaryview.h"
#include "till/till.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The day summary as the seller reads it in the evening: F4, the totals, another day with Page
// Up/Down, a sale settled while looking, the CSV for the bookkeeper, and midnight passing. The
// till runs on a clock the test moves: two minutes before midnight of a fixed day.
class TestDaySummary : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;
    const QDate m_day {2026, 11, 23};
    ManualClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(23, 58), Qt::LocalTime).toUTC()};

    qint64 sell(qint64 ore, VatClass vatClass)
    {
        m_gui.till().cart().addAmount(u"Vara"_s, Money::fromOre(ore), vatClass);
        QString error;
        const qint64 id = m_gui.till().sales().commands().commit(m_gui.till().cart(), &error);
        m_gui.till().cart().startNew();
        return id;
    }
    DaySummaryView *view() const { return m_gui.window()->daySummaryView(); }

private slots:
    void initTestCase()
    {
        m_gui.setClock(&m_clock);
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error), qPrintable(error));
        QVERIFY(m_gui.till().sales().commands().markPaidInCash(sell(12500, VatClass::Standard), &error));
        QVERIFY(m_gui.till().sales().commands().markPaidInCash(sell(5000, VatClass::Reduced12), &error));
        sell(3000, VatClass::Standard); // open
        QVERIFY(m_gui.till().sales().commands().cancel(sell(100, VatClass::Standard), &error));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
    }

    void showsTodaysTakings()
    {
        QTest::keyClick(m_gui.window(), Qt::Key_F4);
        QVERIFY(view()->isVisible());
        QCOMPARE(view()->dayField()->date(), m_day);
        const QLocale locale;
        QCOMPARE(view()->headline()->text(),
                 u"2 paid sales, %1 in all, of which VAT %2"_s.arg(Money::fromOre(17500).format(locale),
                                                                   Money::fromOre(2500 + 536).format(locale)));
        QVERIFY(view()->openLabel()->text().contains(
            u"1 sale still open, %1 not paid yet"_s.arg(Money::fromOre(3000).format(locale))));
        QVERIFY(view()->openLabel()->text().contains(u"1 cancelled"_s));
        QCOMPARE(view()->vatTable()->rowCount(), 2);
        QCOMPARE(view()->vatTable()->item(0, 0)->text(), u"25 %"_s);
        QCOMPARE(view()->vatTable()->item(1, 2)->text(), Money::fromOre(536).format(locale));
        QCOMPARE(view()->methodTable()->rowCount(), 1);
        QCOMPARE(view()->methodTable()->item(0, 0)->text(), u"Cash"_s);
        QCOMPARE(view()->methodTable()->item(0, 1)->text(), u"2"_s);
        screenshot(m_gui.window(), "day-summary-en");
    }

    void anotherDayAndBack()
    {
        QTest::keyClick(m_gui.window(), Qt::Key_PageUp);
        QTRY_COMPARE(view()->dayField()->date(), m_gui.till().clock().today().addDays(-1));
        QVERIFY(view()->headline()->text().startsWith(u"0 paid sales"_s));
        QVERIFY(!view()->exportButton()->isEnabled());
        QTest::keyClick(m_gui.window(), Qt::Key_PageDown);
        QTRY_COMPARE(view()->dayField()->date(), m_gui.till().clock().today());
        QVERIFY(view()->headline()->text().startsWith(u"2 paid sales"_s));
    }

    void followsSalesSettledWhileShown()
    {
        QString error;
        QVERIFY(m_gui.till().sales().commands().markPaidInCash(sell(1000, VatClass::Exempt), &error));
        QTRY_VERIFY(view()->headline()->text().startsWith(u"3 paid sales"_s));
        QCOMPARE(view()->vatTable()->rowCount(), 3);
    }

    QList<QByteArray> exported(DaySummaryView::Export what, const QString &name)
    {
        QString error;
        const QString path = m_gui.path(name);
        if (!view()->exportTo(path, &error, what))
            qWarning("%s", qPrintable(error));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll().split('\n');
    }

    void exportsTheDaysSales()
    {
        // Takings only in the paid columns; the open and the cancelled sale carry theirs apart.
        const QList<QByteArray> lines = exported(DaySummaryView::Export::Sales, u"day.csv"_s);
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("Number;Date;Time;Status;Payment method;VAT rate (%);Paid (gross);VAT;Net;Unpaid (gross)"));
        QVERIFY(lines.at(1).startsWith("1;"));
        QVERIFY(lines.at(1).contains(";Paid in cash;Cash;25;125,00;25,00;100,00;\r"));
        QVERIFY(lines.at(3).contains(";Waiting for network;;25;;;;30,00\r"));
        QVERIFY(lines.at(4).contains(";Cancelled;;25;;;;1,00\r"));
        QCOMPARE(lines.size(), 1 + 5 + 1); // five sales, one rate each, and the last line break
    }

    void exportsTheSoldItems()
    {
        QVERIFY(view()->exportLinesButton()->isEnabled());
        const QList<QByteArray> lines = exported(DaySummaryView::Export::Lines, u"items.csv"_s);
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("Number;Date;Time;Product;Quantity;Unit price;VAT rate (%);Amount"));
        QVERIFY(lines.at(1).startsWith("1;"));
        QVERIFY(lines.at(1).endsWith(";Vara;1;125,00;25;125,00\r"));
        QCOMPARE(lines.size(), 1 + 3 + 1); // the three paid sales' lines only
    }

    void exportsInTheSellersLanguage()
    {
        Language::apply(u"sv"_s);
        const QList<QByteArray> lines = exported(DaySummaryView::Export::Sales, u"dag.csv"_s);
        const QList<QByteArray> items = exported(DaySummaryView::Export::Lines, u"varor.csv"_s);
        // Qt's own words in the file dialog that asks where to save, and on its buttons.
        const QString back = QCoreApplication::translate("QFileDialog", "Back");
        QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
        const QString save = buttons.button(QDialogButtonBox::Save)->text();
        Language::apply(u"en"_s);
        QCOMPARE(back, u"Tillbaka"_s); // Debian's qt_sv.qm
        QCOMPARE(cancel, u"Avbryt"_s);
        QCOMPARE(save, u"Spara"_s);
        QCOMPARE(lines.first().trimmed(),
                 QString(u"Nummer;Datum;Tid;Status;Betalsätt;Momssats (%);Betalt (brutto);Moms;"
                         u"Netto;Obetalt (brutto)"_s)
                     .toUtf8());
        QVERIFY(lines.at(1).contains(";Betald kontant;Kontant;25;125,00;25,00;100,00;\r"));
        QVERIFY(lines.at(4).contains(";Avbruten;;25;;;;1,00\r"));
        QCOMPARE(items.first().trimmed(),
                 QString(u"Nummer;Datum;Tid;Vara;Antal;Styckpris;Momssats (%);Belopp"_s).toUtf8());
    }

    // A sale two minutes after midnight is the next day's: the evening's day keeps its takings.
    void aSaleAfterMidnightCountsForTheNextDay()
    {
        m_clock.advanceMs(3 * 60 * 1000);
        QCOMPARE(m_gui.till().clock().today(), m_day.addDays(1));
        QString error;
        QVERIFY(m_gui.till().sales().commands().markPaidInCash(sell(4200, VatClass::Standard), &error));
        QTRY_COMPARE(view()->dayField()->date(), m_day); // the shown day stays the one chosen
        QVERIFY(view()->headline()->text().startsWith(u"3 paid sales"_s));
        QTest::keyClick(m_gui.window(), Qt::Key_PageDown);
        QTRY_COMPARE(view()->dayField()->date(), m_day.addDays(1));
        QTRY_VERIFY2(view()->headline()->text().startsWith(u"1 paid sale,"_s), qPrintable(view()->headline()->text()));
    }
};

QTEST_MAIN(TestDaySummary)
#include "tst_daysummary.moc"
