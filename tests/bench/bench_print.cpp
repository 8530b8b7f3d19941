// Figure 7: receipts, invoices and day reports as PDF: milliseconds per document, what the seller
// waits after "Save receipt as PDF" or before the printer starts, and a batch of 1,000 invoices
// written to files; each against the floor of QPdfWriter writing one page with one line of text.
// Prints figures, writes build/bench/bench_print.json; not a pass/fail test.
#include "benchreport.h"
#include "history/dayreport.h"
#include "print/dayreportrenderer.h"
#include "print/invoicerenderer.h"
#include "print/receiptrenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
Sale sampleSale(int lines, bool unpaid)
{
    Sale sale;
    sale.number = 4711;
    sale.createdAt = QDateTime::currentDateTimeUtc();
    sale.state = unpaid ? SaleState::LinkReady : SaleState::Paid;
    sale.paymentMethod = u"swish"_s;
    sale.checkoutUrl = u"https://checkout.example.se/pay/3cc6a07d-8913-43ca-b3cb-cc1c7d031b16"_s;
    for (int i = 0; i < lines; ++i) {
        SaleLine line;
        line.description = u"Vara nummer %1"_s.arg(i + 1);
        line.unitPrice = Money::fromOre(1990 + 100 * i);
        line.quantity = 1 + i % 3;
        line.vatBasisPoints = i % 2 ? 600 : 2500;
        sale.lines.append(line);
        sale.total += line.total();
    }
    return sale;
}

QList<double> samplesOf(int repeats, const std::function<bool(QByteArray *)> &render, qint64 *bytes)
{
    QByteArray pdf;
    render(&pdf); // fonts loaded once, as after the first receipt of the day
    QList<double> samples;
    for (int i = 0; i < repeats; ++i) {
        pdf.clear();
        QElapsedTimer timer;
        timer.start();
        if (!render(&pdf))
            return {};
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    *bytes = pdf.size();
    return samples;
}

// The floor: a PDF page with one line of text, the least a PDF document costs.
bool floorPdf(QByteArray *pdf)
{
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    QPainter painter(&writer);
    painter.drawText(QPointF(600, 600), u"Kvitto 4711"_s);
    return painter.end();
}

bool toPdf(const PrintDocument &document, QByteArray *pdf)
{
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    QString error;
    return document.render(writer, &error);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int repeats = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    BenchReport report(u"bench_print"_s);
    qint64 bytes = 0;
    const QList<double> floor = samplesOf(repeats, floorPdf, &bytes);
    int figure = 0;
    const auto measure = [&](const QString &what, int times, const std::function<bool(QByteArray *)> &render) {
        const QList<double> samples = samplesOf(times, render, &bytes);
        if (samples.isEmpty()) {
            std::printf("%s failed\n", qPrintable(what));
            return;
        }
        report.latency(u"pdf_%1"_s.arg(++figure), u"%1 (%2 bytes)"_s.arg(what).arg(bytes), samples, floor,
                       u"one page, one line"_s);
    };
    StallDetails stall;
    stall.name = u"Bigårdens honung"_s;
    stall.organizationNumber = u"556677-8899"_s;
    stall.vatNumber = u"SE556677889901"_s;
    for (int lines : {3, 30}) {
        const Sale paid = sampleSale(lines, false);
        measure(u"receipt 80 mm, %1 lines, paid"_s.arg(lines), repeats,
                [&](QByteArray *pdf) { return toPdf(ReceiptRenderer(paid, stall, Paper::roll(80)), pdf); });
    }
    const Sale unpaid = sampleSale(3, true);
    measure(u"receipt 80 mm, 3 lines, unpaid with QR"_s, repeats,
            [&](QByteArray *pdf) { return toPdf(ReceiptRenderer(unpaid, stall, Paper::roll(80)), pdf); });
    measure(u"receipt 58 mm, 3 lines, unpaid with QR"_s, repeats,
            [&](QByteArray *pdf) { return toPdf(ReceiptRenderer(unpaid, stall, Paper::roll(58)), pdf); });
    DayReport day;
    day.day = QDate::currentDate();
    day.paidCount = 120;
    day.gross = Money::fromOre(1234550);
    day.vat = {VatGroup {2500, Money::fromOre(800000), Money::fromOre(160000)},
               VatGroup {600, Money::fromOre(434550), Money::fromOre(24597)}};
    day.methods = {MethodTotal {u"swish"_s, 100, Money::fromOre(1000000)},
                   MethodTotal {u"cash"_s, 20, Money::fromOre(234550)}};
    measure(u"day report A4"_s, repeats, [&](QByteArray *pdf) {
        return toPdf(DayReportRenderer(day, stall, QDateTime::currentDateTimeUtc(), Paper::a4()), pdf);
    });

    stall.street = u"Torggatan 1"_s;
    stall.zip = u"123 45"_s;
    stall.city = u"Lund"_s;
    stall.bankgiro = u"123-4567"_s;
    InvoiceBuyer buyer {u"Kafé Solen AB"_s,  u"Storgatan 2"_s,           u"222 22"_s,      u"Lund"_s, u"556000-1111"_s,
                        u"SE556000111101"_s, u"ekonomi@solen.example"_s, u"+46701234567"_s};
    const auto invoiceOf = [](const Sale &sale, qint64 number) {
        Invoice invoice;
        invoice.saleId = sale.id;
        invoice.number = number;
        invoice.issuedAt = QDateTime::currentDateTimeUtc();
        invoice.invoiceDate = invoice.deliveryDate = QDate::currentDate();
        invoice.termsDays = 30;
        invoice.dueDate = invoice.invoiceDate.addDays(30);
        invoice.ocr = u"%1%2"_s.arg(number).arg(number % 10);
        invoice.language = u"sv"_s;
        return invoice;
    };
    const Sale invoiced = sampleSale(5, true);
    measure(u"invoice A4, 5 lines, with QR"_s, repeats, [&](QByteArray *pdf) {
        return toPdf(InvoiceRenderer(invoiced, invoiceOf(invoiced, 17), buyer, stall, nullptr), pdf);
    });
    // A batch: 1,000 invoices of different sales, each to its own file, against 1,000 floor pages.
    const int batch = repeats >= 100 ? 1000 : 10 * repeats;
    QTemporaryDir out;
    const auto runBatch = [&](bool invoices) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < batch; ++i) {
            QByteArray pdf;
            Sale sale = sampleSale(1 + i % 8, true);
            sale.number = 1000 + i;
            if (invoices ? !toPdf(InvoiceRenderer(sale, invoiceOf(sale, 100 + i), buyer, stall, nullptr), &pdf)
                         : !floorPdf(&pdf))
                return -1.0;
            QFile file(out.filePath(u"%1-%2.pdf"_s.arg(invoices ? u"invoice"_s : u"floor"_s).arg(i)));
            if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
                return -1.0;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    };
    const double batchMs = runBatch(true);
    const double floorBatchMs = runBatch(false);
    report.note(u"batch"_s, batch);
    report.figure(u"invoice_batch"_s, u"%1 invoices to files"_s.arg(batch), batchMs, floorBatchMs, u"ms"_s,
                  u"as many one-line pages"_s);
    return report.write() ? 0 : 1;
}
