#include "sandboxprocess.h"

#include "testconfig.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::program() const
{
    return QString::fromUtf8(STALLPAY_BIN_DIR) + u"/ping-sandbox"_s;
}

bool SandboxProcess::readLine(QByteArray *line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_pending.contains('\n')) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_pending += m_process.readAllStandardOutput();
    }
    const qsizetype end = m_pending.indexOf('\n');
    *line = m_pending.left(end).trimmed();
    m_pending.remove(0, end + 1);
    return true;
}

bool SandboxProcess::start(const QStringList &extraArgs, QString *error)
{
    stop();
    m_pending.clear();
    m_stderr.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program(), QStringList {u"--listen"_s, u"127.0.0.1:0"_s} + extraArgs);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why + u"; stderr: "_s + QString::fromUtf8(standardError());
        kill();
        return false;
    };
    if (!m_process.waitForStarted(10000))
        return fail(u"cannot start %1: %2"_s.arg(program(), m_process.errorString()));

    // The first line comes once the sandbox listens, after its --fill (100,000 links: 3 s here, over
    // 15 s under ASan). A bound on a hung sandbox only: one that exits fails at once (readLine).
    QByteArray line;
    if (!readLine(&line, 120000))
        return fail(u"ping-sandbox printed no base URL"_s);
    m_baseUrl = QUrl(QString::fromUtf8(line));
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0)
        return fail(u"unexpected first line: %1"_s.arg(QString::fromUtf8(line)));
    // The account lines follow at once; anything else (checkout base, hints) is skipped.
    while (m_tenantId.isEmpty() || m_merchantId.isEmpty() || m_splitTreeId.isEmpty()) {
        if (!readLine(&line, 5000))
            return fail(u"ping-sandbox printed no account"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QString value = QString::fromUtf8(line.mid(colon + 1).trimmed());
        if (key == "tenant_id")
            m_tenantId = value;
        else if (key == "merchant_id")
            m_merchantId = value;
        else if (key == "split_tree_id")
            m_splitTreeId = value;
    }
    return true;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
    m_stderr += m_process.readAllStandardError();
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_stderr += m_process.readAllStandardError();
}

QByteArray SandboxProcess::standardError() const
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}
