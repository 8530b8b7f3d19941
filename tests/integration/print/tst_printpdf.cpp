#include "clock/clock.h"
#include "history/dayreport.h"
#include "money/vat.h"
#include "pdfreader.h"
#include "print/dayreportrenderer.h"
#include "print/receiptrenderer.h"
#include "print/returnreceiptrenderer.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"
#include "till/till.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Receipts and day reports of real sales in SQLite, saved as PDF and read back with poppler: the
// numbers on paper are the sale's and its VatBreakdown's to the öre, on 80 and 58 mm rolls and A4;
// an unpaid sale's QR (from the demo till's embedded Ping sandbox) decodes to its checkout_url.
class TestPrintPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SaleService> m_sales;
    const QDate m_day {2026, 11, 23}; // food is 6 % (2026-04-01 to 2027-12-31)
    qint64 m_twoRates = 0;
    qint64 m_cash = 0;
    qint64 m_open = 0;
    const QLocale m_locale {QLocale::English, QLocale::UnitedKingdom};

    static StallDetails stall()
    {
        StallDetails s;
        s.name = u"Bigårdens honung"_s;
        s.organizationNumber = u"556677-8899"_s;
        s.vatNumber = u"SE556677889901"_s;
        s.street = u"Storgatan 1"_s;
        s.zip = u"271 39"_s;
        s.city = u"Ystad"_s;
        return s;
    }
    static Product product(const char *name, qint64 ore, VatClass vatClass)
    {
        Product p;
        p.id = qHash(QByteArray(name)) % 1000 + 1;
        p.name = QString::fromUtf8(name);
        p.price = Money::fromOre(ore);
        p.vatClass = vatClass;
        return p;
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
    Sale load(qint64 id)
    {
        Sale sale;
        if (!m_sales->queries().load(id, &sale))
            qWarning("no sale %lld", id);
        return sale;
    }
    QString save(const PrintDocument &document, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!document.saveAsPdf(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    static QString squeeze(const QString &s) { return s.simplified(); }
    // A line of the PDF's text that reads like `cells` with any spacing between them.
    // (The narrow space of "6 %" may come back as none: the percent sign is matched either way.)
    static bool hasLine(const QString &text, const QStringList &cells)
    {
        QStringList escaped;
        for (const QString &c : cells)
            escaped.append(QRegularExpression::escape(c).replace(u"\\ \\%"_s, u"\\s*%"_s));
        const QRegularExpression line(u"(^|\\n)\\s*"_s + escaped.join(u"\\s+"_s) + u"\\s*(\\n|$)"_s);
        return line.match(text).hasMatch();
    }
    QString plain(Money m) const { return m.formatPlain(m_locale); }
    QString rate(int bp) const { return m_locale.toString(bp / 100.0) + u" %"_s; }

    // Every line, the total and every VAT row of the sale, as numbers the sale itself gives.
    // `wrapped`: a description too long for one line, checked word by word elsewhere.
    void checkReceiptText(const QString &text, const Sale &sale, const QString &wrapped = {})
    {
        QVERIFY2(hasLine(text, {u"Bigårdens honung"_s}), qPrintable(text));
        QVERIFY(text.contains(u"Org. no. 556677-8899"_s));
        QVERIFY(text.contains(u"VAT reg. no. SE556677889901"_s));
        QVERIFY(hasLine(text, {u"271 39 Ystad"_s}));
        QVERIFY2(hasLine(text,
                         {u"Receipt %1"_s.arg(sale.number), sale.createdAt.toLocalTime().toString(u"yyyy-MM-dd"_s),
                          sale.createdAt.toLocalTime().toString(u"HH:mm"_s)}),
                 qPrintable(text));
        for (const SaleLine &line : sale.lines) {
            if (line.description == wrapped)
                continue;
            QVERIFY2(hasLine(text, {u"%1 × %2"_s.arg(line.quantity).arg(line.description), plain(line.total())}),
                     qPrintable(line.description + u"\n"_s + text));
        }
        QVERIFY2(hasLine(text, {u"Total"_s, sale.total.format(m_locale).replace(QChar(0x00a0), u' ')}),
                 qPrintable(text));
        const VatBreakdown breakdown = sale.breakdown();
        QVERIFY(hasLine(text, {u"VAT %"_s, u"Net"_s, u"VAT"_s, u"Gross"_s}));
        for (const VatGroup &g : breakdown.groups()) {
            QVERIFY2(hasLine(text, {rate(g.basisPoints), plain(g.net()), plain(g.vat), plain(g.gross)}),
                     qPrintable(rate(g.basisPoints) + u"\n"_s + text));
        }
        if (breakdown.groups().size() > 1)
            QVERIFY(
                hasLine(text, {u"Sum"_s, plain(breakdown.net()), plain(breakdown.vat()), plain(breakdown.gross())}));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(m_locale);
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"till.sqlite"_s), &error), qPrintable(error));
        m_clock = std::make_unique<ManualClock>(QDateTime(m_day, QTime(14, 3), Qt::LocalTime).toUTC());
        m_sales = std::make_unique<SaleService>(m_db, *m_clock, VatTable::sweden());

        Cart cart;
        cart.addProduct(product("Ullvantar", 24900, VatClass::Standard));
        cart.addProduct(product("Keramikmugg", 18000, VatClass::Standard));
        cart.setQuantity(1, 2);
        cart.addAmount(u"Bulle"_s, Money::fromOre(1000), VatClass::Food);
        cart.addAmount(u"Kaka"_s, Money::fromOre(1000), VatClass::Food);
        m_twoRates = m_sales->commands().commit(cart, &error);
        QVERIFY2(m_twoRates, qPrintable(error));
        paidBy(m_twoRates, u"swish"_s);

        Cart books;
        books.addProduct(product("Receptbok", 19900, VatClass::Reduced6));
        books.addAmount(u"Pant"_s, Money::fromOre(100), VatClass::Exempt);
        m_cash = m_sales->commands().commit(books, &error);
        QVERIFY(m_sales->commands().markPaidInCash(m_cash, &error));

        Cart open;
        open.addAmount(u"Kaffe i mugg"_s, Money::fromOre(3000), VatClass::Reduced12);
        m_open = m_sales->commands().commit(open, &error);
        QVERIFY(m_open);
    }

    void twoRatesAgreeWithTheSaleToTheOre()
    {
        const Sale sale = load(m_twoRates);
        QCOMPARE(sale.lines.size(), 4);
        const VatBreakdown breakdown = sale.breakdown();
        QCOMPARE(breakdown.groups().size(), 2);
        QCOMPARE(breakdown.groups().at(0).basisPoints, 2500);
        QCOMPARE(breakdown.groups().at(1).basisPoints, 600);
        // The rounding case: VAT on each 10,00 line is 0,566 → 0,57, twice 1,14; on the rate's
        // total of 20,00 it is 1,132 → 1,13, which is what the receipt must say.
        QCOMPARE(breakdown.groups().at(1).vat.ore(), 113);
        QCOMPARE(vatOfGross(Money::fromOre(1000), 600).ore() * 2, 114);

        const QString pdf = save(ReceiptRenderer(sale, stall(), Paper::roll(80)), u"receipt-80.pdf"_s);
        const QString text = PdfReader::layoutText(pdf);
        checkReceiptText(text, sale);
        QVERIFY(hasLine(text, {u"6 %"_s, u"18.87"_s, u"1.13"_s, u"20.00"_s}));
        QVERIFY(!text.contains(u"1.14"_s));
        QVERIFY(hasLine(text, {u"180.00 each"_s}));
        QVERIFY(hasLine(text, {u"Paid with Swish"_s}));
        QVERIFY(hasLine(text, {u"Thank you for your purchase!"_s}));
    }

    void rollIsAsLongAsItsContent()
    {
        const Sale sale = load(m_twoRates);
        const QList<PdfPage> pages =
            PdfReader::pages(save(ReceiptRenderer(sale, stall(), Paper::roll(80)), u"r.pdf"_s));
        QCOMPARE(pages.size(), 1);
        const PdfPage &page = pages.first();
        QVERIFY(qAbs(page.width - 80 * PdfReader::pointsPerMm) < 0.5);
        // The last line is the thank-you, 10 mm of tear-off room below it (and at most 1 mm more,
        // the height being rounded up to whole millimetres).
        double lastLine = 0;
        for (const PdfWord &w : page.words)
            lastLine = qMax(lastLine, w.yMax);
        const double below = (page.height - lastLine) / PdfReader::pointsPerMm;
        QVERIFY2(below > 9.5 && below < 12.5, qPrintable(QString::number(below)));
        QCOMPARE(page.words.last().text, u"purchase!"_s);

        // More lines, longer paper.
        Sale longer = sale;
        for (int i = 0; i < 10; ++i)
            longer.lines.append(sale.lines.first());
        const QList<PdfPage> longerPages =
            PdfReader::pages(save(ReceiptRenderer(longer, stall(), Paper::roll(80)), u"r2.pdf"_s));
        QCOMPARE(longerPages.size(), 1);
        QVERIFY(longerPages.first().height > page.height + 10 * 3 * PdfReader::pointsPerMm);
    }

    void cashSaleAtSixAndZeroPercent()
    {
        const Sale sale = load(m_cash);
        const QString text = PdfReader::layoutText(save(ReceiptRenderer(sale, stall(), Paper::roll(80)), u"c.pdf"_s));
        checkReceiptText(text, sale);
        QVERIFY(hasLine(text, {u"0 %"_s, u"1.00"_s, u"0.00"_s, u"1.00"_s}));
        QVERIFY(hasLine(text, {u"Paid in cash"_s}));
    }

    void narrowRollCutsNothing()
    {
        Sale sale = load(m_twoRates);
        SaleLine longLine = sale.lines.first();
        longLine.description = u"Handstickade ullvantar i tjock tvåtrådsstickning, storlek M, färg skogsgrön"_s;
        sale.lines.append(longLine);
        sale.total += longLine.total();
        const QString pdf = save(ReceiptRenderer(sale, stall(), Paper::roll(58)), u"receipt-58.pdf"_s);
        const QList<PdfPage> pages = PdfReader::pages(pdf);
        QCOMPARE(pages.size(), 1);
        const PdfPage &page = pages.first();
        QVERIFY(qAbs(page.width - 58 * PdfReader::pointsPerMm) < 0.5);
        // Every word lies inside the 48 mm a 58 mm thermal head prints (5 mm from each edge).
        const double left = 5 * PdfReader::pointsPerMm - 0.5, right = 53 * PdfReader::pointsPerMm + 0.5;
        QStringList words;
        for (const PdfWord &w : page.words) {
            QVERIFY2(w.xMin >= left && w.xMax <= right,
                     qPrintable(u"%1 at %2–%3 pt"_s.arg(w.text).arg(w.xMin).arg(w.xMax)));
            words.append(w.text);
        }
        for (const QString &word : longLine.description.split(u' '))
            QVERIFY2(words.contains(word), qPrintable(word));
        // The short lines still read whole, with their amounts, and so do the total and VAT.
        checkReceiptText(PdfReader::layoutText(pdf), sale, longLine.description);
        QVERIFY(words.contains(plain(longLine.total())));
    }

    // SKVFS 2014:9 7 kap. 1 §: name and org. number, sales address, date and time, the receipt's
    // number, the till's id, articles with count and price incl. VAT, total, VAT per rate, payment
    // method; a reprint says KOPIA at least twice as high as the amounts.
    void receiptMeetsTheCashRegisterRules()
    {
        const Sale sale = load(m_twoRates);
        StallDetails s = stall();
        s.tillId = u"SP-1A2B3C4D"_s;
        ReceiptRenderer original(sale, s, Paper::roll(80));
        const QString text = PdfReader::layoutText(save(original, u"original.pdf"_s));
        checkReceiptText(text, sale);
        QVERIFY(hasLine(text, {u"Storgatan 1"_s}));
        QVERIFY(hasLine(text, {u"Till SP-1A2B3C4D"_s}));
        QVERIFY(hasLine(text, {u"Paid with Swish"_s}));
        QVERIFY(!text.contains(u"KOPIA"_s));

        ReceiptRenderer copy(sale, s, Paper::roll(80));
        copy.setCopy(true);
        const QString pdf = save(copy, u"copy.pdf"_s);
        if (const QString dir = qEnvironmentVariable("STALLPAY_SCREENSHOT_DIR"); !dir.isEmpty())
            PdfReader::renderPng(pdf, dir + u"/receipt-copy-en.png"_s, 150); // docs/screenshots
        checkReceiptText(PdfReader::layoutText(pdf), sale);
        const QList<PdfPage> pages = PdfReader::pages(pdf);
        QCOMPARE(pages.size(), 1);
        double amountHeight = 0;
        QList<double> kopia;
        for (const PdfWord &w : pages.first().words) {
            if (w.text == u"KOPIA"_s)
                kopia.append(w.yMax - w.yMin);
            // Every amount on the receipt, the total in its bigger type among them.
            if (w.text.contains(QRegularExpression(u"^\\d[\\d,]*\\.\\d\\d$"_s)))
                amountHeight = qMax(amountHeight, w.yMax - w.yMin);
        }
        QCOMPARE(kopia.size(), 2); // at the top and at the bottom
        QVERIFY(amountHeight > 0);
        for (double h : kopia)
            QVERIFY2(h >= 2 * amountHeight, qPrintable(u"%1 vs %2"_s.arg(h).arg(amountHeight)));
    }

    // A reprinted return receipt says KOPIA like a receipt: only once the return receipt itself was
    // printed or saved (the sale's receipt printed before the refund does not make it a copy).
    void returnReceiptReprintSaysKopia()
    {
        // On a day of its own, so the day report below sees only its own sales.
        ManualClock clock(QDateTime(m_day.addDays(-3), QTime(9, 30), Qt::LocalTime).toUTC());
        SaleService sales(m_db, clock, VatTable::sweden());
        Cart cart;
        cart.addAmount(u"Ullsockor"_s, Money::fromOre(15900), VatClass::Standard);
        cart.addAmount(u"Bulle"_s, Money::fromOre(2500), VatClass::Food);
        QString error;
        const qint64 id = sales.commands().commit(cart, &error);
        QVERIFY(sales.commands().markPaidInCash(id, &error));
        QVERIFY(sales.commands().recordReceiptIssued(id, u"printed"_s));
        QVERIFY(sales.queries().receiptIssued(id));
        QVERIFY2(sales.commands().requestRefund(id, u"requested_by_customer"_s, {}, &error), qPrintable(error));
        Sale sale;
        QVERIFY(sales.queries().load(id, &sale));
        QCOMPARE(sale.state, SaleState::Refunded);
        QVERIFY(!sales.queries().receiptIssued(id, true)); // the first return receipt is the original
        ReturnReceiptRenderer original(sale, stall(), Paper::roll(80));
        original.setCopy(sales.queries().receiptIssued(id, true));
        const QString originalText = PdfReader::layoutText(save(original, u"return.pdf"_s));
        QVERIFY2(originalText.contains(u"Return %1"_s.arg(sale.refundNumber)), qPrintable(originalText));
        QVERIFY(!originalText.contains(u"KOPIA"_s));

        QVERIFY(sales.commands().recordReceiptIssued(id, u"printed"_s, true));
        QVERIFY(sales.queries().receiptIssued(id, true));
        ReturnReceiptRenderer copy(sale, stall(), Paper::roll(80));
        copy.setCopy(sales.queries().receiptIssued(id, true));
        const QString pdf = save(copy, u"return-copy.pdf"_s);
        if (const QString dir = qEnvironmentVariable("STALLPAY_SCREENSHOT_DIR"); !dir.isEmpty())
            PdfReader::renderPng(pdf, dir + u"/return-receipt-copy-en.png"_s, 150); // docs/screenshots
        const QString text = PdfReader::layoutText(pdf);
        QVERIFY(text.contains(u"-"_s + plain(sale.total)));
        const QList<PdfPage> pages = PdfReader::pages(pdf);
        QCOMPARE(pages.size(), 1);
        double amountHeight = 0;
        QList<double> kopia;
        for (const PdfWord &w : pages.first().words) {
            if (w.text == u"KOPIA"_s)
                kopia.append(w.yMax - w.yMin);
            if (w.text.contains(QRegularExpression(u"^-?\\d[\\d,]*\\.\\d\\d$"_s)))
                amountHeight = qMax(amountHeight, w.yMax - w.yMin);
        }
        QCOMPARE(kopia.size(), 2); // at the top and at the bottom
        QVERIFY(amountHeight > 0);
        for (double h : kopia)
            QVERIFY2(h >= 2 * amountHeight, qPrintable(u"%1 vs %2"_s.arg(h).arg(amountHeight)));
        // Its timeline says which was printed.
        QStringList details;
        for (const SaleEvent &e : sales.queries().timeline(id))
            details.append(e.detail);
        QVERIFY(details.contains(u"receipt printed"_s));
        QVERIFY(details.contains(u"return receipt printed"_s));
    }

    void unpaidSaleCarriesItsLinkAsAQrCode()
    {
        // A demo till: the embedded Ping sandbox makes a real payment link for the sale.
        QTemporaryDir dataDir;
        Till till;
        Till::Options options;
        options.dataDir = dataDir.path();
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        QVERIFY(till.isDemo());
        QSignalSpy ready(&till, &Till::apiReady);
        till.connectApi();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        till.cart().addAmount(u"Ullvantar"_s, Money::fromOre(24900), VatClass::Standard);
        const qint64 id = till.sales().commands().commit(till.cart(), &error);
        QVERIFY2(id, qPrintable(error));
        Sale sale;
        QTRY_VERIFY_WITH_TIMEOUT(till.sales().queries().load(id, &sale) && sale.state == SaleState::LinkReady, 15000);
        QVERIFY(sale.checkoutUrl.startsWith(till.sandboxUrl().toString()));

        for (int width : {80, 58}) {
            const QString pdf = save(ReceiptRenderer(sale, stall(), Paper::roll(width)), u"unpaid-%1.pdf"_s.arg(width));
            const QString text = PdfReader::layoutText(pdf);
            QVERIFY(hasLine(text, {u"Not paid yet"_s}));
            QVERIFY(!text.contains(u"Thank you for your purchase"_s)); // thanks come with the money
            QVERIFY(text.contains(u"Scan the code with your phone to pay"_s));
            const QString png = m_dir.filePath(u"unpaid-%1.png"_s.arg(width));
            const QString rendered = PdfReader::renderPng(pdf, png, 300);
            QVERIFY2(rendered.isEmpty(), qPrintable(rendered));
            QCOMPARE(PdfReader::decodeQr(png), sale.checkoutUrl);
            // The link is printed too, wrapped inside the paper, for a payer without a camera.
            QVERIFY(squeeze(text).remove(u' ').contains(sale.checkoutUrl));
        }
    }

    // The printed link reads back as the very characters of the link, whatever its port and id:
    // every id of a seeded series, on both rolls. Hex ids often hold "ff", which a shaped font set
    // as one ligature glyph that PDF readers give back as U+FB00.
    void everyPrintedLinkReadsBackWhole()
    {
        Sale sale = load(m_open);
        sale.state = SaleState::LinkReady;
        QRandomGenerator random(20261201);
        const QString hex = u"0123456789abcdef"_s;
        int withFf = 0;
        for (int i = 0; i < 24; ++i) {
            QString id;
            for (int d = 0; d < 32; ++d)
                id.append(hex.at(random.bounded(16)));
            for (int at : {20, 16, 12, 8})
                id.insert(at, u'-');
            if (i == 0)
                id.replace(0, 2, u"ff"_s); // at least one for certain
            withFf += id.contains(u"ff"_s) ? 1 : 0;
            sale.checkoutUrl = u"http://127.0.0.1:%1/checkout/%2"_s.arg(1024 + random.bounded(64511)).arg(id);
            for (int width : {80, 58}) {
                const QString text = PdfReader::layoutText(
                    save(ReceiptRenderer(sale, stall(), Paper::roll(width)), u"link-%1.pdf"_s.arg(width)));
                QVERIFY2(squeeze(text).remove(u' ').contains(sale.checkoutUrl),
                         qPrintable(sale.checkoutUrl + u"\n"_s + text));
            }
        }
        QVERIFY(withFf >= 3);
    }

    void dayReportHasTheDaysFigures()
    {
        const DayReport report = DayReports::build(m_db, m_day);
        QCOMPARE(report.paidCount, 2);
        const QDateTime printed(m_day, QTime(18, 30), Qt::LocalTime);
        for (const Paper &paper : {Paper::a4(), Paper::roll(80), Paper::roll(58)}) {
            const QString pdf = save(DayReportRenderer(report, stall(), printed, paper), u"day.pdf"_s);
            const QString text = PdfReader::layoutText(pdf);
            QVERIFY2(hasLine(text, {u"Day report"_s}), qPrintable(text));
            QVERIFY(text.contains(u"Monday, 23 November 2026"_s) || text.contains(u"Monday 23 November 2026"_s));
            QVERIFY(hasLine(text, {u"Paid sales"_s, u"2"_s}));
            QVERIFY(hasLine(text, {u"Takings incl. VAT"_s, report.gross.format(m_locale).replace(QChar(0xa0), u' ')}));
            QVERIFY(hasLine(text, {u"of which VAT"_s, report.vatTotal().format(m_locale).replace(QChar(0xa0), u' ')}));
            QCOMPARE(report.vat.size(), 3); // 25 %, 6 % (food and the book), 0 %
            for (const VatGroup &g : report.vat) {
                QVERIFY2(hasLine(text, {rate(g.basisPoints), plain(g.net()), plain(g.vat), plain(g.gross)}),
                         qPrintable(rate(g.basisPoints) + u"\n"_s + text));
            }
            QVERIFY(hasLine(text, {u"Swish"_s, u"1"_s, plain(load(m_twoRates).total)}));
            QVERIFY(hasLine(text, {u"Cash"_s, u"1"_s, plain(load(m_cash).total)}));
            QVERIFY(hasLine(text, {u"Open sales, not paid yet"_s, u"1"_s}));
            QVERIFY(hasLine(text, {u"Open amount"_s, report.openAmount.format(m_locale).replace(QChar(0xa0), u' ')}));
            const QList<PdfPage> pages = PdfReader::pages(pdf);
            QCOMPARE(pages.size(), 1);
            QVERIFY(qAbs(pages.first().width - paper.widthMm() * PdfReader::pointsPerMm) < 0.5);
            if (!paper.isRoll())
                QVERIFY(qAbs(pages.first().height - 297 * PdfReader::pointsPerMm) < 0.5);
        }
    }

    void unwritableFileIsSaidInWords()
    {
        const Sale sale = load(m_twoRates);
        QString error;
        QVERIFY(!ReceiptRenderer(sale, stall(), Paper::roll(80))
                     .saveAsPdf(m_dir.filePath(u"no-such-folder/receipt.pdf"_s), &error));
        QVERIFY2(error.startsWith(u"Cannot save "_s) && error.contains(u"no-such-folder"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestPrintPdf)
#include "tst_printpdf.moc"
