#include "sandbox/responsewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sandbox {

void ResponseWriter::write(QPointer<QTcpSocket> socket, const SandboxResponse &response, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(response.serialize(closeAfter));
    if (closeAfter)
        socket->disconnectFromHost(); // flushes what was written first
}

void ResponseWriter::drip(
    QPointer<QTcpSocket> socket, const SandboxResponse &response, int bytes, int intervalMs, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(response.head(closeAfter));
    socket->flush();
    auto *timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    const QByteArray body = response.headOnly ? QByteArray() : response.body;
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, offset, body, bytes, closeAfter] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        socket->write(body.mid(*offset, bytes));
        socket->flush();
        *offset += bytes;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            if (closeAfter)
                socket->disconnectFromHost();
        }
    });
    if (body.isEmpty()) {
        delete timer;
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    timer->start(intervalMs);
}

void ResponseWriter::drop(QPointer<QTcpSocket> socket)
{
    if (socket)
        socket->abort();
}

SandboxResponse ResponseWriter::malformed(const SandboxResponse &response)
{
    SandboxResponse broken = response;
    if (broken.status == 204)
        broken.status = 200; // a 204 cannot carry the broken body
    broken.contentType = "application/json; charset=utf-8"_ba;
    broken.body = response.body.left(response.body.size() / 2) + "\x01<html>Bad gateway</ht"_ba;
    return broken;
}

void ResponseWriter::endless(QPointer<QTcpSocket> socket)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "1\r\n[\r\n"_ba);
    QByteArray item = R"({"id":"endless","status":"CREATED"},)"_ba.repeated(1024);
    const QByteArray chunk = QByteArray::number(item.size(), 16) + "\r\n"_ba + item + "\r\n"_ba;
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, chunk] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        if (socket->bytesToWrite() < 4 * chunk.size()) // as fast as the client reads, no faster
            socket->write(chunk);
    });
    timer->start(1);
}

SandboxResponse ResponseWriter::withField(const SandboxResponse &response,
                                          const QString &field,
                                          const QJsonValue &value,
                                          const QString &whereId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const auto set = [&](QJsonObject o) {
        if (whereId.isEmpty() || o.value(u"id"_s).toString() == whereId)
            o.insert(field, value);
        return o;
    };
    const auto setAll = [&](const QJsonArray &items) {
        QJsonArray out;
        for (const QJsonValue &item : items)
            out.append(item.isObject() ? QJsonValue(set(item.toObject())) : item);
        return out;
    };
    SandboxResponse changed = response;
    if (doc.isArray()) {
        changed.body = QJsonDocument(setAll(doc.array())).toJson(QJsonDocument::Compact);
    } else if (doc.isObject()) {
        QJsonObject o = doc.object();
        if (o.value(u"data"_s).isArray())
            o.insert(u"data"_s, setAll(o.value(u"data"_s).toArray()));
        else
            o = set(o);
        changed.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return changed;
}

} // namespace Sandbox
