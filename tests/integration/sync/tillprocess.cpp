#include "tillprocess.h"

#include "testconfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

TillProcess::TillProcess(const QString &dataDir, const QUrl &sandbox)
    : m_dataDir(dataDir)
    , m_sandbox(sandbox)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"stallpay.*.info=false"_s); // a line a request adds up
    m_process.setProcessEnvironment(env);
    m_process.setStandardErrorFile(QDir(dataDir).filePath(u"driver.log"_s), QIODevice::Append);
    QDir().mkpath(dataDir);
}

TillProcess::~TillProcess()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

quint32 TillProcess::seedFromEnvironment()
{
    const quint32 seed = qEnvironmentVariableIsSet("STALLPAY_SEED")
        ? quint32(qEnvironmentVariableIntValue("STALLPAY_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("STALLPAY_SEED=%u", seed);
    return seed;
}

QString TillProcess::databasePath() const
{
    return QDir(m_dataDir).filePath(u"stallpay.sqlite"_s);
}

QStringList TillProcess::commonArgs() const
{
    return {u"--data-dir"_s, m_dataDir, u"--api-base"_s, m_sandbox.toString()};
}

bool TillProcess::start(int tickMs, QString *error)
{
    m_pending.clear();
    m_lastJobs = 0;
    m_process.start(QStringLiteral(STALLPAY_BIN_DIR "/tilldriver"),
                    commonArgs() + QStringList {u"--life"_s, QString::number(tickMs)});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    return true;
}

void TillProcess::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        if (line.startsWith("committed "))
            m_acknowledged.insert(line.mid(10).toLongLong());
        else if (line.startsWith("cancelling "))
            m_cancelAsked.insert(line.mid(11).toLongLong());
        else if (line.startsWith("action ") || line.startsWith("paying "))
            ++m_actions;
        else if (line.startsWith("inflight ")) {
            // A job under way with its request unanswered: both, or it does not count.
            const QList<QByteArray> counts = line.split(' ');
            m_lastJobs = counts.value(2).toInt() > 0 ? counts.value(1).toInt() : 0;
        }
    }
}

bool TillProcess::waitForJobInFlight(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && isRunning()) {
        readLines();
        if (m_lastJobs > 0)
            return true;
        QTest::qWait(5);
    }
    return false;
}

bool TillProcess::kill()
{
    m_process.kill(); // SIGKILL: no destructor, no flush, mid-transaction or mid-request
    m_process.waitForFinished(20000);
    readLines(); // everything it wrote before it died
    ++m_kills;
    const bool inFlight = m_lastJobs > 0;
    m_killsInFlight += inFlight ? 1 : 0;
    return inFlight;
}

bool TillProcess::drain(int lingerMs, QString *error)
{
    startDrain(lingerMs);
    return finishDrain(error);
}

void TillProcess::startDrain(int lingerMs)
{
    m_drain = std::make_unique<QProcess>();
    m_drain->setProcessEnvironment(m_process.processEnvironment());
    m_drain->start(QStringLiteral(STALLPAY_BIN_DIR "/tilldriver"),
                   commonArgs() + QStringList {u"--life-drain"_s, QString::number(lingerMs)});
}

bool TillProcess::finishDrain(QString *error)
{
    QDeadlineTimer deadline(660000); // the driver gives up after 600 s and says what is open
    while (!deadline.hasExpired() && m_drain->state() != QProcess::NotRunning)
        QTest::qWait(50);
    if (m_drain->state() != QProcess::NotRunning || m_drain->exitStatus() != QProcess::NormalExit
        || m_drain->exitCode() != 0) {
        const bool running = m_drain->state() != QProcess::NotRunning;
        m_drain->kill();
        m_drain->waitForFinished();
        *error = u"the drain of %1 %2: "_s.arg(m_dataDir,
                                               running ? u"did not end"_s
                                                   : m_drain->exitStatus() == QProcess::CrashExit
                                                   ? u"crashed"_s
                                                   : u"exited %1"_s.arg(m_drain->exitCode()))
            + QString::fromUtf8(m_drain->readAllStandardError().right(4000));
        return false;
    }
    return true;
}
