#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace {
constexpr char kRaise[] = "raise\n";
constexpr char kRaised[] = "raised\n";
} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine() != kRaise) {
                    socket->disconnectFromServer();
                    return;
                }
                emit raiseRequested();
                socket->write(kRaised);
                socket->disconnectFromServer();
            });
        }
    });
}

QString InstanceChannel::serverName(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return u"stallpay-"_s + QString::fromLatin1(hash);
}

bool InstanceChannel::askToRaise(const QString &dataDir, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(dataDir));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kRaised;
}

bool InstanceChannel::listen(const QString &dataDir, QString *error)
{
    const QString name = serverName(dataDir);
    QLocalServer::removeServer(name);
    if (m_server->listen(name))
        return true;
    *error = m_server->errorString();
    return false;
}
