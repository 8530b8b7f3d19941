#include "clock/clock.h"
#include "history/dayreport.h"
#include "history/salehistory.h"
#include "money/ocr.h"
#include "money/vat.h"
#include "pdfreader.h"
#include "ping/pingclient.h"
#include "ping/pingresponse.h"
#include "print/documentlanguage.h"
#include "print/documentparts.h"
#include "print/invoicerenderer.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"
#include "store/outbox.h"
#include "testconfig.h"
#include "till/till.h"

#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Invoices and credit notes of real sales in SQLite, saved as PDF and read back with poppler:
// every field of mervärdesskattelagen 17 kap. 24 § and every figure to the öre against the sale,
// its VatBreakdown and the day report; numbers from one gapless series; Swedish and English by the
// buyer's language; the payment link's QR (from the demo till's sandbox) decodes to checkout_url.
class TestInvoicePdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SaleService> m_sales;
    const QDate m_day {2026, 11, 23}; // food is 6 % (2026-04-01 to 2027-12-31)
    std::unique_ptr<QTranslator> m_swedish;
    QString m_lastPdf;

    static StallDetails seller()
    {
        StallDetails s;
        s.name = u"Bigårdens honung AB"_s;
        s.organizationNumber = u"556677-8899"_s;
        s.vatNumber = u"SE556677889901"_s;
        s.street = u"Storgatan 1"_s;
        s.zip = u"271 39"_s;
        s.city = u"Ystad"_s;
        s.bankgiro = u"555-1239"_s;
        s.fSkatt = true;
        s.lateInterest = u"8"_s;
        return s;
    }
    static InvoiceBuyer business()
    {
        return InvoiceBuyer {u"Kafé Sjöbris AB"_s, u"Hamngatan 4"_s,    u"271 40"_s,          u"Ystad"_s,
                             u"559123-4561"_s,     u"SE559123456101"_s, u"kafe@example.se"_s, {}};
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
    qint64 mixedSale()
    {
        Cart cart;
        cart.addProduct(product("Honung 500 g", 8900, VatClass::Food));
        cart.setQuantity(0, 3);
        cart.addProduct(product("Bivaxljus", 12450, VatClass::Standard));
        cart.addProduct(product("Receptbok", 19900, VatClass::Reduced6));
        cart.addAmount(u"Pant glasburk"_s, Money::fromOre(200), VatClass::Exempt);
        QString error;
        const qint64 id = m_sales->commands().commit(cart, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id;
    }
    Sale load(qint64 id)
    {
        Sale sale;
        if (!m_sales->queries().load(id, &sale))
            qWarning("no sale %lld", id);
        return sale;
    }
    Invoice invoiceOf(qint64 saleId, Invoice::Kind kind = Invoice::Kind::Invoice)
    {
        for (const Invoice &inv : m_sales->queries().invoices(saleId)) {
            if (inv.kind == kind)
                return inv;
        }
        return {};
    }
    QString render(const InvoiceRenderer &doc, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!doc.saveAsPdf(path, &error))
            qWarning("%s", qPrintable(error));
        m_lastPdf = path;
        return PdfReader::layoutText(path);
    }
    // A line of the PDF's text that reads like `cells` with any spacing between them.
    static bool hasLine(const QString &text, const QStringList &cells)
    {
        QStringList escaped;
        for (const QString &c : cells)
            escaped.append(QRegularExpression::escape(c).replace(u"\\ \\%"_s, u"\\s*%"_s));
        const QRegularExpression line(u"(^|\\n)[^\\n]*?"_s + escaped.join(u"\\s+"_s) + u"\\s*(\\n|$)"_s);
        return line.match(text).hasMatch();
    }
    // With STALLPAY_SCREENSHOT_DIR set, the PDF's first page goes there as NAME.png (docs/screenshots).
    static void pdfScreenshot(const QString &pdf, const char *name)
    {
        const QString dir = qEnvironmentVariable("STALLPAY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            PdfReader::renderPng(pdf, QDir(dir).filePath(QString::fromLatin1(name) + u".png"_s), 110);
    }
    static bool has(const QString &text, const QString &part) { return text.simplified().contains(part.simplified()); }

    // Every line and every VAT figure of the sale, as the sale itself gives them, signed.
    void checkFigures(const QString &text, const Sale &sale, const QLocale &locale, int sign)
    {
        const auto plain = [&](Money m) {
            return (m * sign).formatPlain(locale).replace(QChar(0xa0), u' ');
        };
        const auto rate = [&](int bp) {
            return locale.toString(bp / 100.0) + u" %"_s;
        };
        for (const SaleLine &line : sale.lines) {
            QVERIFY2(hasLine(text,
                             {line.description, QString::number(line.quantity), plain(line.unitPrice),
                              rate(line.vatBasisPoints), plain(line.total())}),
                     qPrintable(line.description + u"\n"_s + text));
        }
        const VatBreakdown b = sale.breakdown();
        for (const VatGroup &g : b.groups()) {
            QVERIFY2(hasLine(text, {rate(g.basisPoints), plain(g.net()), plain(g.vat), plain(g.gross)}),
                     qPrintable(rate(g.basisPoints) + u"\n"_s + text));
        }
        QVERIFY(hasLine(text, {plain(b.net()), plain(b.vat()), plain(b.gross())}));
        QCOMPARE(b.gross(), sale.total);
        QVERIFY2(hasLine(text, {plain(sale.total)}), qPrintable(text));
    }

    // The day's report (one paid sale on that day) has the sale's VAT per rate to the öre.
    static void checkDayReport(const Database &db, const QDate &day, const Sale &sale)
    {
        const DayReport report = DayReports::build(db, day);
        QCOMPARE(report.paidCount, 1);
        QCOMPARE(report.gross, sale.total);
        const VatBreakdown b = sale.breakdown();
        QCOMPARE(report.vat.size(), b.groups().size());
        for (qsizetype i = 0; i < report.vat.size(); ++i) {
            QCOMPARE(report.vat.at(i).basisPoints, b.groups().at(i).basisPoints);
            QCOMPARE(report.vat.at(i).vat, b.groups().at(i).vat);
            QCOMPARE(report.vat.at(i).gross, b.groups().at(i).gross);
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"till.sqlite"_s), &error), qPrintable(error));
        m_clock = std::make_unique<ManualClock>(QDateTime(m_day, QTime(10, 15), Qt::LocalTime).toUTC());
        m_sales = std::make_unique<SaleService>(m_db, *m_clock, VatTable::sweden());
        m_swedish = DocumentLanguage::load(u"sv"_s, QStringLiteral(STALLPAY_QM_DIR));
        QVERIFY2(m_swedish, STALLPAY_QM_DIR);
    }

    void invoiceCarriesEveryFieldTheLawAsksFor()
    {
        const qint64 id = mixedSale();
        QVERIFY(id);
        InvoiceRequest request;
        request.buyer = business();
        request.termsDays = 20;
        request.language = u"en"_s;
        QString error;
        const qint64 invoiceId = m_sales->commands().invoice(id, request, &error);
        QVERIFY2(invoiceId, qPrintable(error));
        const Sale sale = load(id);
        Invoice inv;
        QVERIFY(m_sales->queries().loadInvoice(invoiceId, &inv));
        QCOMPARE(sale.invoiceNumber, inv.number);
        QCOMPARE(inv.invoiceDate, m_day);
        QCOMPARE(inv.deliveryDate, m_day);
        QCOMPARE(inv.dueDate, m_day.addDays(20));
        QCOMPARE(sale.invoiceDueDate, inv.dueDate);
        QVERIFY(Ocr::isValid(inv.ocr, true));
        QVERIFY(inv.ocr.startsWith(QString::number(inv.number)));

        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QString text = render(InvoiceRenderer(sale, inv, request.buyer, seller(), nullptr), u"invoice-en.pdf"_s);
        // 17 kap. 24 §: date, number, seller's VAT number, name and address, buyer's name and address.
        QVERIFY2(hasLine(text, {u"Invoice"_s}), qPrintable(text));
        QVERIFY(has(text, u"Invoice no. %1"_s.arg(inv.number)));
        QVERIFY(has(text, u"Invoice date: 2026-11-23"_s));
        QVERIFY(has(text, u"Delivery date: 2026-11-23"_s));
        QVERIFY(has(text, u"Due date: 2026-12-13"_s));
        QVERIFY(has(text, u"OCR reference: %1"_s.arg(inv.ocr)));
        for (const QString &s :
             {u"Bigårdens honung AB"_s, u"Storgatan 1"_s, u"271 39 Ystad"_s, u"Org. no. 556677-8899"_s,
              u"VAT reg. no. SE556677889901"_s, u"Approved for F-tax"_s, u"Kafé Sjöbris AB"_s, u"Hamngatan 4"_s,
              u"271 40 Ystad"_s, u"Org. no. 559123-4561"_s, u"VAT reg. no. SE559123456101"_s, u"Bankgiro: 555-1239"_s})
            QVERIFY2(has(text, s), qPrintable(s + u"\n"_s + text));
        // Quantity and kind of goods, taxable amount, rate and VAT per rate, the total.
        QVERIFY(hasLine(text, {u"Description"_s, u"Quantity"_s, u"Unit price"_s, u"VAT"_s, u"Amount"_s}));
        QVERIFY(hasLine(text, {u"VAT rate"_s, u"Taxable amount"_s, u"VAT amount"_s, u"Incl. VAT"_s}));
        checkFigures(text, sale, en, 1);
        QCOMPARE(sale.breakdown().groups().size(), 3); // 25 %, 6 % (food and the book), 0 %
        // The reason where no VAT is charged, the terms and the late interest.
        QVERIFY(has(text, u"No VAT is charged on the lines at 0 %"_s));
        QVERIFY(has(text, u"Payment terms: 20 days net"_s));
        QVERIFY(has(text, u"Interest on late payment: 8 % a year."_s));
        QVERIFY(has(text, u"Amount to pay: %1 SEK"_s.arg(sale.total.formatPlain(en))));
        // Paid, the day report says the same VAT per rate to the öre (the first paid sale of the day).
        QVERIFY(m_sales->commands().markPaidInCash(id, &error));
        checkDayReport(m_db, m_day, sale);
    }

    void swedishBuyerGetsASwedishInvoice()
    {
        const qint64 id = mixedSale();
        InvoiceRequest request;
        request.buyer = business();
        QString error;
        const qint64 invoiceId = m_sales->commands().invoice(id, request, &error);
        QVERIFY2(invoiceId, qPrintable(error));
        Invoice inv;
        QVERIFY(m_sales->queries().loadInvoice(invoiceId, &inv));
        QCOMPARE(inv.language, u"sv"_s);
        const Sale sale = load(id);
        const QString text =
            render(InvoiceRenderer(sale, inv, request.buyer, seller(), m_swedish.get()), u"invoice-sv.pdf"_s);
        QVERIFY2(hasLine(text, {u"Faktura"_s}), qPrintable(text));
        QVERIFY(has(text, u"Fakturanr %1"_s.arg(inv.number)));
        QVERIFY(has(text, u"Fakturadatum: 2026-11-23"_s));
        QVERIFY(has(text, u"Leveransdatum: 2026-11-23"_s));
        QVERIFY(has(text, u"Förfallodatum: 2026-12-23"_s));
        QVERIFY(has(text, u"Momsreg.nr SE556677889901"_s));
        QVERIFY(has(text, u"Godkänd för F-skatt"_s));
        QVERIFY(has(text, u"OCR-nummer: %1"_s.arg(inv.ocr)));
        checkFigures(text, sale, QLocale(QLocale::Swedish, QLocale::Sweden), 1);
    }

    void numbersAreOneGaplessSeriesWithCreditNotes()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT COALESCE(MAX(number), 0) FROM invoices"_s) && q.next());
        const qint64 before = q.value(0).toLongLong();
        const qint64 a = mixedSale(), b = mixedSale();
        InvoiceRequest request;
        request.buyer = business();
        request.language = u"en"_s;
        QString error;
        QVERIFY(m_sales->commands().invoice(a, request, &error));
        QVERIFY(!m_sales->commands().invoice(a, request, &error)); // one invoice per sale
        QVERIFY(error.contains(u"invoiced already"_s));
        QVERIFY(m_sales->commands().invoice(b, request, &error));
        // Cancelling an invoiced sale credits it, with the next number of the same series.
        m_clock->advanceMs(24 * 3600 * 1000);
        QVERIFY2(m_sales->commands().cancel(a, &error), qPrintable(error));
        const Invoice credit = invoiceOf(a, Invoice::Kind::CreditNote);
        const Invoice original = invoiceOf(a);
        QCOMPARE(original.number, before + 1);
        QCOMPARE(invoiceOf(b).number, before + 2);
        QCOMPARE(credit.number, before + 3);
        QCOMPARE(credit.creditsNumber, original.number);
        QCOMPARE(credit.creditsDate, m_day);
        QCOMPARE(credit.invoiceDate, m_day.addDays(1));
        QVERIFY(load(a).credited);
        const qint64 c = mixedSale();
        QVERIFY(m_sales->commands().invoice(c, request, &error));
        QCOMPARE(invoiceOf(c).number, before + 4);
        QVERIFY(q.exec(u"SELECT COUNT(*), MIN(number), MAX(number) FROM invoices"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(2).toLongLong() - q.value(1).toLongLong() + 1);
        // The timeline tells it.
        QStringList details;
        for (const SaleEvent &e : m_sales->queries().timeline(a))
            details.append(e.detail);
        QVERIFY(details.contains(
            u"invoice %1 issued, due %2"_s.arg(original.number).arg(original.dueDate.toString(Qt::ISODate))));
        QVERIFY(details.contains(u"credit note %1 issued for invoice %2"_s.arg(credit.number).arg(original.number)));

        // The credit note: negative amounts, a reference to the invoice, nothing to pay.
        const Sale sale = load(a);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QString text =
            render(InvoiceRenderer(sale, credit, request.buyer, seller(), nullptr, InvoiceRenderer::Mode::CreditNote),
                   u"credit.pdf"_s);
        QVERIFY2(hasLine(text, {u"Credit note"_s}), qPrintable(text));
        QVERIFY(has(text, u"Credit note no. %1"_s.arg(credit.number)));
        QVERIFY(has(text, u"Credits invoice no. %1 of 2026-11-23"_s.arg(original.number)));
        QVERIFY(has(text, u"Kafé Sjöbris AB"_s));
        checkFigures(text, sale, en, -1);
        QVERIFY(text.contains(u"-"_s + sale.total.formatPlain(en)));
        QVERIFY(!has(text, u"Scan to pay"_s));
        pdfScreenshot(m_lastPdf, "credit-note-en");
    }

    void deliveryDateDecidesTheRate()
    {
        // Sold on 31 March 2026 (food 12 %), delivered on 2 April (food 6 %): the invoice, the sale's
        // lines and the day report take 6 %; what the buyer pays stays the same.
        ManualClock march(QDateTime(QDate(2026, 3, 31), QTime(16, 0), Qt::LocalTime).toUTC());
        SaleService sales(m_db, march, VatTable::sweden());
        Cart cart;
        cart.addProduct(product("Honung 500 g", 8900, VatClass::Food));
        cart.addProduct(product("Bivaxljus", 12450, VatClass::Standard));
        QString error;
        const qint64 id = sales.commands().commit(cart, &error);
        QVERIFY(id);
        Sale sold;
        QVERIFY(sales.queries().load(id, &sold));
        QCOMPARE(sold.lines.at(0).vatBasisPoints, 1200);
        InvoiceRequest request;
        request.buyer = business();
        request.language = u"en"_s;
        request.deliveryDate = QDate(2026, 4, 2);
        const qint64 invoiceId = sales.commands().invoice(id, request, &error);
        QVERIFY2(invoiceId, qPrintable(error));
        Sale sale;
        QVERIFY(sales.queries().load(id, &sale));
        QCOMPARE(sale.lines.at(0).vatBasisPoints, 600);
        QCOMPARE(sale.lines.at(1).vatBasisPoints, 2500);
        QCOMPARE(sale.total, sold.total);
        QCOMPARE(sale.vat, sale.breakdown().vat());
        Invoice inv;
        QVERIFY(sales.queries().loadInvoice(invoiceId, &inv));
        const QString text = render(InvoiceRenderer(sale, inv, request.buyer, seller(), nullptr), u"april.pdf"_s);
        QVERIFY(has(text, u"Delivery date: 2026-04-02"_s));
        QVERIFY(hasLine(text, {u"Honung 500 g"_s, u"1"_s, u"89.00"_s, u"6 %"_s, u"89.00"_s}));
        checkFigures(text, sale, QLocale(QLocale::English, QLocale::UnitedKingdom), 1);
        QVERIFY(sales.commands().markPaidInCash(id, &error));
        checkDayReport(m_db, QDate(2026, 3, 31), sale);
    }

    void simplifiedInvoiceOnlyUnderFourThousand()
    {
        Cart big;
        big.addAmount(u"Bikupa"_s, Money::fromKronor(4000), VatClass::Standard);
        QString error;
        const qint64 id = m_sales->commands().commit(big, &error);
        InvoiceRequest request;
        request.simplified = true;
        QVERIFY(!m_sales->commands().invoice(id, request, &error));
        QVERIFY2(error.contains(u"4,000 kr"_s), qPrintable(error));
        QCOMPARE(load(id).invoiceNumber, 0);

        Cart small;
        small.addAmount(u"Honung"_s, Money::fromOre(399999), VatClass::Food);
        const qint64 smallId = m_sales->commands().commit(small, &error);
        request.language = u"en"_s;
        const qint64 invoiceId = m_sales->commands().invoice(smallId, request, &error);
        QVERIFY2(invoiceId, qPrintable(error));
        Invoice inv;
        QVERIFY(m_sales->queries().loadInvoice(invoiceId, &inv));
        QVERIFY(inv.simplified);
        const QString text = render(InvoiceRenderer(load(smallId), inv, {}, seller(), nullptr), u"simple.pdf"_s);
        QVERIFY2(hasLine(text, {u"Invoice (simplified)"_s}), qPrintable(text));
    }

    // A simplified invoice says only what 17 kap. 25 § asks of it — date, the seller and its VAT
    // number, what was sold, VAT per rate — and the full invoice of the same sale says all of 24 §.
    void simplifiedInvoiceLeavesOutWhatTheLawDoesNotAsk()
    {
        const qint64 id = mixedSale(); // four rates, under 4 000 kr
        InvoiceRequest request;
        request.buyer = business();
        request.language = u"en"_s;
        request.simplified = true;
        QString error;
        const qint64 invoiceId = m_sales->commands().invoice(id, request, &error);
        QVERIFY2(invoiceId, qPrintable(error));
        Invoice simplified;
        QVERIFY(m_sales->queries().loadInvoice(invoiceId, &simplified));
        QVERIFY(simplified.simplified);
        const Sale sale = load(id);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const auto plain = [&](Money m) {
            return m.formatPlain(en).replace(QChar(0xa0), u' ');
        };
        const QString shortText =
            render(InvoiceRenderer(sale, simplified, request.buyer, seller(), nullptr), u"simplified.pdf"_s);
        pdfScreenshot(m_lastPdf, "invoice-simplified-en");
        Invoice full = simplified;
        full.simplified = false;
        const QString fullText = render(InvoiceRenderer(sale, full, request.buyer, seller(), nullptr), u"full.pdf"_s);
        const VatBreakdown breakdown = sale.breakdown();

        // What both say: the date, the seller and its VAT number, what was sold, VAT per rate.
        for (const QString &text : {shortText, fullText}) {
            QVERIFY2(has(text, u"Invoice date: "_s + simplified.invoiceDate.toString(Qt::ISODate)), qPrintable(text));
            QVERIFY(has(text, u"Invoice no. %1"_s.arg(simplified.number)));
            QVERIFY(has(text, u"Bigårdens honung AB"_s));
            QVERIFY(has(text, u"VAT reg. no. SE556677889901"_s));
            QVERIFY(has(text, u"OCR reference: %1"_s.arg(simplified.ocr)));
            for (const SaleLine &line : sale.lines)
                QVERIFY2(has(text, line.description), qPrintable(line.description + u"\n"_s + text));
            for (const VatGroup &g : breakdown.groups())
                QVERIFY2(has(text, plain(g.vat)), qPrintable(plain(g.vat) + u"\n"_s + text));
            QVERIFY(has(text, plain(sale.total)));
        }
        // The simplified one: rate, VAT and the amount incl. VAT per rate, in one line each.
        for (const VatGroup &g : breakdown.groups()) {
            QVERIFY2(hasLine(shortText,
                             {DocumentParts::ratePercent(g.basisPoints, en).replace(QChar(0xa0), u' '), plain(g.vat),
                              plain(g.gross)}),
                     qPrintable(shortText));
        }
        QVERIFY(hasLine(shortText, {u"Invoice (simplified)"_s}));
        // What only the full invoice says (17 kap. 24 §): the buyer, the seller's address, the
        // delivery date, unit prices, the taxable amount per rate and the reason for 0 %.
        const QStringList fullOnly = {u"Kafé Sjöbris AB"_s, u"Hamngatan 4"_s, u"Storgatan 1"_s,     u"Delivery date"_s,
                                      u"Taxable amount"_s,  u"Unit price"_s,  u"exempt from VAT"_s, u"559123-4561"_s};
        for (const QString &part : fullOnly) {
            QVERIFY2(has(fullText, part), qPrintable(part));
            QVERIFY2(!has(shortText, part), qPrintable(part + u"\n"_s + shortText));
        }
        checkFigures(fullText, sale, en, 1);
    }

    // An invoiced sale that is paid and then refunded gets its credit note in the refund's
    // transaction: the next number of the series, negative amounts, the invoice it credits and the
    // return receipt; recorded again (the refund's answer replayed after a crash), still one.
    void refundOfAnInvoicedSaleIsCreditedOnce()
    {
        ManualClock clock(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::LocalTime).toUTC());
        SaleService sales(m_db, clock, VatTable::sweden());
        Cart cart;
        cart.addProduct(product("Honung 500 g", 8900, VatClass::Food));
        cart.addProduct(product("Bivaxljus", 12450, VatClass::Standard));
        QString error;
        const qint64 id = sales.commands().commit(cart, &error);
        InvoiceRequest request;
        request.buyer = business();
        request.language = u"en"_s;
        QVERIFY(sales.commands().invoice(id, request, &error));
        // Paid through its link: the order and link jobs answered, then the link completed.
        for (OutboxJob::Kind kind : {OutboxJob::Kind::CreateOrder, OutboxJob::Kind::CreateLink}) {
            for (const OutboxJob &job : sales.queries().openJobs()) {
                if (job.saleId == id && job.kind == kind && kind == OutboxJob::Kind::CreateOrder)
                    QVERIFY(sales.outcomes().recordOrderCreated(job.id, id, u"po-refund"_s));
                else if (job.saleId == id && job.kind == kind)
                    QVERIFY(sales.outcomes().recordLinkCreated(job.id, id, u"pl-refund"_s, u"https://pay.example/r"_s));
            }
        }
        QVERIFY(sales.outcomes().recordLinkStatus(id, LinkStatus::Completed));
        for (const OutboxJob &job : sales.queries().openJobs()) {
            if (job.saleId == id && job.kind == OutboxJob::Kind::CloseOrder)
                QVERIFY(sales.outcomes().recordOrderClosed(job.id, id, u"swish"_s)); // the method the order names
        }
        QCOMPARE(sales.queries().invoices(id).size(), 1);
        clock.advanceMs(qint64(2) * 24 * 3600 * 1000);
        QVERIFY2(sales.commands().requestRefund(id, u"requested_by_customer"_s, {}, &error), qPrintable(error));
        QCOMPARE(sales.queries().invoices(id).size(), 1); // not before the money is back
        qint64 refundJob = 0;
        for (const OutboxJob &job : sales.queries().openJobs())
            refundJob = job.saleId == id && job.kind == OutboxJob::Kind::Refund ? job.id : refundJob;
        QVERIFY(refundJob);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT next_value FROM counters WHERE name = 'invoice'"_s) && q.next());
        const qint64 next = q.value(0).toLongLong();
        QVERIFY(sales.outcomes().recordRefunded(refundJob, id, EventRecord::refunded(u"p1"_s)));
        QVERIFY(sales.outcomes().recordRefunded(refundJob, id, EventRecord::refunded(u"p1"_s)));
        Sale sale;
        QVERIFY(sales.queries().load(id, &sale));
        QCOMPARE(sale.state, SaleState::Refunded);
        QVERIFY(sale.credited);
        const QList<Invoice> both = sales.queries().invoices(id);
        QCOMPARE(both.size(), 2);
        const Invoice &original = both.at(0);
        const Invoice &credit = both.at(1);
        QVERIFY(credit.isCreditNote());
        QCOMPARE(credit.number, next);
        QCOMPARE(credit.creditsNumber, original.number);
        QCOMPARE(credit.creditsDate, QDate(2026, 10, 5));
        QCOMPARE(credit.invoiceDate, QDate(2026, 10, 7));
        QCOMPARE(credit.invoiceDate, sale.refundDate);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QString text =
            render(InvoiceRenderer(sale, credit, request.buyer, seller(), nullptr, InvoiceRenderer::Mode::CreditNote),
                   u"refund-credit.pdf"_s);
        pdfScreenshot(m_lastPdf, "credit-note-refund-en");
        QVERIFY(has(text, u"Credit note no. %1"_s.arg(credit.number)));
        QVERIFY(has(text, u"Credits invoice no. %1 of 2026-10-05"_s.arg(original.number)));
        QVERIFY2(has(text, u"return receipt %1 of 2026-10-07"_s.arg(sale.refundNumber)), qPrintable(text));
        checkFigures(text, sale, en, -1);
        int credited = 0;
        for (const SaleEvent &e : sales.queries().timeline(id))
            credited += e.detail.startsWith(u"credit note"_s) ? 1 : 0;
        QCOMPARE(credited, 1);

        // In cash: the refund is done at once, and so is the credit note.
        const qint64 cashId = sales.commands().commit(cart, &error);
        QVERIFY(sales.commands().invoice(cashId, request, &error));
        QVERIFY(sales.commands().markPaidInCash(cashId, &error));
        QVERIFY(sales.commands().requestRefund(cashId, u"other"_s, {}, &error));
        const QList<Invoice> cash = sales.queries().invoices(cashId);
        QCOMPARE(cash.size(), 2);
        QVERIFY(cash.at(1).isCreditNote());
        QCOMPARE(cash.at(1).creditsNumber, cash.at(0).number);
    }

    void paidSaleIsNotInvoiced()
    {
        Cart cart;
        cart.addAmount(u"Honung"_s, Money::fromOre(5000), VatClass::Food);
        QString error;
        const qint64 id = m_sales->commands().commit(cart, &error);
        QVERIFY(m_sales->commands().markPaidInCash(id, &error));
        QVERIFY(!m_sales->commands().invoice(id, InvoiceRequest(), &error));
        QVERIFY2(error.contains(u"only an unpaid sale"_s), qPrintable(error));
    }

    void overdueInvoiceIsListedAndRemindedWithANewLink()
    {
        ManualClock clock(QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::LocalTime).toUTC());
        SaleService sales(m_db, clock, VatTable::sweden());
        Cart cart;
        cart.addProduct(product("Honung 500 g", 8900, VatClass::Food));
        QString error;
        const qint64 id = sales.commands().commit(cart, &error);
        // Its link is made, then expires unpaid, and the order is closed (as the sync engine does).
        const auto finish = [&](OutboxJob::Kind kind, const std::function<bool(qint64)> &record) {
            for (const OutboxJob &job : sales.queries().openJobs()) {
                if (job.saleId == id && job.kind == kind)
                    return record(job.id);
            }
            return false;
        };
        QVERIFY(finish(OutboxJob::Kind::CreateOrder,
                       [&](qint64 job) { return sales.outcomes().recordOrderCreated(job, id, u"po-remind"_s); }));
        InvoiceRequest request;
        request.buyer = business();
        request.termsDays = 10;
        request.language = u"en"_s;
        const qint64 invoiceId = sales.commands().invoice(id, request, &error);
        QVERIFY2(invoiceId, qPrintable(error));
        QVERIFY(finish(OutboxJob::Kind::CreateLink, [&](qint64 job) {
            return sales.outcomes().recordLinkCreated(job, id, u"pl-old"_s, u"https://pay.example/old"_s);
        }));
        QVERIFY(!sales.commands().remind(id, 10, &error)); // not overdue yet
        QVERIFY2(error.contains(u"not overdue"_s), qPrintable(error));

        clock.advanceMs(qint64(11) * 24 * 3600 * 1000);
        QVERIFY(sales.outcomes().recordLinkStatus(id, LinkStatus::Expired));
        SaleFilter overdue;
        overdue.overdueOn = clock.today();
        SaleHistory history(m_db);
        SaleRow row;
        QVERIFY(history.row(overdue, id, &row));
        QVERIFY(!history.row(overdue, mixedSale(), &row)); // not invoiced
        QVERIFY(!sales.commands().remind(id, 10, &error)); // the old order is still being closed
        QVERIFY(finish(OutboxJob::Kind::CloseOrder,
                       [&](qint64 job) { return sales.outcomes().recordOrderClosed(job, id); }));

        QVERIFY2(sales.commands().remind(id, 10, &error), qPrintable(error));
        Sale sale;
        QVERIFY(sales.queries().load(id, &sale));
        QCOMPARE(sale.state, SaleState::Committed); // a new order and link to come
        QVERIFY(sale.checkoutUrl.isEmpty());
        QCOMPARE(sale.invoiceDueDate, clock.today().addDays(10)); // the new link is due with the reminder
        QCOMPARE(sales.queries().openJobs().constLast().kind, OutboxJob::Kind::CreateOrder);
        QVERIFY(finish(OutboxJob::Kind::CreateOrder,
                       [&](qint64 job) { return sales.outcomes().recordOrderCreated(job, id, u"po-new"_s); }));
        QVERIFY(finish(OutboxJob::Kind::CreateLink, [&](qint64 job) {
            return sales.outcomes().recordLinkCreated(job, id, u"pl-new"_s, u"https://pay.example/new"_s);
        }));
        QVERIFY(sales.queries().load(id, &sale));
        QCOMPARE(sale.state, SaleState::LinkReady);

        Invoice inv;
        QVERIFY(sales.queries().loadInvoice(invoiceId, &inv));
        QCOMPARE(inv.remindedOn, clock.today());
        const QString text = render(InvoiceRenderer(sale, inv, request.buyer, seller(), nullptr,
                                                    InvoiceRenderer::Mode::Reminder, clock.today()),
                                    u"reminder.pdf"_s);
        pdfScreenshot(m_lastPdf, "reminder-en");
        QVERIFY2(hasLine(text, {u"Payment reminder"_s}), qPrintable(text));
        QVERIFY(has(text, u"Invoice no. %1"_s.arg(inv.number)));
        QVERIFY(has(text, u"OCR reference: %1"_s.arg(inv.ocr))); // the same OCR
        QVERIFY(has(text, u"Reminder date: %1"_s.arg(clock.today().toString(Qt::ISODate))));
        QVERIFY(has(text, u"was due on %1"_s.arg(inv.dueDate.toString(Qt::ISODate))));
        QVERIFY(has(text, u"Due date: %1"_s.arg(inv.reminderDueDate.toString(Qt::ISODate))));
        QVERIFY(text.simplified().remove(u' ').contains(u"https://pay.example/new"_s));
        const QString png = m_dir.filePath(u"reminder.png"_s);
        QVERIFY(PdfReader::renderPng(m_lastPdf, png, 300).isEmpty());
        QCOMPARE(PdfReader::decodeQr(png), u"https://pay.example/new"_s);
        checkFigures(text, sale, QLocale(QLocale::English, QLocale::UnitedKingdom), 1);
        QStringList details;
        for (const SaleEvent &e : sales.queries().timeline(id))
            details.append(e.detail);
        QVERIFY(details.contains(u"reminder for invoice %1, due %2; new payment link"_s.arg(inv.number)
                                     .arg(inv.reminderDueDate.toString(Qt::ISODate))));
    }

    void invoiceLinkIsDueWithTheInvoiceAndItsQrPays()
    {
        // A demo till: the embedded Ping sandbox makes the real payment link.
        QTemporaryDir dataDir;
        Till till;
        Till::Options options;
        options.dataDir = dataDir.path();
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        QSignalSpy ready(&till, &Till::apiReady);
        till.connectApi();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        till.cart().addAmount(u"Honung"_s, Money::fromOre(8900), VatClass::Food);
        till.cart().addAmount(u"Ljus"_s, Money::fromOre(12450), VatClass::Standard);
        const qint64 id = till.sales().commands().commit(till.cart(), &error);
        QVERIFY(id);
        // Invoiced once its link is ready: the link is replaced by one due with the invoice.
        Sale sale;
        QTRY_VERIFY_WITH_TIMEOUT(till.sales().queries().load(id, &sale) && sale.state == SaleState::LinkReady, 15000);
        const QString firstLink = sale.paymentLinkId;
        InvoiceRequest request;
        request.buyer = business();
        request.termsDays = 45;
        const qint64 invoiceId = till.sales().commands().invoice(id, request, &error);
        QVERIFY2(invoiceId, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(till.sales().queries().load(id, &sale) && sale.state == SaleState::LinkReady
                                     && sale.paymentLinkId != firstLink,
                                 15000);
        Invoice inv;
        QVERIFY(till.sales().queries().loadInvoice(invoiceId, &inv));
        QJsonObject link;
        bool answered = false;
        till.client().getPaymentLink(sale.paymentLinkId, [&](const PingResponse &r) {
            link = r.body.toObject();
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
        QCOMPARE(link[u"due_date"_s].toString(), inv.dueDate.toString(Qt::ISODate));
        QCOMPARE(link[u"total_amount"_s].toInteger(), sale.total.ore());

        const QString pdf = m_dir.filePath(u"linked.pdf"_s);
        StallDetails withLogo = seller();
        // A logo as a seller would configure one: an image file.
        QImage logo(480, 160, QImage::Format_RGB32);
        logo.fill(QColor(0xf2, 0xb1, 0x34));
        {
            QPainter p(&logo);
            p.setBrush(QColor(0x5a, 0x3a, 0x0a));
            p.drawEllipse(QRect(20, 20, 120, 120));
            QFont f(u"DejaVu Sans"_s);
            f.setPixelSize(56);
            f.setBold(true);
            p.setFont(f);
            p.setPen(QColor(0x5a, 0x3a, 0x0a));
            p.drawText(QRect(160, 0, 320, 160), Qt::AlignVCenter, u"Bigården"_s);
        }
        withLogo.logoPath = m_dir.filePath(u"logo.png"_s);
        QVERIFY(logo.save(withLogo.logoPath));
        QVERIFY(InvoiceRenderer(sale, inv, request.buyer, withLogo, m_swedish.get()).saveAsPdf(pdf, &error));
        pdfScreenshot(pdf, "invoice-sv");
        const QString text = PdfReader::layoutText(pdf);
        QVERIFY2(has(text, u"Skanna för att betala"_s), qPrintable(text));
        QVERIFY(has(text, u"Förfallodatum: %1"_s.arg(inv.dueDate.toString(Qt::ISODate))));
        QVERIFY(text.simplified().remove(u' ').contains(sale.checkoutUrl));
        const QString png = m_dir.filePath(u"linked.png"_s);
        const QString rendered = PdfReader::renderPng(pdf, png, 300);
        QVERIFY2(rendered.isEmpty(), qPrintable(rendered));
        QCOMPARE(PdfReader::decodeQr(png), sale.checkoutUrl);
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
