#pragma once

#include "payerdata.h"
#include "salecommands.h"
#include "salequeries.h"
#include "salewriter.h"
#include "syncoutcomes.h"

#include <QObject>

#include <memory>

class Clock;
class Database;
class VatTable;

// A till's sales, in parts by job: the seller's actions (commands), what sync learnt (outcomes),
// the payer's personal data (payer) and the reads (queries). All writes go through one SaleWriter,
// one transaction a change; what changed is signalled here.
class SaleService : public QObject
{
    Q_OBJECT
public:
    SaleService(Database &db, const Clock &clock, const VatTable &vatTable, QObject *parent = nullptr);
    ~SaleService() override;

    SaleCommands &commands() { return *m_commands; }
    SyncOutcomes &outcomes() { return *m_outcomes; }
    SpareOrders &spareOrders() { return *m_spares; }
    PayerData &payer() { return *m_payer; }
    const PayerData &payer() const { return *m_payer; }
    const SaleQueries &queries() const { return *m_queries; }

signals:
    void saleChanged(qint64 saleId);
    // The payer paid (the sale just became Paid): the seller may be on another sale by now.
    void salePaid(qint64 saleId);
    void outboxChanged();

private:
    std::unique_ptr<SaleQueries> m_queries;
    SaleWriter *m_writer; // a child: its signals are ours
    std::unique_ptr<PayerData> m_payer;
    std::unique_ptr<SaleCommands> m_commands;
    std::unique_ptr<SyncOutcomes> m_outcomes;
    std::unique_ptr<SpareOrders> m_spares;
};
