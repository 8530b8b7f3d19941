// Figure 2: the payer's payment completed in the sandbox → "Paid" painted on the till. A demo till
// (its built-in ping-sandbox, the shipped sync timings) shows a sale's QR code; after a pause of
// random length (so the payment lands anywhere in the poll cycle) the payer pays at the sandbox's
// checkout, and the clock runs from the sandbox's answer to that payment until the payment view's
// "Paid" is painted; 30 sales. Twice: as with a real account behind a router (no status callback
// can reach the till, the poller alone finds the payment) and as the demo runs (the sandbox calls
// the till back). Floor: the poll interval of the sale on screen (the longest the shipped
// settings let pass between two looks) plus one raw GET of the link from a bare
// QNetworkAccessManager on the same sandbox. Prints p50/p99, writes build/bench/bench_paid.json;
// asserts nothing about speed. --smoke: 3 sales each, for ctest.
#include "benchreport.h"
#include "guitill.h"
#include "mainwindow.h"
#include "paintwatch.h"
#include "payment/paidpanel.h"
#include "payment/paymentview.h"
#include "payment/qrwidget.h"
#include "rawping.h"
#include "sell/sellview.h"
#include "sync/synctimings.h"
#include "till/till.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}
struct Run
{
    QList<double> toPaidMs; // payment completed -> "Paid" painted, per sale
    QList<double> floorMs; // poll interval + one raw GET of the same link
};

// `sales` sales on a new demo till, each paid by the sandbox's payer; false (with *error) if any
// sale did not show "Paid".
bool run(GuiTill::Options options, int sales, int pollMs, Run *out, QString *error)
{
    GuiTill gui;
    if (!gui.start(u"en"_s, error, options))
        return false;
    MainWindow *window = gui.window();
    SellView *sell = window->sellView();
    PaymentView *payment = window->paymentView();
    QLabel *headline = payment->paidPanel()->headlineLabel();
    PaintWatch paid(headline, [&] { return headline->isVisible() && headline->text() == u"Paid"_s; });
    QRandomGenerator pauses(14); // the same pauses every run
    QStringList linkIds;
    for (int i = 0; i < sales; ++i) {
        QTest::mouseClick(sell->quickKey(u"Honung 500 g"_s), Qt::LeftButton);
        QTest::mouseClick(sell->chargeButton(), Qt::LeftButton);
        const qint64 saleId = payment->saleId();
        if (!waitFor([&] { return !payment->qrWidget()->text().isEmpty() && payment->qrWidget()->isVisible(); },
                     30000)) {
            *error = u"sale %1: no QR code in 30 s"_s.arg(i + 1);
            return false;
        }
        const QString linkId = gui.sale(saleId).paymentLinkId;
        QTest::qWait(int(pauses.bounded(pollMs)));
        const int status = gui.payer(linkId, u"pay"_s); // answers once the payment is completed
        paid.arm();
        if (status != 200) {
            *error = u"sale %1: the sandbox's payer answered %2"_s.arg(i + 1).arg(status);
            return false;
        }
        if (!waitFor([&] { return paid.painted(); }, 30000)) {
            *error = u"sale %1: \"Paid\" not painted within 30 s of the payment"_s.arg(i + 1);
            return false;
        }
        out->toPaidMs.append(paid.elapsedMs());
        linkIds.append(linkId);
        QTest::keyClick(window, Qt::Key_Escape); // New sale
        if (!waitFor([&] { return sell->isVisible(); }, 5000)) {
            *error = u"sale %1: New sale did not go back to selling"_s.arg(i + 1);
            return false;
        }
    }
    // The floor's GET on the same (built-in) sandbox, from the same process and event loop.
    RawPing raw(gui.sandboxUrl(QString()));
    for (const QString &linkId : std::as_const(linkIds)) {
        double ms = 0;
        const QJsonObject link = raw.get(RawPing::linksPath() + u'/' + linkId, &ms);
        if (link.value(u"payment_link_id"_s).toString(link[u"id"_s].toString()) != linkId) {
            *error = u"the raw GET of link %1 failed"_s.arg(linkId);
            return false;
        }
        out->floorMs.append(pollMs + ms);
    }
    gui.closeWindow();
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const int sales = smoke ? 3 : 30;
    const int pollMs = SyncTimings().focusPollMs; // the shipped interval of the sale on screen
    QString error;
    Run polled;
    Run called;
    if (!run(GuiTill::NoCallbacks, sales, pollMs, &polled, &error)
        || !run(GuiTill::Defaults, sales, pollMs, &called, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("payment completed -> \"Paid\" painted, %d sales each (GUI, built-in sandbox, shipped timings, "
                "the sale on screen polled every %d ms)\n",
                sales, pollMs);
    BenchReport report(u"bench_paid"_s);
    report.note(u"sales"_s, sales);
    report.note(u"smoke"_s, smoke);
    report.note(u"focus_poll_ms"_s, pollMs);
    const QString floorWhat = u"the poll interval + one raw GET of the link"_s;
    report.latency(u"paid_painted_polled"_s, u"payment completed -> Paid painted, poller only (a real account)"_s,
                   polled.toPaidMs, polled.floorMs, floorWhat);
    report.latency(u"paid_painted_callback"_s, u"payment completed -> Paid painted, sandbox calls back (the demo)"_s,
                   called.toPaidMs, called.floorMs, floorWhat);
    return report.finish(smoke);
}
