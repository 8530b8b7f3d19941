#include "saleservice.h"

SaleService::SaleService(Database &db, const Clock &clock, const VatTable &vatTable, QObject *parent)
    : QObject(parent)
    , m_queries(std::make_unique<SaleQueries>(db))
    , m_writer(new SaleWriter(db, clock, vatTable, *m_queries, this))
    , m_payer(std::make_unique<PayerData>(db, *m_writer))
    , m_commands(std::make_unique<SaleCommands>(*m_writer, *m_queries, *m_payer, clock, vatTable))
    , m_outcomes(std::make_unique<SyncOutcomes>(*m_writer, *m_queries))
    , m_spares(std::make_unique<SpareOrders>(*m_writer, db))
{
    connect(m_writer, &SaleWriter::saleChanged, this, &SaleService::saleChanged);
    connect(m_writer, &SaleWriter::salePaid, this, &SaleService::salePaid);
    connect(m_writer, &SaleWriter::outboxChanged, this, &SaleService::outboxChanged);
}

SaleService::~SaleService() = default;
