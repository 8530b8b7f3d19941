#include "tlsserver.h"

#include "testconfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

TlsServer::TlsServer(const QString &fixture, QObject *parent)
    : QObject(parent)
    , m_fixture(fixture)
{
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_started; });
    connect(&m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { m_errors.append(u"socket error"_s); });
    connect(&m_server, &QSslServer::alertReceived, this,
            [this](QSslSocket *, QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                m_errors.append(u"alert from the client: "_s + description);
            });
    connect(&m_server, &QSslServer::peerVerifyError, this,
            [this](QSslSocket *, const QSslError &e) { m_errors.append(e.errorString()); });
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_done; // the handshake ended encrypted: the client trusted us
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
        }
    });
}

bool TlsServer::listen(QString *error)
{
    const QString base = QStringLiteral(STALLPAY_TEST_DATA_DIR) + u"/tls/"_s + m_fixture;
    QFile certFile(base + u".crt"_s);
    QFile keyFile(base + u".key"_s);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the fixture %1.crt/.key"_s.arg(base);
        return false;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = u"the fixture %1 is not a PEM certificate and RSA key"_s.arg(base);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    m_server.setSslConfiguration(config);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

QUrl TlsServer::origin() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}
