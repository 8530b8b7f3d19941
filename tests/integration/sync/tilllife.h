#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

class Cart;
class QNetworkAccessManager;
class Till;

// The whole life of sales on a real Till (app/till: its settings, its till id, real sync timings,
// the HTTPS rules), for the crash suites: every tick it charges a sale or does what a seller or a
// payer would do to one (send by SMS/e-mail, pay at the sandbox, cancel, new link, refund).
// Prints, each line flushed at once:
//   "committed N"       the sale numbered N is on disk (the commit's transaction returned)
//   "action WHAT N"     a command on sale N was stored (distribute, cancel, newlink, refund)
//   "cancelling N"      said before the seller's cancel of sale N is tried
//   "paying N"          the payer asks the sandbox to pay sale N's link (the till is not told)
//   "inflight J R"      J outbox jobs under way, R API requests unanswered, whenever either changes
// The last "inflight" line before a kill -9 says whether the kill landed with a job in flight.
class TillLife : public QObject
{
    Q_OBJECT
public:
    TillLife(Till &till, const QUrl &sandbox, quint32 seed, QObject *parent = nullptr);

    void startSelling(int tickMs);
    // Sells nothing; exits 0 once no job is open and none is running, and still so `lingerMs`
    // later (a poll cycle, so a late second link is found and cancelled); 1 after `timeoutMs`.
    void startDraining(int lingerMs, int timeoutMs);
    // Items 1..n of a stall's goods, standard and food VAT in turn.
    static void fillCart(Cart &cart, int items);

private:
    void tick();
    void charge();
    void actOn(qint64 saleId);
    void pay(qint64 number, const QString &linkId);
    qint64 randomSale(const QString &states) const;
    void reportInFlight();
    int unansweredRequests() const;
    static void say(const QString &line);

    Till &m_till;
    QUrl m_sandbox;
    QRandomGenerator m_random;
    QNetworkAccessManager *m_payer;
    int m_lastJobs = -1;
    int m_lastRequests = -1;
};
