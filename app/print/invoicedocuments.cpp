#include "invoicedocuments.h"

#include "documentlanguage.h"
#include "sale/saleservice.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

InvoiceDocuments::InvoiceDocuments(const SaleService &sales, StallDetails seller, QString qmDir)
    : m_sales(sales)
    , m_seller(std::move(seller))
    , m_qmDir(std::move(qmDir))
{ }

InvoiceDocuments::~InvoiceDocuments() = default;

const QTranslator *InvoiceDocuments::translator(const QString &language) const
{
    const QString lang = DocumentLanguage::normalise(language);
    if (!m_translators.contains(lang))
        m_translators.insert(lang, std::shared_ptr<QTranslator>(DocumentLanguage::load(lang, m_qmDir)));
    return m_translators.value(lang).get();
}

std::unique_ptr<InvoiceRenderer>
InvoiceDocuments::document(qint64 invoiceId, bool reminder, const QDate &today, QString *error) const
{
    Invoice invoice;
    Sale sale;
    if (!m_sales.queries().loadInvoice(invoiceId, &invoice) || !m_sales.queries().load(invoice.saleId, &sale)) {
        *error = tr("Invoice %1 is not in this till's records.").arg(invoiceId);
        return nullptr;
    }
    InvoiceBuyer buyer;
    m_sales.payer().buyer(invoice.saleId, &buyer);
    const InvoiceRenderer::Mode mode = invoice.isCreditNote() ? InvoiceRenderer::Mode::CreditNote
        : reminder                                            ? InvoiceRenderer::Mode::Reminder
                                                              : InvoiceRenderer::Mode::Invoice;
    return std::make_unique<InvoiceRenderer>(sale, invoice, buyer, m_seller, translator(invoice.language), mode, today);
}

bool InvoiceDocuments::savePdf(
    qint64 invoiceId, const QString &path, QString *error, bool reminder, const QDate &today) const
{
    const std::unique_ptr<InvoiceRenderer> doc = document(invoiceId, reminder, today, error);
    return doc && doc->saveAsPdf(path, error);
}

QString InvoiceDocuments::fileName(qint64 invoiceId, bool reminder) const
{
    QString error;
    const std::unique_ptr<InvoiceRenderer> doc = document(invoiceId, reminder, {}, &error);
    return doc ? doc->suggestedFileName() : QString();
}
