#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

class Database;
class SandboxProcess;

// The invariants of the crash suites, each returning what is wrong (empty: all holds), so a test
// says QVERIFY2(why.isEmpty(), qPrintable(why)) and the failure names the sale.
namespace LifeCheck {

struct SaleRow
{
    qint64 number = 0;
    qint64 refundNumber = 0;
    QString state;
    QString orderId;
    QString linkId;
};

// The sales of a database, by number.
QHash<qint64, SaleRow> sales(Database &db);

// The books after any crash or power loss: `PRAGMA integrity_check` ok; every acknowledged sale
// present; the sales' series (sale numbers and return receipts' numbers) and the invoices' series
// each 1..n without a gap or a repeat, and the next number of each counter just after its last.
QString books(Database &db, const QSet<qint64> &acknowledged);
// Opens the database as the next start would (the app's Database) and checks books().
QString booksAt(const QString &databasePath, const QSet<qint64> &acknowledged);

// A till's database and the id its links carry.
struct TillBooks
{
    QString databasePath;
    QString tillId;
};
// A Till's data folder: its database, and the till id its settings hold (AppSettings).
TillBooks tillAt(const QString &dataDir);

// What must hold on the payment service at every moment, even mid-crash: no sale of any till has
// two paid links, and no payment has more than one refund.
QString serviceNow(const SandboxProcess &sandbox);

// Refunds of a payment order's payments, as the sandbox has them.
QJsonArray refundsOfOrder(const SandboxProcess &sandbox, const QString &orderId);

// After the last till drained: each of its sales ended right (a final state, or its one live link
// waiting for the payer), with exactly one live link at most, the one the sale knows; a refunded
// sale refunded once on the service; every link it made is on an order it knows; and every order
// no till knows (a create cut off by a kill) is still open without a link, and so are the orders
// in `untouched` (another till's, made behind the tills' backs).
// A sale the seller cancelled while its payer paid ends Paid after all, its order closed (the
// timeline says so: SyncOutcomes::recordLinkPaidBeforeCancel); counted in `paidBeforeCancel`.
// `leftOpen` counts those whose order is still open with the money on it (the bug these suites
// found, fixed: it must stay 0). Spare payment orders made ahead (spare_orders) are the till's too:
// open without a link while spare, closed (or about to be) once retired.
struct PaidBeforeCancel
{
    int sales = 0;
    int leftOpen = 0;
};
QString endOfLife(const SandboxProcess &sandbox,
                  const QList<TillBooks> &tills,
                  const QStringList &untouched = {},
                  PaidBeforeCancel *paidBeforeCancel = nullptr);

// How the sales of a database ended, for the figures: "paid 40, refunded 12, …".
QString endStates(const QString &databasePath);

// No sale ended cancelled that its till's seller did not try to cancel (nobody else cancelled it).
QString cancelledOnlyWhenAsked(const QString &databasePath, const QSet<qint64> &asked);

} // namespace LifeCheck
