#pragma once

#include "provider/paymentprovider.h"
#include "sale/pingdocument.h"
#include "store/outbox.h"

#include <functional>

class SaleService;
struct Sale;

// The outbox jobs of the payment service's own documents of a sale (JobRunner dispatches them
// here): its invoice of the sale's link and the receipt of the paid link, fetched as PDFs through
// the provider and cached in the data folder's ping-documents/. Exactly once: the link is read before the invoice is
// made, so an attempt whose answer was lost (or a crash, or a restart) never asks for a second one, and a refusal
// because one exists ("already exists", invoice_created) counts as made.
class DocumentJobs
{
public:
    using OnSuccess = std::function<bool()>;
    using Finish = std::function<void(const ProviderReply &reply, const OnSuccess &onSuccess)>;

    DocumentJobs(SaleService &sales, PaymentProvider &provider);

    void run(const OutboxJob &job, const Sale &sale, Finish finish);
    // Where a sale's document is cached, relative to the data folder.
    static QString cachePath(const Sale &sale, PingDocument::Kind kind);

private:
    void makeInvoice(const OutboxJob &job, const Sale &sale, Finish finish);
    // The document the service made, then store(): its invoice or the paid link's receipt.
    void fetch(const OutboxJob &job, const Sale &sale, PingDocument::Kind kind, Finish finish);
    void
    store(const OutboxJob &job, const Sale &sale, PingDocument::Kind kind, const LinkDocument &fetched, Finish finish);

    SaleService &m_sales;
    PaymentProvider &m_provider;
};
