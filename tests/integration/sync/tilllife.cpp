#include "tilllife.h"

#include "ping/pingclient.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

TillLife::TillLife(Till &till, const QUrl &sandbox, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_till(till)
    , m_sandbox(sandbox)
    , m_random(seed)
    , m_payer(new QNetworkAccessManager(this))
{
    // Often enough that the last line before a kill is the state at the kill, to a few ms; the
    // jobs themselves take a second or more (the suites' latency), so a kill that this reports
    // as landing in flight did.
    auto *probe = new QTimer(this);
    probe->setTimerType(Qt::PreciseTimer);
    connect(probe, &QTimer::timeout, this, &TillLife::reportInFlight);
    probe->start(2);
}

void TillLife::say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int TillLife::unansweredRequests() const
{
    int n = 0;
    for (const QNetworkReply *reply : m_till.client().findChildren<QNetworkReply *>())
        n += reply->isFinished() ? 0 : 1;
    return n;
}

void TillLife::reportInFlight()
{
    const int jobs = m_till.sync().runningCount();
    const int requests = unansweredRequests();
    if (jobs == m_lastJobs && requests == m_lastRequests)
        return;
    m_lastJobs = jobs;
    m_lastRequests = requests;
    say(u"inflight %1 %2"_s.arg(jobs).arg(requests));
}

void TillLife::startSelling(int tickMs)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &TillLife::tick);
    timer->start(tickMs);
}

void TillLife::startDraining(int lingerMs, int timeoutMs)
{
    const auto drained = [this] {
        return m_till.sales().queries().pendingActionCount() == 0 && m_till.sync().runningCount() == 0;
    };
    auto *timer = new QTimer(this);
    auto since = std::make_shared<QDateTime>();
    connect(timer, &QTimer::timeout, this, [drained, since, lingerMs] {
        if (!drained()) {
            *since = {};
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!since->isValid())
            *since = now;
        if (since->msecsTo(now) >= lingerMs) {
            say(u"drained"_s);
            QCoreApplication::exit(0);
        }
    });
    timer->start(50);
    QTimer::singleShot(timeoutMs, this, [this] {
        // Say what is stuck, for the test's failure message.
        for (const OutboxJob &job : m_till.sales().queries().openJobs()) {
            std::fprintf(stderr, "open job %lld sale %lld %s %s attempts %d next %s: %s\n", job.id, job.saleId,
                         qPrintable(Outbox::kindKey(job.kind)), qPrintable(Outbox::statusKey(job.status)), job.attempts,
                         qPrintable(job.nextAttemptAt.toString(Qt::ISODateWithMs)), qPrintable(job.lastError));
        }
        QCoreApplication::exit(1);
    });
}

qint64 TillLife::randomSale(const QString &states) const
{
    QSqlQuery q(m_till.database().connection());
    return q.exec(u"SELECT id FROM sales WHERE state IN (%1) ORDER BY RANDOM() LIMIT 1"_s.arg(states)) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

void TillLife::tick()
{
    const quint32 roll = m_random.bounded(100u);
    if (roll < 30) {
        charge();
        return;
    }
    const qint64 id = roll < 85 ? randomSale(u"'committed', 'order_created', 'link_ready'"_s)
                                : randomSale(u"'paid', 'cancelled', 'refunding', 'refunded'"_s);
    if (id != 0)
        actOn(id);
}

void TillLife::fillCart(Cart &cart, int items)
{
    for (int i = 0; i < items; ++i) {
        Product p;
        p.id = 1 + i;
        p.name = u"Vara %1"_s.arg(i);
        p.price = Money::fromOre(995 + 100 * i);
        p.vatClass = i % 2 ? VatClass::Food : VatClass::Standard;
        cart.addProduct(p);
    }
}

void TillLife::charge()
{
    Cart cart;
    fillCart(cart, 1 + int(m_random.bounded(3)));
    QString error;
    const qint64 id = m_till.sales().commands().commit(cart, &error);
    Sale sale;
    if (id != 0 && m_till.sales().queries().load(id, &sale))
        say(u"committed %1"_s.arg(sale.number));
}

void TillLife::actOn(qint64 saleId)
{
    Sale sale;
    if (!m_till.sales().queries().load(saleId, &sale))
        return;
    SaleCommands &commands = m_till.sales().commands();
    const quint32 roll = m_random.bounded(100u);
    QString error;
    const auto done = [&sale](const QString &what) {
        say(u"action %1 %2"_s.arg(what).arg(sale.number));
    };
    switch (sale.state) {
    case SaleState::Committed:
    case SaleState::OrderCreated:
    case SaleState::LinkReady:
        if (roll < 25) {
            SaleContact contact;
            if (!m_till.sales().payer().contact(saleId, &contact)) {
                contact.phone = u"+4670%1"_s.arg(1000000 + sale.number % 9000000);
                contact.email = u"kund%1@example.com"_s.arg(sale.number);
                if (!m_till.sales().payer().saveContact(saleId, contact, &error))
                    return;
            }
            const bool sms = roll % 2 == 0;
            if (commands.requestDistribution(saleId, sms, !sms || roll % 3 == 0, &error))
                done(u"distribute"_s);
        } else if (sale.state != SaleState::LinkReady) {
            return; // the rest needs a link
        } else if (roll < 60) {
            pay(sale.number, sale.paymentLinkId);
        } else if (roll < 75) {
            // Said before, so that no kill can leave a sale cancelled that the test did not hear of.
            say(u"cancelling %1"_s.arg(sale.number));
            if (commands.cancel(saleId, &error))
                done(u"cancel"_s);
        } else if (roll < 90) {
            if (commands.requestNewLink(saleId, &error))
                done(u"newlink"_s);
        }
        break;
    case SaleState::Paid:
        if (roll < 60 && commands.requestRefund(saleId, u"requested_by_customer"_s, {}, &error))
            done(u"refund"_s);
        break;
    default:
        break;
    }
}

void TillLife::pay(qint64 number, const QString &linkId)
{
    if (linkId.isEmpty())
        return;
    QUrl url = m_sandbox;
    url.setPath(u"/_sandbox/payment_links/%1/pay"_s.arg(linkId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_payer->post(request, QByteArrayLiteral("{}"));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    say(u"paying %1"_s.arg(number));
}
