// SaleService's part in Ping's own documents: Ping's invoice and receipt of a sale's link, asked
// for as outbox jobs (app/sync/documentjobs.cpp does them) and recorded once their PDF is cached.
#include "saleservice.h"
#include "store/clock.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSale)

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

OutboxJob::Kind jobKind(PingDocument::Kind kind)
{
    return kind == PingDocument::Kind::Receipt ? OutboxJob::Kind::PingReceipt : OutboxJob::Kind::PingInvoice;
}
} // namespace

QString SaleService::dataFolder() const
{
    return QFileInfo(m_db.path()).absolutePath();
}

bool SaleService::requestPingDocument(qint64 saleId, PingDocument::Kind kind, QString *error)
{
    Sale sale;
    if (!load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    const bool receipt = kind == PingDocument::Kind::Receipt;
    if (sale.paymentLinkId.isEmpty()
        || (receipt ? !SaleStates::canRequestPingReceipt(sale.state) || sale.paymentMethod == u"cash"_s
                    : !SaleStates::canRequestPingInvoice(sale.state))) {
        *error = receipt ? tr("Sale %1 is %2; Ping's receipt is there once the payment link is paid.")
                               .arg(sale.number)
                               .arg(SaleStates::displayName(sale.state))
                         : tr("Sale %1 is %2; Ping's invoice is made of a payment link that waits for payment.")
                               .arg(sale.number)
                               .arg(SaleStates::displayName(sale.state));
        return false;
    }
    for (const OutboxJob &job : openJobs()) {
        if (job.saleId == saleId && job.kind == jobKind(kind)) {
            *error = receipt ? tr("Ping's receipt of sale %1 is being fetched already.").arg(sale.number)
                             : tr("Ping's invoice of sale %1 is being made already.").arg(sale.number);
            return false;
        }
    }
    for (const PingDocument &doc : pingDocuments(saleId)) {
        if (doc.kind == kind && doc.paymentLinkId == sale.paymentLinkId
            && QFileInfo::exists(QDir(dataFolder()).filePath(doc.file))) {
            *error = receipt ? tr("Ping's receipt of sale %1 is here already.").arg(sale.number)
                             : tr("Ping's invoice of sale %1 is here already.").arg(sale.number);
            return false;
        }
    }
    Change c;
    c.saleId = saleId;
    c.eventKind = u"document"_s;
    c.detail = u"ping %1 requested"_s.arg(PingDocument::kindKey(kind));
    c.enqueue = {jobKind(kind)};
    return apply(c, error);
}

bool SaleService::recordPingDocument(qint64 jobId, const PingDocument &doc)
{
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    // A document fetched again (its cached file was lost) replaces its row: one per kind and link.
    q.prepare(u"INSERT INTO ping_documents (sale_id, kind, payment_link_id, reference_type, reference, url, file,"
              " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sale_id, kind, payment_link_id) DO UPDATE"
              " SET reference_type = excluded.reference_type, reference = excluded.reference, url = excluded.url,"
              " file = excluded.file, fetched_at = excluded.fetched_at"_s);
    q.addBindValue(doc.saleId);
    q.addBindValue(PingDocument::kindKey(doc.kind));
    q.addBindValue(doc.paymentLinkId);
    q.addBindValue(doc.referenceType.isEmpty() ? QVariant() : QVariant(doc.referenceType));
    q.addBindValue(doc.reference.isEmpty() ? QVariant() : QVariant(doc.reference));
    q.addBindValue(doc.url);
    q.addBindValue(doc.file);
    q.addBindValue(iso(now));
    bool ok = q.exec();
    if (ok) {
        q.prepare(u"INSERT INTO sale_events (sale_id, at, kind, state, detail) VALUES (?, ?, 'document', NULL, ?)"_s);
        q.addBindValue(doc.saleId);
        q.addBindValue(iso(now));
        q.addBindValue(doc.kind == PingDocument::Kind::Receipt
                           ? u"ping receipt fetched"_s
                           : u"ping invoice fetched, reference %1"_s.arg(doc.reference));
        ok = q.exec();
    }
    JobUpdate done;
    done.jobId = jobId;
    ok = ok && Outbox::update(db, done, now);
    if (!ok || !db.commit()) {
        qCWarning(lcSale) << "ping document of sale" << doc.saleId << "not recorded:" << q.lastError().text();
        db.rollback();
        return false;
    }
    emit saleChanged(doc.saleId);
    emit outboxChanged();
    return true;
}

QList<PingDocument> SaleService::pingDocuments(qint64 saleId) const
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
