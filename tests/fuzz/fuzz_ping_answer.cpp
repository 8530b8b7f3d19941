// A whole HTTP answer as the Ping client meets it: the input (after its first byte, which picks
// the call) is what a server on loopback writes back, head and body, before it closes the
// connection — Qt's HTTP response parser, PingClient::classify (status, content type, JSON,
// Retry-After, redirects, the size cap) and what PingProvider reads of each call's answer. The
// server answers the first request of each input only, so a list that pages on ends there.
#include "fuzzsupport.h"

#include "ping/pingclient.h"
#include "ping/pingprovider.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
struct Rig
{
    QTcpServer server;
    PingClient client;
    PingProvider provider {client};
    QByteArray answer;
    bool answered = false;

    Rig()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!answered) {
                        answered = true;
                        socket->write(answer);
                    }
                    socket->disconnectFromHost();
                });
            }
        });
        PingConfig config = PingConfig::forOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        config.tenantId = QStringLiteral("8f2a6c1e-3b4d-4e5f-9a0b-1c2d3e4f5a6b");
        config.merchantId = QStringLiteral("5b1e9c4a-2f43-4b7e-9a61-0c8d3e6f7a21");
        client.setConfig(config);
        client.setTransferTimeoutMs(2000);
    }
};

// Calls one of the provider's reads; `done` gets the reply when it is in.
void call(PingProvider &p, unsigned char which, const std::function<void(const ProviderReply &)> &done)
{
    const QString id = QStringLiteral("1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b");
    const auto keep = [done](const ProviderReply &r, const auto &value) {
        Fuzz::use(value);
        done(r);
    };
    switch (which % 10) {
    case 0:
        return p.createOrder(keep);
    case 1:
        return p.getOrder(id, keep);
    case 2:
        return p.listOrders(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc(), keep);
    case 3: {
        PaymentLinkRequest request;
        request.paymentOrderId = id;
        request.items = {LinkItem {QStringLiteral("Kaffe"), 2500, 1, 1200}};
        request.methods = {PaymentMethodChoice {QStringLiteral("swish"), QStringLiteral("e_commerce"), {}}};
        return p.createLink(request, keep);
    }
    case 4:
        return p.getLink(id, keep);
    case 5:
        return p.listLinks(keep);
    case 6:
        return p.refund(id, id, 2500, QStringLiteral("SEK"), RefundReason::Other, {}, keep);
    case 7:
        return p.cancelLink(id, done);
    case 8:
        return p.distribute(id, {QStringLiteral("sms")}, QStringLiteral("+46701234567"), {}, done);
    default:
        return p.probe(done);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    Fuzz::app();
    static Rig *rig = new Rig;
    rig->answer = Fuzz::bytes(data + 1, size - 1);
    rig->answered = false;
    bool finished = false;
    ProviderReply reply;
    QEventLoop loop;
    call(rig->provider, data[0], [&](const ProviderReply &r) {
        reply = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!finished)
        qFatal("no answer within 5 s"); // the client must always answer, if only "outcome unknown"
    Fuzz::use(reply.message());
    Fuzz::use(reply.trouble());
    return 0;
}
