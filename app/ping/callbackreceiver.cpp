#include "callbackreceiver.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcPing)

CallbackReceiver::CallbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    m_server->route(u"/stallpay/payment-link-status"_s, QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) {
                        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                        const QString linkId = body[u"payment_link_id"_s].toString();
                        if (linkId.isEmpty())
                            return QHttpServerResponse(QHttpServerResponse::StatusCode::BadRequest);
                        qCInfo(lcPing) << "status callback for link" << linkId << body[u"status"_s].toString();
                        emit linkStatusChanged(linkId, body[u"status"_s].toString());
                        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
                    });
}

CallbackReceiver::~CallbackReceiver() = default;

bool CallbackReceiver::listen(const QString &address, quint16 port, QString *error)
{
    const QHostAddress host(address);
    const quint16 bound = m_server->listen(host, port);
    if (bound == 0) {
        *error = tr("Cannot receive status callbacks on %1:%2.").arg(address).arg(port);
        return false;
    }
    m_url = QUrl(u"http://%1:%2/stallpay/payment-link-status"_s
                     .arg(host.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address) : address)
                     .arg(bound));
    return true;
}
