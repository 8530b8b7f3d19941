#include "totalscounter.h"

#include "store/database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Lives on the counter's thread; the connection is opened there and used only there.
class TotalsWorker : public QObject
{
    Q_OBJECT
public:
    TotalsWorker(QString path, std::shared_ptr<const QAtomicInteger<quint64>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
    { }

    void count(quint64 generation, const SaleFilter &filter)
    {
        if (generation != m_latest->loadRelaxed())
            return; // overtaken while queued
        if (!m_db) {
            m_db = std::make_unique<Database>();
            QString error;
            if (!m_db->open(m_path, &error)) {
                qWarning("totals: %s", qUtf8Printable(error));
                m_db.reset();
                return;
            }
        }
        const SaleTotals totals = SaleHistory::totals(m_db->connection(), filter);
        emit counted(generation, filter, totals);
    }

signals:
    void counted(quint64 generation, const SaleFilter &filter, const SaleTotals &totals);

private:
    QString m_path;
    std::shared_ptr<const QAtomicInteger<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
};

} // namespace

TotalsCounter::TotalsCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<QAtomicInteger<quint64>>(0))
{
    auto *worker = new TotalsWorker(databasePath, m_latest);
    worker->moveToThread(&m_thread);
    connect(this, &TotalsCounter::work, worker, &TotalsWorker::count);
    connect(worker, &TotalsWorker::counted, this,
            [this](quint64 generation, const SaleFilter &filter, const SaleTotals &totals) {
                if (generation == m_latest->loadRelaxed())
                    emit counted(filter, totals);
            });
    // Runs on the counter's thread as it ends: the connection is closed where it was opened.
    connect(&m_thread, &QThread::finished, worker, [worker] { delete worker; });
    m_thread.setObjectName(u"history-totals"_s);
    m_thread.start(QThread::LowPriority);
}

TotalsCounter::~TotalsCounter()
{
    m_thread.quit();
    m_thread.wait();
}

void TotalsCounter::request(const SaleFilter &filter)
{
    const quint64 generation = m_latest->loadRelaxed() + 1;
    m_latest->storeRelaxed(generation);
    emit work(generation, filter);
}

#include "totalscounter.moc"
