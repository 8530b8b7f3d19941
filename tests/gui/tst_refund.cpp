#include "clock/clock.h"
#include "guitill.h"
#include "history/dayreport.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "print/dayreportrenderer.h"
#include "print/stalldetails.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/refunddialog.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "settings/appsettings.h"
#include "summary/daysummaryview.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// A refund as the seller makes it, in Swedish, against the built-in sandbox: a sale paid with
// Swish is refunded from the sale detail (reason, confirmation), its return receipt saved as a PDF
// and read back to the öre, and the day summary shows the return apart from the sales.
class TestRefund : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;
    qint64 m_sale = 0;

    // Swedish writes a minus as U+2212 and a no-break space before "kr"; compare in plain ASCII.
    static QString plain(QString s) { return s.replace(QChar(0xa0), u' ').replace(QChar(0x2212), u'-'); }
    static QString sv(Money m) { return plain(m.format(QLocale())); }
    static QString svPlain(Money m) { return plain(m.formatPlain(QLocale())); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.start(u"sv"_s, &error, GuiTill::NoWindow), qPrintable(error));
        Cart &cart = m_gui.till().cart();
        cart.addAmount(u"Ullvantar"_s, Money::fromOre(24900), VatClass::Standard);
        cart.addAmount(u"Honung 500 g"_s, Money::fromOre(8950), VatClass::Food);
        cart.setQuantity(1, 3);
        m_sale = m_gui.till().sales().commands().commit(cart, &error);
        cart.startNew();
        QVERIFY2(m_sale, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(m_sale).state == SaleState::LinkReady, 15000);
        // The customer pays with Swish (the sandbox's admin API plays the payer).
        QCOMPARE(m_gui.payer(m_gui.sale(m_sale).paymentLinkId, u"pay"_s), 200);
        m_gui.till().sync().pollSale(m_sale);
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(m_sale).state == SaleState::Paid && m_gui.sale(m_sale).orderClosed, 15000);
        QCOMPARE(m_gui.sale(m_sale).paymentMethod, u"swish"_s);
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
    }

    void refundFromTheSaleDetail()
    {
        QTest::keyClick(m_gui.window(), Qt::Key_F2);
        SaleDetailView *detail = m_gui.window()->salesView()->detail();
        detail->showSale(m_sale);
        QTRY_VERIFY(detail->refundButton()->isVisible());
        QVERIFY(!detail->cancelButton()->isVisible());
        QTest::mouseClick(detail->refundButton(), Qt::LeftButton);
        RefundDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = detail->findChild<RefundDialog *>()) && dialog->isVisible());
        // Nothing happens until the seller confirms.
        QCOMPARE(m_gui.sale(m_sale).state, SaleState::Paid);
        dialog->reasonChoice()->setCurrentIndex(0);
        QCOMPARE(dialog->reason(), u"requested_by_customer"_s);
        dialog->noteField()->setText(u"Fel storlek"_s);
        QVERIFY(plain(dialog->refundButton()->text()).contains(sv(m_gui.sale(m_sale).total)));
        QTest::mouseClick(dialog->refundButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_gui.sale(m_sale).state, SaleState::Refunded, 15000);
        QTRY_VERIFY(detail->savePdfButton()->text().contains(u"retur"_s));
        QVERIFY(!detail->refundButton()->isVisible());
        bool onTimeline = false;
        for (const SaleEvent &e : m_gui.till().sales().queries().timeline(m_sale))
            onTimeline = onTimeline || e.detail.contains(u"refund"_s);
        QVERIFY(onTimeline);
    }

    void returnReceiptToTheOre()
    {
        SaleDetailView *detail = m_gui.window()->salesView()->detail();
        const QString path = m_gui.path(u"retur.pdf"_s);
        m_gui.dialogs().chooseFile(path);
        QTest::mouseClick(detail->savePdfButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 10000);

        const Sale sale = m_gui.sale(m_sale);
        QVERIFY(sale.refundNumber > sale.number);
        const QString text = plain(PdfReader::layoutText(path)).simplified();
        QVERIFY2(text.contains(u"Retur %1"_s.arg(sale.refundNumber)), qPrintable(text));
        QVERIFY2(text.contains(u"kvitto %1"_s.arg(sale.number)), qPrintable(text));
        QVERIFY2(text.contains(u"-1 × Ullvantar -249,00"_s), qPrintable(text));
        QVERIFY2(text.contains(u"-3 × Honung 500 g -268,50"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Totalt "_s + sv(-sale.total)), qPrintable(text)); // -517,50 kr
        QCOMPARE(sale.total.ore(), 24900 + 3 * 8950);
        const VatBreakdown breakdown = sale.breakdown();
        for (const VatGroup &g : breakdown.groups()) {
            const QString row = u"%1 %2 %3 %4"_s.arg(QLocale().toString(g.basisPoints / 100.0) + u" %"_s,
                                                     svPlain(-g.net()), svPlain(-g.vat), svPlain(-g.gross));
            QVERIFY2(text.contains(row) || text.contains(QString(row).replace(u" %"_s, u"%"_s)), qPrintable(row));
        }
        QVERIFY2(text.contains(u"Återbetalt till Swish"_s), qPrintable(text));
        QVERIFY(text.contains(u"Fel storlek"_s));
    }

    void daySummaryShowsTheReturnApart()
    {
        DaySummaryView *summary = m_gui.window()->daySummaryView();
        summary->refresh();
        const Sale sale = m_gui.sale(m_sale);
        QVERIFY(summary->returnsLabel()->isVisibleTo(summary));
        QVERIFY2(plain(summary->returnsLabel()->text()).contains(sv(-sale.total)),
                 qPrintable(summary->returnsLabel()->text()));
        QCOMPARE(summary->returnMethodTable()->rowCount(), 1);
        QCOMPARE(plain(summary->returnMethodTable()->item(0, 2)->text()), sv(-sale.total));
        QCOMPARE(summary->returnVatTable()->rowCount(), int(sale.breakdown().groups().size()));
        // The sale itself still counts among the day's sales.
        QVERIFY(plain(summary->headline()->text()).contains(sv(sale.total)));

        // The printed day report has the returns too, apart and negative, to the öre.
        const DayReport report = DayReports::build(m_gui.till().database(), m_gui.till().clock().today());
        const QString pdf = m_gui.path(u"dag.pdf"_s);
        QString error;
        QVERIFY2(DayReportRenderer(report, StallDetails::fromSettings(m_gui.till().settings()),
                                   QDateTime::currentDateTimeUtc(), Paper::a4())
                     .saveAsPdf(pdf, &error),
                 qPrintable(error));
        const QString text = plain(PdfReader::layoutText(pdf)).simplified();
        QVERIFY2(text.contains(u"Returer 1"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Återbetalt inkl. moms "_s + sv(-sale.total)), qPrintable(text));
        QVERIFY2(text.contains(u"Swish 1 "_s + svPlain(-sale.total)), qPrintable(text));
    }
};

QTEST_MAIN(TestRefund)
#include "tst_refund.moc"
