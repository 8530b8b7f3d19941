// Ping's own documents of a sale: Ping's invoice and receipt of its link, asked for by the seller
// as outbox jobs (app/sync/documentjobs.cpp does them) and recorded once their PDF is cached.
#include "salecommands.h"
#include "salequeries.h"
#include "salewriter.h"
#include "store/database.h"
#include "syncoutcomes.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool SaleCommands::requestPingDocument(qint64 saleId, PingDocument::Kind kind, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    const bool receipt = kind == PingDocument::Kind::Receipt;
    const OutboxJob::Kind job = receipt ? OutboxJob::Kind::PingReceipt : OutboxJob::Kind::PingInvoice;
    if (sale.paymentLinkId.isEmpty() || (receipt && sale.paymentMethod == u"cash"_s)
        || !SaleLifecycle::next(sale, receipt ? SaleTrigger::PingReceipt : SaleTrigger::PingInvoice)) {
        *error = receipt ? tr("Sale %1 is %2; Ping's receipt is there once the payment link is paid.")
                               .arg(sale.number)
                               .arg(SaleStates::displayName(sale.state))
                         : tr("Sale %1 is %2; Ping's invoice is made of a payment link that waits for payment.")
                               .arg(sale.number)
                               .arg(SaleStates::displayName(sale.state));
        return false;
    }
    for (const OutboxJob &open : m_queries.openJobs()) {
        if (open.saleId == saleId && open.kind == job) {
            *error = receipt ? tr("Ping's receipt of sale %1 is being fetched already.").arg(sale.number)
                             : tr("Ping's invoice of sale %1 is being made already.").arg(sale.number);
            return false;
        }
    }
    for (const PingDocument &doc : m_queries.pingDocuments(saleId)) {
        if (doc.kind == kind && doc.paymentLinkId == sale.paymentLinkId
            && QFileInfo::exists(QDir(m_queries.dataFolder()).filePath(doc.file))) {
            *error = receipt ? tr("Ping's receipt of sale %1 is here already.").arg(sale.number)
                             : tr("Ping's invoice of sale %1 is here already.").arg(sale.number);
            return false;
        }
    }
    SaleChange c;
    c.saleId = saleId;
    c.on = receipt ? SaleTrigger::PingReceipt : SaleTrigger::PingInvoice;
    c.refuseIfNoRow = true;
    c.eventKind = u"document"_s;
    c.event = EventRecord::pingDocumentRequested(PingDocument::kindKey(kind));
    return m_writer.apply(c, error);
}

bool SyncOutcomes::recordPingDocument(qint64 jobId, const PingDocument &document)
{
    SaleChange c;
    c.saleId = document.saleId;
    c.document = document;
    c.eventKind = u"document"_s;
    c.event = document.kind == PingDocument::Kind::Receipt ? EventRecord::pingReceiptFetched()
                                                           : EventRecord::pingInvoiceFetched(document.reference);
    c.job.jobId = jobId;
    return m_writer.apply(c);
}

QString SaleQueries::dataFolder() const
{
    return QFileInfo(m_db.path()).absolutePath();
}

QList<PingDocument> SaleQueries::pingDocuments(qint64 saleId) const
{
    QList<PingDocument> list;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT kind, payment_link_id, reference_type, reference, url, file, fetched_at FROM ping_documents"
              " WHERE sale_id = ? ORDER BY id"_s);
    q.addBindValue(saleId);
    q.exec();
    while (q.next()) {
        PingDocument doc;
        doc.saleId = saleId;
        doc.kind = q.value(0).toString() == u"receipt"_s ? PingDocument::Kind::Receipt : PingDocument::Kind::Invoice;
        doc.paymentLinkId = q.value(1).toString();
        doc.referenceType = q.value(2).toString();
        doc.reference = q.value(3).toString();
        doc.url = q.value(4).toString();
        doc.file = q.value(5).toString();
        doc.fetchedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        list.append(doc);
    }
    return list;
}
