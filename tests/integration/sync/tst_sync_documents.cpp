#include "clock/clock.h"
#include "money/vat.h"
#include "pdfreader.h"
#include "sandboxcheck.h"
#include "store/outbox.h"
#include "syncrig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Kind = PingDocument::Kind;

// Ping's own invoice and receipt of a sale's link, through the outbox against ping-sandbox: made
// once and fetched whatever answer is lost on the way, and across a restart with the request in the
// air; the PDF cached in the data folder is read back with pdftotext and carries the reference Ping
// gave. What the sandbox did is read from the sandbox itself (its link, and its request log).
class TestSyncDocuments : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncRig> m_rig;

    SyncRig &rig() { return *m_rig; }

    qint64 linkedSale()
    {
        const qint64 id = rig().sell(3);
        return rig().waitForState({id}, SaleState::LinkReady) && rig().drain() ? id : 0;
    }
    qint64 paidSale()
    {
        const qint64 id = linkedSale();
        Sale sale;
        if (id == 0 || !rig().sales().queries().load(id, &sale))
            return 0;
        if (SandboxCheck::admin(m_sandbox, "POST", u"/payment_links/%1/pay"_s.arg(sale.paymentLinkId), "{}").status
            != 200)
            return 0;
        rig().sync().pollSale(id);
        return rig().waitForState({id}, SaleState::Paid) && rig().drain() ? id : 0;
    }
    // The link as the sandbox has it.
    QJsonObject sandboxLink(const QString &linkId)
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(u"/payment_links/api/v1/payment_links/"_s + linkId);
        return httpRequest("GET", url, {}, {{"tenant_id", m_sandbox.tenantId().toUtf8()}}).json().object();
    }
    // How many requests to make the link's invoice reached the sandbox, by the answer it gave.
    int invoicePuts(const QString &linkId, const QString &status)
    {
        const QRegularExpression line(u"PUT /payment_links/api/v1/payment_links/%1/invoice %2 "_s.arg(linkId, status));
        int n = 0;
        for (auto it = line.globalMatch(QString::fromUtf8(m_sandbox.standardError())); it.hasNext(); it.next())
            ++n;
        return n;
    }
    static bool onTimeline(SaleService &sales, qint64 saleId, const QString &detailStart, int times = 1)
    {
        int n = 0;
        for (const SaleEvent &e : sales.queries().timeline(saleId))
            n += e.detail.startsWith(detailStart) ? 1 : 0;
        return n == times;
    }
    std::optional<PingDocument> document(qint64 saleId, Kind kind)
    {
        std::optional<PingDocument> found;
        int n = 0;
        for (const PingDocument &d : rig().sales().queries().pingDocuments(saleId)) {
            if (d.kind == kind) {
                found = d;
                ++n;
            }
        }
        return n == 1 ? found : std::nullopt;
    }
    // The cached invoice is the sandbox's own, read back: the link, the reference and the total.
    void checkCachedInvoice(qint64 saleId)
    {
        Sale sale;
        QVERIFY(rig().sales().queries().load(saleId, &sale));
        const QJsonObject link = sandboxLink(sale.paymentLinkId);
        QVERIFY(link[u"invoice_created"_s].toBool());
        const std::optional<PingDocument> doc = document(saleId, Kind::Invoice);
        QVERIFY(doc);
        QCOMPARE(doc->paymentLinkId, sale.paymentLinkId);
        QCOMPARE(doc->referenceType, u"OCR"_s);
        QCOMPARE(doc->reference, link[u"ocr"_s].toString());
        QVERIFY(!doc->reference.isEmpty());
        const QString path = QDir(m_dir->path()).filePath(doc->file);
        QVERIFY2(doc->file.startsWith(u"ping-documents/"_s), qPrintable(doc->file));
        const QString text = PdfReader::layoutText(path);
        QVERIFY2(text.contains(doc->reference), qPrintable(text));
        QVERIFY2(text.contains(sale.paymentLinkId), qPrintable(text));
        QVERIFY2(text.contains(sale.lines.first().description), qPrintable(text));
        QCOMPARE(sale.state, SaleState::LinkReady); // a document never moves the payment
        QVERIFY(onTimeline(rig().sales(), saleId, u"ping invoice fetched, reference "_s + doc->reference));
        QCOMPARE(invoicePuts(sale.paymentLinkId, u"403"_s), 0); // never asked for a second one
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"15"_s}, &error), qPrintable(error));
    }

    void init()
    {
        QCOMPARE(SandboxCheck::admin(m_sandbox, "POST", u"/reset"_s).status / 100, 2);
        m_dir = std::make_unique<QTemporaryDir>();
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox);
        QVERIFY(rig().isOpen());
    }

    void cleanup()
    {
        m_rig.reset();
        SandboxCheck::admin(m_sandbox, "DELETE", u"/faults"_s);
    }

    void pingInvoiceIsMadeOnceWhateverAnswerIsLost_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("status");
        const QString put = u"PUT /payment_links/api/v1/payment_links/*/invoice"_s;
        const QString get = u"GET /payment_links/api/v1/payment_links/*/invoice"_s;
        const QString pdf = u"GET /documents/*/invoice.pdf"_s;
        const QString link = u"GET /payment_links/api/v1/payment_links/*"_s;
        QTest::newRow("no fault") << QString() << QString() << 0 << 0;
        // Two drops, as Qt resends a request once by itself (docs/SANDBOX.md).
        QTest::newRow("answer to the PUT lost") << put << u"drop_after_apply"_s << 2 << 0;
        QTest::newRow("answer to the PUT unreadable") << put << u"malformed_json"_s << 1 << 0;
        QTest::newRow("PUT not applied (503)") << put << u"status"_s << 1 << 503;
        QTest::newRow("PUT lost on the way") << put << u"drop_before_apply"_s << 2 << 0;
        QTest::newRow("invoice's address lost") << get << u"drop_after_apply"_s << 2 << 0;
        QTest::newRow("PDF lost") << pdf << u"drop_after_apply"_s << 2 << 0;
        QTest::newRow("PDF not served (502)") << pdf << u"status"_s << 2 << 502;
        QTest::newRow("offline: the link cannot be read") << link << u"status"_s << 4 << 503;
    }

    void pingInvoiceIsMadeOnceWhateverAnswerIsLost()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, kind);
        QFETCH(int, count);
        QFETCH(int, status);
        const qint64 id = linkedSale();
        QVERIFY(id != 0);
        if (!endpoint.isEmpty()) {
            QJsonObject fault {{u"endpoint"_s, endpoint}, {u"kind"_s, kind}, {u"count"_s, count}};
            if (status != 0)
                fault.insert(u"status"_s, status);
            QVERIFY(SandboxCheck::addFault(m_sandbox, fault));
        }
        QString error;
        QVERIFY2(rig().sales().commands().requestPingDocument(id, Kind::Invoice, &error), qPrintable(error));
        // Asked twice while under way: refused, one job.
        QVERIFY(!rig().sales().commands().requestPingDocument(id, Kind::Invoice, &error));
        QVERIFY2(error.contains(u"already"_s), qPrintable(error));
        QVERIFY(onTimeline(rig().sales(), id, u"ping invoice requested"_s));
        QVERIFY(rig().drain());
        checkCachedInvoice(id);
        Sale sale;
        rig().sales().queries().load(id, &sale);
        QCOMPARE(invoicePuts(sale.paymentLinkId, u"204"_s), 1);
        // Cached: asking again is refused; the seller shows, prints or saves it.
        QVERIFY(!rig().sales().commands().requestPingDocument(id, Kind::Invoice, &error));
        QVERIFY2(error.contains(u"here already"_s), qPrintable(error));
    }

    void restartWithThePutInTheAirMakesNoSecondInvoice_data()
    {
        QTest::addColumn<bool>("applied");
        QTest::newRow("crash before the PUT left") << false;
        QTest::newRow("crash after Ping made it, before the answer") << true;
    }

    void restartWithThePutInTheAirMakesNoSecondInvoice()
    {
        QFETCH(bool, applied);
        const qint64 id = linkedSale();
        QVERIFY(id != 0);
        Sale sale;
        rig().sales().queries().load(id, &sale);
        m_rig.reset();
        QString ocrBefore;
        {
            // What the till had on disk when it died: the request, its job marked in flight (as the
            // engine marks it right before sending) and, when it left, Ping's invoice made.
            Database db;
            QString error;
            QVERIFY2(db.open(QDir(m_dir->path()).filePath(u"stallpay.sqlite"_s), &error), qPrintable(error));
            SaleService sales(db, Clock::system(), VatTable::sweden());
            QVERIFY2(sales.commands().requestPingDocument(id, Kind::Invoice, &error), qPrintable(error));
            const QList<OutboxJob> jobs = sales.queries().openJobs();
            QCOMPARE(jobs.size(), 1);
            QCOMPARE(jobs.first().kind, OutboxJob::Kind::PingInvoice);
            QVERIFY(sales.outcomes().recordJobInFlight(jobs.first()));
            if (applied) {
                QUrl put = m_sandbox.baseUrl();
                put.setPath(u"/payment_links/api/v1/payment_links/%1/invoice"_s.arg(sale.paymentLinkId));
                QCOMPARE(
                    httpRequest("PUT", put, R"({"reference_type":"OCR"})",
                                {{"tenant_id", m_sandbox.tenantId().toUtf8()}, {"Content-Type", "application/json"}})
                        .status,
                    204);
                ocrBefore = sandboxLink(sale.paymentLinkId)[u"ocr"_s].toString();
                QVERIFY(!ocrBefore.isEmpty());
            }
        }
        // The restart: the job reads the link first, and makes the invoice only if Ping has none.
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox);
        QVERIFY(rig().drain());
        checkCachedInvoice(id);
        QCOMPARE(invoicePuts(sale.paymentLinkId, u"204"_s), 1); // the one before the crash, or after it
        if (applied)
            QCOMPARE(document(id, Kind::Invoice)->reference, ocrBefore);
        QVERIFY(rig().sales().queries().openJobs().isEmpty());
    }

    void pingReceiptOfThePaidLinkIsFetchedWhateverIsLost_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("receipt's address lost") << u"GET /payment_links/api/v1/payment_links/*/receipt"_s;
        QTest::newRow("PDF lost") << u"GET /documents/*/receipt.pdf"_s;
    }

    void pingReceiptOfThePaidLinkIsFetchedWhateverIsLost()
    {
        QFETCH(QString, endpoint);
        const qint64 unpaid = linkedSale();
        QVERIFY(unpaid != 0);
        QString error;
        QVERIFY(!rig().sales().commands().requestPingDocument(unpaid, Kind::Receipt, &error));
        QVERIFY2(error.contains(u"once the payment link is paid"_s), qPrintable(error));
        const qint64 id = paidSale();
        QVERIFY(id != 0);
        QVERIFY(!rig().sales().commands().requestPingDocument(id, Kind::Invoice,
                                                              &error)); // Ping invoices unpaid links only
        QVERIFY(SandboxCheck::addFault(
            m_sandbox, {{u"endpoint"_s, endpoint}, {u"kind"_s, u"drop_after_apply"_s}, {u"count"_s, 2}}));
        QVERIFY2(rig().sales().commands().requestPingDocument(id, Kind::Receipt, &error), qPrintable(error));
        QVERIFY(rig().drain());
        const std::optional<PingDocument> doc = document(id, Kind::Receipt);
        QVERIFY(doc);
        Sale sale;
        rig().sales().queries().load(id, &sale);
        QCOMPARE(sale.state, SaleState::Paid);
        const QString text = PdfReader::layoutText(QDir(m_dir->path()).filePath(doc->file));
        QVERIFY2(text.contains(sale.paymentLinkId), qPrintable(text));
        QVERIFY2(text.contains(sale.lastPaymentId.isEmpty() ? sale.paymentLinkId : sale.lastPaymentId),
                 qPrintable(text));
        QVERIFY(onTimeline(rig().sales(), id, u"ping receipt fetched"_s));
    }

    void refusedDocumentLeavesThePaymentAlone()
    {
        // Asked for while the link waited, but the payer paid before the job ran: Ping makes no
        // invoice of a paid link, the job fails with the reason on the timeline, and the sale is
        // Paid as the payment says — never Failed because of a document.
        const qint64 id = linkedSale();
        QVERIFY(id != 0);
        Sale sale;
        rig().sales().queries().load(id, &sale);
        m_rig.reset();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(QDir(m_dir->path()).filePath(u"stallpay.sqlite"_s), &error), qPrintable(error));
            SaleService sales(db, Clock::system(), VatTable::sweden());
            QVERIFY2(sales.commands().requestPingDocument(id, Kind::Invoice, &error), qPrintable(error));
        }
        QCOMPARE(
            SandboxCheck::admin(m_sandbox, "POST", u"/payment_links/%1/pay"_s.arg(sale.paymentLinkId), "{}").status,
            200);
        m_rig = std::make_unique<SyncRig>(m_dir->path(), m_sandbox.baseUrl(), m_sandbox);
        rig().sync().pollSale(id);
        QVERIFY(rig().waitForState({id}, SaleState::Paid));
        QVERIFY(rig().drain());
        QCOMPARE(rig().state(id), SaleState::Paid);
        QVERIFY(rig().sales().queries().pingDocuments(id).isEmpty());
        QVERIFY(onTimeline(rig().sales(), id, u"ping_invoice refused: "_s));
        QCOMPARE(invoicePuts(sale.paymentLinkId, u"204"_s), 0);
    }

    void documentAddressMustBeHttps()
    {
        bool answered = false;
        rig().client().fetchDocument(QUrl(u"http://documents.example/invoice.pdf"_s),
                                     [&](const PingResponse &r, const QByteArray &pdf) {
                                         answered = true;
                                         QCOMPARE(r.outcome, PingResponse::Outcome::Rejected);
                                         QVERIFY(r.message().contains(u"not HTTPS"_s));
                                         QVERIFY(pdf.isEmpty());
                                     });
        QVERIFY(answered);
    }
};

QTEST_GUILESS_MAIN(TestSyncDocuments)
#include "tst_sync_documents.moc"
