#pragma once

#include <QList>
#include <QObject>
#include <QSslServer>
#include <QUrl>

// A tiny HTTPS server on loopback with a certificate from tests/data/tls (QSslServer, Qt 6.4):
// it counts the TLS handshakes clients begin and the ones that end encrypted, and keeps any bytes
// that arrive over an encrypted connection, so a test can show a client refused it before
// sending anything. It never answers.
class TlsServer : public QObject
{
    Q_OBJECT
public:
    // `fixture`: "selfsigned" or "expired" (tests/data/tls/<fixture>.crt and .key).
    explicit TlsServer(const QString &fixture, QObject *parent = nullptr);

    // Listens on 127.0.0.1 on a free port; false with *error set when the fixture cannot be read.
    bool listen(QString *error);
    QUrl origin() const; // https://127.0.0.1:<port>

    int handshakesStarted() const { return m_started; }
    int handshakesDone() const { return m_done; }
    QByteArray received() const { return m_received; }
    // What the server's own side saw go wrong, in Qt's words (e.g. the client's alert).
    QStringList errors() const { return m_errors; }

private:
    QString m_fixture;
    QSslServer m_server;
    int m_started = 0;
    int m_done = 0;
    QByteArray m_received;
    QStringList m_errors;
};
