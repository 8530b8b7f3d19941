#include "documentjobs.h"

#include "sale/saleservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

DocumentJobs::DocumentJobs(SaleService &sales, PaymentProvider &provider)
    : m_sales(sales)
    , m_provider(provider)
{ }

QString DocumentJobs::cachePath(const Sale &sale, PingDocument::Kind kind)
{
    return u"ping-documents/sale-%1-ping-%2.pdf"_s.arg(sale.number).arg(PingDocument::kindKey(kind));
}

void DocumentJobs::run(const OutboxJob &job, const Sale &sale, Finish finish)
{
    if (sale.paymentLinkId.isEmpty()) {
        finish(ProviderReply::done(),
               [this, job] { return m_sales.outcomes().recordJobDone(job, EventRecord::noPingDocument()); });
        return;
    }
    if (job.kind == OutboxJob::Kind::PingReceipt)
        fetch(job, sale, PingDocument::Kind::Receipt, finish);
    else
        makeInvoice(job, sale, finish);
}

void DocumentJobs::makeInvoice(const OutboxJob &job, const Sale &sale, Finish finish)
{
    // The link says whether the invoice is made already (an earlier attempt whose answer was lost,
    // a crash after the request left): then it is only fetched, never made twice.
    m_provider.getLink(sale.paymentLinkId, [this, job, sale, finish](const ProviderReply &r, const LinkSnapshot &link) {
        if (!r.ok()) {
            finish(r, [] { return true; });
            return;
        }
        if (link.invoiceCreated) {
            fetch(job, sale, PingDocument::Kind::Invoice, finish);
            return;
        }
        if (link.status != LinkStatus::Created) {
            finish(ProviderReply::refused(u"link_not_open"_s, {PaymentStatuses::token(link.status)}),
                   [] { return true; });
            return;
        }
        m_provider.createInvoice(sale.paymentLinkId, [this, job, sale, finish](const ProviderReply &made) {
            if (made.ok()) {
                fetch(job, sale, PingDocument::Kind::Invoice, finish);
                return;
            }
            if (made.outcome != ProviderReply::Outcome::Rejected) {
                finish(made, [] { return true; }); // unknown or not sent: the link is read again first
                return;
            }
            // Refused: "already exists" when a lost answer had made it after all.
            m_provider.getLink(sale.paymentLinkId,
                               [this, job, sale, made, finish](const ProviderReply &again, const LinkSnapshot &now) {
                                   if (again.ok() && now.invoiceCreated)
                                       fetch(job, sale, PingDocument::Kind::Invoice, finish);
                                   else
                                       finish(again.ok() ? made : again, [] { return true; });
                               });
        });
    });
}

void DocumentJobs::fetch(const OutboxJob &job, const Sale &sale, PingDocument::Kind kind, Finish finish)
{
    auto fetched = [this, job, sale, kind, finish](const ProviderReply &r, const LinkDocument &document) {
        if (r.ok())
            store(job, sale, kind, document, finish);
        else
            finish(r, [] { return true; });
    };
    if (kind == PingDocument::Kind::Receipt)
        m_provider.fetchReceipt(sale.paymentLinkId, std::move(fetched));
    else
        m_provider.fetchInvoice(sale.paymentLinkId, std::move(fetched));
}

void DocumentJobs::store(
    const OutboxJob &job, const Sale &sale, PingDocument::Kind kind, const LinkDocument &fetched, Finish finish)
{
    PingDocument doc;
    doc.saleId = sale.id;
    doc.kind = kind;
    doc.paymentLinkId = sale.paymentLinkId;
    doc.referenceType = fetched.referenceType;
    doc.reference = fetched.reference;
    doc.url = fetched.url;
    doc.file = cachePath(sale, kind);
    // The file is whole or not there (QSaveFile); only then is it recorded, with the job's end.
    const QDir folder(m_sales.queries().dataFolder());
    folder.mkpath(QFileInfo(doc.file).path());
    QSaveFile file(folder.filePath(doc.file));
    if (!file.open(QIODevice::WriteOnly) || file.write(fetched.pdf) != fetched.pdf.size() || !file.commit()) {
        finish(ProviderReply::refused(u"cache_not_written"_s,
                                      {QDir::toNativeSeparators(file.fileName()), file.errorString()}),
               [] { return true; });
        return;
    }
    qCInfo(lcSync) << "cached ping" << PingDocument::kindKey(doc.kind) << "of sale" << doc.saleId << "in" << doc.file;
    finish(ProviderReply::done(), [this, job, doc] { return m_sales.outcomes().recordPingDocument(job.id, doc); });
}
