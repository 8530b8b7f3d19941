#include "invoicecommand.h"

#include "clock/clock.h"
#include "csv/csvfile.h"
#include "invoicecsv.h"
#include "print/invoicedocuments.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sellerfile.h"
#include "settings/appsettings.h"
#include "till/till.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
    std::fflush(stderr);
}

// Runs the event loop until `done` holds or the time is up.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}
} // namespace

int InvoiceCommand::run(int argc, char *argv[])
{
    // No window: PDFs need fonts (QGuiApplication), not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Stallpay"_s);
    QGuiApplication::setOrganizationName(u"Stallpay"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Batch invoicing: one PDF invoice per reference of a CSV file."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"invoice"_s, u"The command."_s);
    const QCommandLineOption csv(u"csv"_s, u"The invoices as CSV (see README)."_s, u"FILE"_s);
    const QCommandLineOption outDir(u"out"_s, u"Write DIR/<invoice number>.pdf."_s, u"DIR"_s);
    const QCommandLineOption send(u"send"_s, u"Send each new invoice's link by Ping's SMS/e-mail."_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"The till's data folder."_s, u"DIR"_s,
                                     QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption apiBase(u"api-base"_s, u"Use the Ping APIs at URL."_s, u"URL"_s);
    const QCommandLineOption sellerFile(u"seller"_s, u"The seller's details from an INI [seller] section."_s,
                                        u"FILE"_s);
    const QCommandLineOption wait(u"link-wait"_s, u"Seconds to wait for the payment links (default 60)."_s,
                                  u"SECONDS"_s, u"60"_s);
    parser.addOptions({csv, outDir, send, dataDir, apiBase, sellerFile, wait});
    parser.process(app);
    if (!parser.isSet(csv) || !parser.isSet(outDir)) {
        err(tr("stallpay invoice: give --csv FILE and --out DIR."));
        return 2;
    }

    const CsvFile::Read file = CsvFile::read(parser.value(csv)); // capped in size, UTF-16 named
    if (!file.ok()) {
        err(tr("stallpay invoice: %1: %2").arg(parser.value(csv), file.error));
        return 2;
    }
    if (!file.notice.isEmpty())
        err(tr("stallpay invoice: %1: %2").arg(parser.value(csv), file.notice));
    QString fileError;
    const QList<InvoiceCsvInvoice> invoices = InvoiceCsv::parse(file.utf8, &fileError);
    if (!fileError.isEmpty()) {
        err(tr("stallpay invoice: %1: %2").arg(parser.value(csv), fileError));
        return 2;
    }
    const QDir dir(parser.value(outDir));
    if (!dir.mkpath(u"."_s)) {
        err(tr("stallpay invoice: cannot make the folder %1.").arg(parser.value(outDir)));
        return 2;
    }

    Till till;
    Till::Options options;
    options.dataDir = parser.value(dataDir);
    options.apiBase = QUrl(parser.value(apiBase));
    QString error;
    if (!till.open(options, &error)) {
        err(u"stallpay invoice: "_s + error);
        return 2;
    }
    StallDetails seller = StallDetails::fromSettings(till.settings());
    if (parser.isSet(sellerFile)) {
        QStringList errors;
        if (!SellerFile::read(parser.value(sellerFile), &seller, &errors)) {
            for (const QString &e : errors)
                err(u"stallpay invoice: "_s + e);
            return 2;
        }
    } else if (till.isDemo()) {
        seller = seller.withDemoDefaults();
    }
    const QStringList missing = seller.missingForInvoice();
    if (!missing.isEmpty()) {
        err(tr("stallpay invoice: the law wants these seller details on an invoice, and they are missing: %1. Fill "
               "them in the settings or give them with --seller FILE.")
                .arg(missing.join(u", "_s)));
        return 2;
    }

    bool anyBad = false;
    QList<std::pair<QString, qint64>> made; // reference, sale id
    QList<qint64> fresh;
    int index = 0;
    for (const InvoiceCsvInvoice &invoice : invoices) {
        ++index;
        if (!invoice.isValid()) {
            anyBad = true;
            for (const QString &e : invoice.errors)
                err(tr("%1: %2").arg(parser.value(csv), e));
            err(tr("[%1/%2] %3: skipped, nothing invoiced").arg(index).arg(invoices.size()).arg(invoice.reference));
            continue;
        }
        if (const qint64 known = till.sales().queries().saleIdForReference(invoice.reference)) {
            err(tr("[%1/%2] %3: invoiced before, nothing new").arg(index).arg(invoices.size()).arg(invoice.reference));
            made.append({invoice.reference, known});
            continue;
        }
        Cart cart;
        for (const InvoiceCsvLine &line : invoice.lines) {
            cart.addAmount(line.description, line.unitPrice, line.vatClass);
            cart.setQuantity(int(cart.lines().size()) - 1, line.quantity);
        }
        InvoiceRequest request;
        request.buyer = invoice.buyer;
        request.termsDays = till.settings().dueDays();
        request.deliveryDate = invoice.deliveryDate;
        request.language = till.settings().language() == u"en"_s ? u"en"_s : u"sv"_s;
        request.reference = invoice.reference;
        const qint64 saleId = till.sales().commands().commit(cart, &error, &request);
        if (saleId == 0) {
            anyBad = true;
            err(tr("line %1, reference: %2").arg(invoice.firstLine).arg(error));
            continue;
        }
        err(tr("[%1/%2] %3: sale and invoice saved").arg(index).arg(invoices.size()).arg(invoice.reference));
        made.append({invoice.reference, saleId});
        fresh.append(saleId);
    }

    // The sync engine makes each payment order and link; the PDF carries the link's QR.
    if (!made.isEmpty()) {
        QObject::connect(&till, &Till::apiProblem, &till, [](const QString &problem) {
            err(tr("stallpay invoice: the payment service: %1").arg(problem));
        });
        till.connectApi();
        const auto linksSettled = [&] {
            for (const auto &[reference, saleId] : made) {
                Sale sale;
                if (till.sales().queries().load(saleId, &sale) && !SaleStates::isFinal(sale.state)
                    && sale.state != SaleState::LinkReady)
                    return false;
            }
            return true;
        };
        if (!waitFor(linksSettled, parser.value(wait).toInt() * 1000))
            err(tr("stallpay invoice: some payment links are not made yet; those invoices have no QR code. They are "
                   "made when the till is online."));
    }
    const InvoiceDocuments documents(till.sales(), seller);
    for (const auto &[reference, saleId] : made) {
        Sale sale;
        till.sales().queries().load(saleId, &sale);
        const QList<Invoice> all = till.sales().queries().invoices(saleId);
        if (all.isEmpty())
            continue;
        const Invoice &invoice = all.constFirst();
        const QString path = dir.absoluteFilePath(u"%1.pdf"_s.arg(invoice.number));
        if (!documents.savePdf(invoice.id, path, &error)) {
            anyBad = true;
            err(u"%1: %2"_s.arg(reference, error));
            continue;
        }
        if (parser.isSet(send) && fresh.contains(saleId) && !SaleStates::isFinal(sale.state)) {
            InvoiceBuyer buyer;
            till.sales().payer().buyer(saleId, &buyer);
            if ((!buyer.phone.isEmpty() || !buyer.email.isEmpty())
                && !till.sales().commands().requestDistribution(saleId, !buyer.phone.isEmpty(), !buyer.email.isEmpty(),
                                                                &error))
                err(u"%1: %2"_s.arg(reference, error));
        }
        out(u"%1\t%2\t%3\t%4"_s.arg(reference)
                .arg(invoice.number)
                .arg(QDir::toNativeSeparators(path), sale.checkoutUrl));
    }
    if (parser.isSet(send)) {
        // The distribute jobs go out before the process ends (or stay in the outbox for the till).
        waitFor([&] { return till.sales().queries().pendingActionCount() == 0; }, parser.value(wait).toInt() * 1000);
    }
    return anyBad ? 1 : 0;
}
