#pragma once

#include "salehistory.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

#include <memory>

// Counts and sums the sales a filter matches on a thread of its own, with its own connection to
// the database file, so the history stays responsive while a million rows are added up. Only the
// answer to the newest request is reported.
class TotalsCounter : public QObject
{
    Q_OBJECT
public:
    explicit TotalsCounter(const QString &databasePath, QObject *parent = nullptr);
    ~TotalsCounter() override;

    // Asks for the totals of a filter; counted() follows, unless a newer request overtakes it.
    void request(const SaleFilter &filter);

signals:
    void counted(const SaleFilter &filter, const SaleTotals &totals);
    void work(quint64 generation, const SaleFilter &filter); // to the worker thread

private:
    QThread m_thread;
    std::shared_ptr<QAtomicInteger<quint64>> m_latest;
};
