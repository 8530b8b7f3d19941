#include "documentjobs.h"

#include "ping/pingclient.h"
#include "sale/saleservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {
// An answer the engine counts as refused for good, with the reason in the seller's language.
PingResponse refusal(const QString &error, const QString &description)
{
    PingResponse r {PingResponse::Outcome::Rejected, 0, {}, {}, {}, -1};
    r.errors = {ApiError {error, {}, description}};
    return r;
}

const PingResponse kDone {PingResponse::Outcome::Ok, 200, {}, {}, {}, -1};
} // namespace

DocumentJobs::DocumentJobs(SaleService &sales, PingClient &client)
    : m_sales(sales)
    , m_client(client)
{ }

QString DocumentJobs::cachePath(const Sale &sale, PingDocument::Kind kind)
{
    return u"ping-documents/sale-%1-ping-%2.pdf"_s.arg(sale.number).arg(PingDocument::kindKey(kind));
}

void DocumentJobs::run(const OutboxJob &job, const Sale &sale, Finish finish)
{
    if (sale.paymentLinkId.isEmpty()) {
        finish(kDone, [this, job] {
            return m_sales.outcomes().recordJobDone(job, u"no ping document: the sale has no link"_s);
        });
        return;
    }
    if (job.kind == OutboxJob::Kind::PingReceipt)
        fetchReceipt(job, sale, finish);
    else
        makeInvoice(job, sale, finish);
}

void DocumentJobs::makeInvoice(const OutboxJob &job, const Sale &sale, Finish finish)
{
    // The link says whether Ping has made its invoice already (an earlier attempt whose answer was
    // lost, a crash after the request left): then it is only fetched, never made twice.
    m_client.getPaymentLink(sale.paymentLinkId, [this, job, sale, finish](const PingResponse &link) {
        if (!link.ok()) {
            finish(link, [] { return true; });
            return;
        }
        const PaymentLinkInfo info = PingJson::paymentLinkInfo(link.body.toObject());
        if (info.invoiceCreated) {
            fetchInvoice(job, sale, finish);
            return;
        }
        if (info.status != u"CREATED"_s) {
            finish(refusal(u"link_not_open"_s,
                           QCoreApplication::translate("DocumentJobs",
                                                       "Ping makes an invoice only of a link that waits for "
                                                       "payment; this one is %1.")
                               .arg(info.status.toLower())),
                   [] { return true; });
            return;
        }
        m_client.createLinkInvoice(sale.paymentLinkId, u"OCR"_s, [this, job, sale, finish](const PingResponse &made) {
            if (made.ok()) {
                fetchInvoice(job, sale, finish);
                return;
            }
            if (made.outcome != PingResponse::Outcome::Rejected) {
                finish(made, [] { return true; }); // unknown or not sent: the link is read again first
                return;
            }
            // Refused: "already exists" when a lost answer had made it after all.
            m_client.getPaymentLink(sale.paymentLinkId, [this, job, sale, made, finish](const PingResponse &again) {
                if (again.ok() && PingJson::paymentLinkInfo(again.body.toObject()).invoiceCreated)
                    fetchInvoice(job, sale, finish);
                else
                    finish(again.ok() ? made : again, [] { return true; });
            });
        });
    });
}

void DocumentJobs::fetchInvoice(const OutboxJob &job, const Sale &sale, Finish finish)
{
    m_client.getLinkInvoice(sale.paymentLinkId, [this, job, sale, finish](const PingResponse &r) {
        if (!r.ok()) {
            finish(r, [] { return true; });
            return;
        }
        const QJsonObject o = r.body.toObject();
        PingDocument doc;
        doc.kind = PingDocument::Kind::Invoice;
        doc.url = o[u"url"_s].toString();
        doc.referenceType = o[u"reference_type"_s].toString();
        doc.reference = o[u"reference"_s].toString();
        fetchPdf(job, sale, doc, finish);
    });
}

void DocumentJobs::fetchReceipt(const OutboxJob &job, const Sale &sale, Finish finish)
{
    m_client.getLinkReceipt(sale.paymentLinkId, [this, job, sale, finish](const PingResponse &r) {
        if (!r.ok()) {
            finish(r, [] { return true; });
            return;
        }
        PingDocument doc;
        doc.kind = PingDocument::Kind::Receipt;
        doc.url = r.body[u"url"_s].toString();
        fetchPdf(job, sale, doc, finish);
    });
}

void DocumentJobs::fetchPdf(const OutboxJob &job, const Sale &sale, PingDocument doc, Finish finish)
{
    doc.saleId = sale.id;
    doc.paymentLinkId = sale.paymentLinkId;
    doc.file = cachePath(sale, doc.kind);
    m_client.fetchDocument(QUrl(doc.url), [this, job, doc, finish](const PingResponse &r, const QByteArray &pdf) {
        if (!r.ok()) {
            finish(r, [] { return true; });
            return;
        }
        // The file is whole or not there (QSaveFile); only then is it recorded, with the job's end.
        const QDir folder(m_sales.queries().dataFolder());
        folder.mkpath(QFileInfo(doc.file).path());
        QSaveFile file(folder.filePath(doc.file));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
            finish(refusal(u"cache_not_written"_s,
                           QCoreApplication::translate("DocumentJobs", "Cannot save Ping's PDF in %1: %2")
                               .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())),
                   [] { return true; });
            return;
        }
        qCInfo(lcSync) << "cached ping" << PingDocument::kindKey(doc.kind) << "of sale" << doc.saleId << "in"
                       << doc.file;
        finish(r, [this, job, doc] { return m_sales.outcomes().recordPingDocument(job.id, doc); });
    });
}
