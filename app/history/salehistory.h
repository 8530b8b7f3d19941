#pragma once

#include "money/money.h"
#include "salefilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;
class QSqlDatabase;

// One line of the history: what the list shows, without the sale's items.
struct SaleRow
{
    qint64 id = 0;
    qint64 number = 0;
    QDateTime createdAt;
    Money total;
    SaleState state = SaleState::Committed;
    QString paymentMethod;
    QString customer;
    QString statusKey; // state key, the value the Status sort orders by
};

// What the sales a filter matches add up to. Only paid sales are takings: the ones still open and
// the ones that came to nothing (cancelled, expired, refused) are counted apart.
struct SaleTotals
{
    qint64 count = 0; // every sale matched
    qint64 soldCount = 0; // paid, by link or in cash
    Money sold;
    qint64 openCount = 0; // not paid yet, still payable
    Money open;
    qint64 notSoldCount = 0; // cancelled, expired or refused
    Money notSold;
};

// The read side of the sales: pages of the history for a filter and an order, fast on a million
// sales because every page is an index walk from where the last one ended (keyset paging, never
// OFFSET) and search terms are looked up through indexes (schema 3).
class SaleHistory
{
public:
    explicit SaleHistory(const Database &db);

    // Up to limit rows after `after` (null for the first page) in the given order.
    QList<SaleRow>
    page(const SaleFilter &filter, SaleSortKey key, Qt::SortOrder order, const SaleRow *after, int limit) const;
    // The row of one sale if it matches the filter.
    bool row(const SaleFilter &filter, qint64 saleId, SaleRow *out) const;
    // Counts and amounts of the sales the filter matches, by outcome: a scan, so run it off the GUI thread
    // (TotalsCounter) on big databases.
    SaleTotals totals(const SaleFilter &filter) const;

    // The WHERE clause (without "WHERE", "1" for none) of a filter and its bound values, in order.
    static QString whereClause(const SaleFilter &filter, QVariantList *binds);
    static SaleTotals totals(const QSqlDatabase &db, const SaleFilter &filter);

private:
    const Database &m_db;
};
