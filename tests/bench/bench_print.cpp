// Receipts and day reports as PDF: milliseconds per document, what the seller waits after "Save
// receipt as PDF" or before the printer starts. Prints figures; not a pass/fail test.
#include "history/dayreport.h"
#include "print/dayreportrenderer.h"
#include "print/receiptrenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
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

void measure(const char *what, int repeats, const std::function<bool(QByteArray *)> &render)
{
    QByteArray pdf;
    render(&pdf); // fonts loaded once, as after the first receipt of the day
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i) {
        pdf.clear();
        if (!render(&pdf)) {
            std::printf("%-40s failed\n", what);
            return;
        }
    }
    std::printf("%-40s %6.2f ms  (%lld bytes)\n", what, double(timer.nsecsElapsed()) / 1e6 / repeats,
                qint64(pdf.size()));
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
    StallDetails stall;
    stall.name = u"Bigårdens honung"_s;
    stall.organizationNumber = u"556677-8899"_s;
    stall.vatNumber = u"SE556677889901"_s;
    for (int lines : {3, 30}) {
        const Sale paid = sampleSale(lines, false);
        measure(qPrintable(u"receipt 80 mm, %1 lines, paid"_s.arg(lines)), repeats,
                [&](QByteArray *pdf) { return toPdf(ReceiptRenderer(paid, stall, Paper::roll(80)), pdf); });
    }
    const Sale unpaid = sampleSale(3, true);
    measure("receipt 80 mm, 3 lines, unpaid with QR", repeats,
            [&](QByteArray *pdf) { return toPdf(ReceiptRenderer(unpaid, stall, Paper::roll(80)), pdf); });
    measure("receipt 58 mm, 3 lines, unpaid with QR", repeats,
            [&](QByteArray *pdf) { return toPdf(ReceiptRenderer(unpaid, stall, Paper::roll(58)), pdf); });
    DayReport report;
    report.day = QDate::currentDate();
    report.paidCount = 120;
    report.gross = Money::fromOre(1234550);
    report.vat = {VatGroup {2500, Money::fromOre(800000), Money::fromOre(160000)},
                  VatGroup {600, Money::fromOre(434550), Money::fromOre(24597)}};
    report.methods = {MethodTotal {u"swish"_s, 100, Money::fromOre(1000000)},
                      MethodTotal {u"cash"_s, 20, Money::fromOre(234550)}};
    measure("day report A4", repeats, [&](QByteArray *pdf) {
        return toPdf(DayReportRenderer(report, stall, QDateTime::currentDateTimeUtc(), Paper::a4()), pdf);
    });
    return 0;
}
