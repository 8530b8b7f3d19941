// Figure 1: Charge → QR painted. A demo till (its built-in ping-sandbox, the shipped sync timings)
// with its window on screen rings up a small sale, the seller presses Charge, and the clock stops
// when the payment view's QR code is painted with the link's checkout URL; 200 sales. Floor: one
// raw create-link request from a bare QNetworkAccessManager loop (one manager, keep-alive) on the
// same sandbox, its payment order made beforehand; beside it the two requests in a row (order, then
// link) that a Charge waits for today. Measured through the GUI and the till's public parts only, so
// it keeps measuring when Charge becomes one round trip. Prints p50/p99, writes
// build/bench/bench_charge.json; asserts nothing about speed. --smoke: 5 sales, for ctest.
#include "benchreport.h"
#include "guitill.h"
#include "mainwindow.h"
#include "paintwatch.h"
#include "payment/paymentview.h"
#include "payment/qrwidget.h"
#include "rawping.h"
#include "sell/sellview.h"
#include "till/till.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int sales = smoke ? 5 : 200;
    GuiTill gui;
    QString error;
    if (!gui.start(u"en"_s, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow *window = gui.window();
    SellView *sell = window->sellView();
    QrWidget *qr = window->paymentView()->qrWidget();
    QString previous; // the last sale's link: the clock stops at the first paint of another one
    PaintWatch watch(qr, [&] { return !qr->text().isEmpty() && qr->text() != previous && qr->isVisible(); });
    QList<double> charge;
    QSet<QString> shown; // each sale's own checkout URL, never the previous sale's
    for (int i = 0; i < sales; ++i) {
        QTest::mouseClick(sell->quickKey(u"Honung 500 g"_s), Qt::LeftButton);
        previous = qr->text();
        watch.arm();
        QTest::mouseClick(sell->chargeButton(), Qt::LeftButton);
        QDeadlineTimer deadline(30000);
        while (!watch.painted() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!watch.painted()) {
            std::fprintf(stderr, "sale %d: no QR code painted in 30 s\n", i + 1);
            return 1;
        }
        charge.append(watch.elapsedMs());
        shown.insert(window->paymentView()->qrWidget()->text());
        QTest::keyClick(window, Qt::Key_F1); // back to selling, the sale stays open
        QDeadlineTimer back(5000);
        while (!sell->isVisible() && !back.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }

    if (shown.size() != sales) {
        std::fprintf(stderr, "%lld distinct QR codes for %d sales\n", qint64(shown.size()), sales);
        return 1;
    }
    // The floor on the same (built-in) sandbox, from the same process and event loop.
    RawPing raw(gui.sandboxUrl(QString()));
    QList<double> oneRequest;
    QList<double> twoRequests;
    for (int i = 0; i < sales; ++i) {
        double orderMs = 0;
        double linkMs = 0;
        const QString order = raw.postAndWait(RawPing::ordersPath(), raw.orderBody(), &orderMs)[u"id"_s].toString();
        const QJsonObject link = raw.postAndWait(RawPing::linksPath(), raw.linkBody(order), &linkMs);
        if (link[u"id"_s].toString().isEmpty()) {
            std::fprintf(stderr, "the raw link request failed: %s\n",
                         QJsonDocument(link).toJson(QJsonDocument::Compact).constData());
            return 1;
        }
        oneRequest.append(linkMs);
        twoRequests.append(orderMs + linkMs);
    }
    std::printf("Charge -> QR painted, %d sales (GUI, built-in sandbox, shipped timings)\n", sales);
    BenchReport report(u"bench_charge"_s);
    report.note(u"sales"_s, sales);
    report.note(u"smoke"_s, smoke);
    report.latency(u"charge_to_qr"_s, u"Charge -> QR painted"_s, charge, oneRequest, u"one raw create-link request"_s);
    report.latency(u"two_raw_requests"_s, u"raw create order + create link"_s, twoRequests, oneRequest,
                   u"one raw create-link request"_s);
    gui.closeWindow();
    return report.finish(smoke);
}
