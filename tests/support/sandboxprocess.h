#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Runs bin/ping-sandbox on 127.0.0.1 and a free port as a child process for integration tests.
// The child prints its base URL as the first stdout line, then its account IDs.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the child and waits (up to 15 s) until it has printed its URL and account.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop(); // graceful (SIGTERM), so --state is written
    void kill(); // abrupt, like a crash or a power cut

    QUrl baseUrl() const { return m_baseUrl; }
    QString tenantId() const { return m_tenantId; }
    QString merchantId() const { return m_merchantId; }
    QString splitTreeId() const { return m_splitTreeId; }
    QString program() const;
    QByteArray standardError() const; // what the child logged so far
    bool isRunning() const;

private:
    bool readLine(QByteArray *line, int timeoutMs);

    mutable QProcess m_process; // reading stderr from a const getter drains the pipe
    QUrl m_baseUrl;
    QString m_tenantId;
    QString m_merchantId;
    QString m_splitTreeId;
    QByteArray m_pending;
    mutable QByteArray m_stderr;
};
