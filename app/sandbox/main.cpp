// ping-sandbox: serves the Ping Payments + Payment Links emulator on a chosen address.
// The first stdout line is the base URL, so scripts and tests can read it and go.

#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxlog.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QHostAddress>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // a parent reading our pipe must see each line at once
}
} // namespace

int main(int argc, char *argv[])
{
    // A server has no screen; the Gui module is only here to draw PDFs.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning: %{endif}%{message}"_s);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ping-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Emulator of the Ping Payments and Payment Links APIs, with a checkout page "
                                     "and fault injection for tests. See docs/SANDBOX.md."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port to serve on (0.0.0.0 for phones on the LAN)."_s,
                                    u"ADDR:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption tenant(u"tenant-id"_s, u"Fixed tenant ID (default: a UUID from the seed)."_s, u"UUID"_s);
    const QCommandLineOption merchant(u"merchant-id"_s, u"Fixed merchant ID."_s, u"UUID"_s);
    const QCommandLineOption splitTree(u"split-tree-id"_s, u"Fixed split tree ID."_s, u"UUID"_s);
    const QCommandLineOption secret(u"api-secret"_s, u"Require this x-api-secret on API calls."_s, u"SECRET"_s);
    const QCommandLineOption publicUrl(u"public-url"_s, u"Base of checkout and document URLs."_s, u"URL"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for IDs and random faults (0: random)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption state(u"state"_s, u"Keep state in this file across restarts (a journal)."_s, u"FILE"_s);
    const QCommandLineOption clock(u"clock"_s, u"Start with the clock frozen at this UTC time (ISO 8601)."_s,
                                   u"TIME"_s);
    const QCommandLineOption lifetime(u"link-lifetime-days"_s, u"Expiry of links without due_date."_s, u"DAYS"_s,
                                      u"30"_s);
    const QCommandLineOption retry(u"callback-retry-ms"_s, u"First retry delay of status callbacks."_s, u"MS"_s,
                                   u"1000"_s);
    const QCommandLineOption smsDelay(u"sms-delay-ms"_s, u"How long the SMS gateway takes to deliver."_s, u"MS"_s,
                                      u"3000"_s);
    const QCommandLineOption fill(u"fill"_s, u"Fill an empty tenant with N merchants and M payment links."_s,
                                  u"merchants=N,links=M"_s);
    parser.addOptions(
        {listen, tenant, merchant, splitTree, secret, publicUrl, seed, state, clock, lifetime, retry, smsDelay, fill});
    parser.process(app);

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), &address, &port)) {
        qCCritical(Sandbox::lcSandbox).noquote() << "--listen wants ADDR:PORT, e.g. 127.0.0.1:8099 or 0.0.0.0:8099";
        return 2;
    }
    Sandbox::SandboxConfig config;
    config.tenantId = parser.value(tenant);
    config.merchantId = parser.value(merchant);
    config.splitTreeId = parser.value(splitTree);
    config.apiSecret = parser.value(secret);
    config.publicBaseUrl = QUrl(parser.value(publicUrl));
    config.seed = parser.value(seed).toUInt();
    config.stateFile = parser.value(state);
    if (parser.isSet(clock)) {
        config.frozenClock = Sandbox::SandboxClock::parse(parser.value(clock));
        if (!config.frozenClock.isValid()) {
            qCCritical(Sandbox::lcSandbox).noquote() << "--clock wants an ISO 8601 time, e.g. 2030-01-01T09:00:00Z";
            return 2;
        }
    }
    config.linkLifetimeDays = qMax(1, parser.value(lifetime).toInt());
    config.callbackRetryBaseMs = qMax(1, parser.value(retry).toInt());
    config.smsDelayMs = qMax(0, parser.value(smsDelay).toInt());
    if (parser.isSet(fill)) {
        QString why;
        const auto spec = Sandbox::TenantFill::parse(parser.value(fill), &why);
        if (!spec) {
            qCCritical(Sandbox::lcSandbox).noquote() << why;
            return 2;
        }
        config.fill = *spec;
    }
    for (const QString &id : {config.tenantId, config.merchantId, config.splitTreeId}) {
        if (!id.isEmpty() && QUuid::fromString(id).isNull()) {
            qCCritical(Sandbox::lcSandbox).noquote() << "not a UUID:" << id;
            return 2;
        }
    }

    Sandbox::SandboxServer server(config);
    QString error;
    if (!server.listen(address, port, &error)) {
        qCCritical(Sandbox::lcSandbox).noquote() << error;
        return 1;
    }
    printLine(server.baseUrl().toString());
    printLine(u"tenant_id: "_s + server.tenantId());
    printLine(u"merchant_id: "_s + server.merchantId());
    printLine(u"split_tree_id: "_s + server.splitTreeId());
    printLine(u"checkout_base: "_s + server.publicBaseUrl().toString());
    printLine(u"admin: "_s + server.baseUrl().toString() + u"/_sandbox/"_s);
    return app.exec();
}
