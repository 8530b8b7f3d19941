#pragma once

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

// One till of the whole-life crash suites: tilldriver --life as a child process on its own data
// folder, started, killed with SIGKILL and started again. Keeps what the till acknowledged
// ("committed N" lines) across its lives, and whether each kill landed with a job in flight.
class TillProcess
{
public:
    TillProcess(const QString &dataDir, const QUrl &sandbox);
    ~TillProcess();
    TillProcess(const TillProcess &) = delete;
    TillProcess &operator=(const TillProcess &) = delete;

    bool start(int tickMs, QString *error);
    // Waits (running the event loop) until the till reports a job in flight, or `timeoutMs`;
    // true when it did.
    bool waitForJobInFlight(int timeoutMs);
    // kill -9, then reads what the till said to its end. True when its last "inflight" line had a
    // job under way and a request unanswered: the kill cut off a request whose outcome the till
    // had not recorded.
    bool kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // --life-drain: finishes every job, waits `lingerMs` more, exits 0; false (with its last words)
    // otherwise. startDrain() and finishDrain() let two tills drain at once.
    bool drain(int lingerMs, QString *error);
    void startDrain(int lingerMs);
    bool finishDrain(QString *error);

    // STALLPAY_SEED, or a fresh one; printed, so a failing run's choices can be repeated.
    static quint32 seedFromEnvironment();

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    const QSet<qint64> &acknowledged() const { return m_acknowledged; }
    // Sales the seller tried to cancel: no other sale of this till may end cancelled.
    const QSet<qint64> &cancelAsked() const { return m_cancelAsked; }
    int actions() const { return m_actions; }
    int killsInFlight() const { return m_killsInFlight; }
    int kills() const { return m_kills; }

private:
    void readLines();
    QStringList commonArgs() const;

    QString m_dataDir;
    QUrl m_sandbox;
    QProcess m_process;
    std::unique_ptr<QProcess> m_drain;
    QByteArray m_pending;
    QSet<qint64> m_acknowledged;
    QSet<qint64> m_cancelAsked;
    int m_actions = 0;
    int m_lastJobs = 0;
    int m_kills = 0;
    int m_killsInFlight = 0;
};
