#include "pingclient.h"

#include "oneshotbody.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPing, "stallpay.ping")

PingClient::PingClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Answers from a payment API are never cached, and redirects are followed only on the same
    // origin: the account's headers (tenant_id, x-api-secret) never go to another host.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

namespace {
// The most an answer may carry: a list of every link of a platform tenant is big, one object
// small, a PDF in between. A bigger answer is cut off (an endless body must not eat the memory).
qint64 answerCap(const QString &path)
{
    if (path.endsWith(u"/payment_links"_s) || path.endsWith(u"/payment_orders"_s))
        return 256LL * 1024 * 1024;
    return 4LL * 1024 * 1024;
}
constexpr qint64 kDocumentCap = 32LL * 1024 * 1024;

// A redirect is not followed with the account's headers: what went wrong, in words.
bool isJson(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    return type == u"application/json"_s || type.endsWith(u"+json"_s);
}
} // namespace

void PingClient::watch(QNetworkReply *reply, qint64 cap)
{
    // What the network layer says about a certificate, kept for the words of the failure.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList words;
        for (const QSslError &e : errors)
            words.append(e.errorString());
        reply->setProperty("stallpay_ssl", words.join(u"; "_s));
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, cap](qint64 received, qint64) {
        if (received > cap && !reply->property("stallpay_too_big").toBool()) {
            reply->setProperty("stallpay_too_big", true);
            reply->abort();
        }
    });
}

void PingClient::send(Api api, const QByteArray &verb, const QString &path, const QJsonValue &body, Callback done)
{
    QUrl url = api == Api::Payments ? m_config.paymentsBase : m_config.linksBase;
    const qsizetype queryStart = path.indexOf(u'?');
    url.setPath(url.path() + path.left(queryStart));
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("tenant_id", m_config.tenantId.toUtf8());
    request.setRawHeader("x-api-version", kApiVersion);
    if (!m_config.apiSecret.isEmpty())
        request.setRawHeader("x-api-secret", m_config.apiSecret.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QByteArray payload;
    if (!body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = nullptr;
    if (verb == "GET") {
        reply = m_network->get(request);
    } else {
        // POST and PUT change things at Ping: never let the network stack resend them on its own.
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new OneShotBody(payload);
        reply = m_network->sendCustomRequest(request, verb, upload);
        upload->setParent(reply);
    }
    watch(reply, answerCap(url.path()));
    QElapsedTimer since;
    since.start();
    m_waiting.insert(reply, since);
    connect(reply, &QNetworkReply::finished, this, [this, reply, verb, url, done = std::move(done)] {
        m_waiting.remove(reply);
        reply->deleteLater();
        const PingResponse response = classify(reply);
        qCInfo(lcPing).noquote() << verb << url.path() << "->" << response.httpStatus
                                 << (response.ok() ? QString() : response.message());
        done(response);
    });
}

qint64 PingClient::oldestWaitMs() const
{
    qint64 oldest = 0;
    for (const QElapsedTimer &since : m_waiting)
        oldest = qMax(oldest, since.elapsed());
    return oldest;
}

PingResponse PingClient::classify(QNetworkReply *reply) const
{
    PingResponse r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property("stallpay_too_big").toBool()) {
        // Cut off: whatever it was, it is not an answer we read. The request may have been applied.
        r.outcome = PingResponse::Outcome::Unknown;
        r.reason = u"cut_off"_s;
        return r;
    }
    const QByteArray raw = reply->readAll();
    r.answerBytes = raw.size();
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (doc.isObject())
        r.body = doc.object();
    else if (doc.isArray())
        r.body = doc.array();
    r.errors = PingJson::errors(r.body);
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        r.retryAfterSeconds = ok && seconds >= 0 ? seconds : -1;
    }
    if (r.httpStatus == 0) {
        r.transportError = reply->errorString();
        const QString ssl = reply->property("stallpay_ssl").toString();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            // Not "offline": the service (or something in its place) cannot prove who it is.
            // Nothing was sent before the handshake, so a later attempt is safe.
            r.reason = u"certificate"_s;
            r.reasonArgs = {ssl.isEmpty() ? reply->errorString() : ssl};
            r.outcome = PingResponse::Outcome::Retryable;
            r.certificateProblem = true;
            return r;
        }
        if (reply->error() == QNetworkReply::InsecureRedirectError
            || reply->error() == QNetworkReply::TooManyRedirectsError) {
            r.reason = u"redirect"_s;
            r.reasonArgs = {reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl().toDisplayString()};
            r.outcome = PingResponse::Outcome::Unknown;
            return r;
        }
        switch (reply->error()) {
        // Nothing reached the server: safe to send again. Only these are proof; a network that
        // fails mid-request (session failed, temporary failure, "unknown network error") may have
        // delivered the request, and a server on a slow link applies it late (#17's orphans).
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            r.outcome = PingResponse::Outcome::Retryable;
            break;
        default: // timeouts, lost connections (ContentReSendError), TLS failures mid-way: the server may have acted
            r.outcome = PingResponse::Outcome::Unknown;
        }
        return r;
    }
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        // A 2xx counts only as JSON (or as nothing: 204, an empty body). A page in its place (a
        // network's login page, a proxy) is not the service's answer: outcome unknown, reconciled.
        const bool hasBody = r.httpStatus != 204 && !raw.trimmed().isEmpty();
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (hasBody && !isJson(contentType)) {
            r.outcome = PingResponse::Outcome::Unknown;
            r.body = QJsonValue();
            r.reason = u"not_json"_s;
            r.reasonArgs = {contentType.isEmpty() ? u"?"_s : contentType.section(u';', 0, 0)};
        } else if (hasBody && parseError.error != QJsonParseError::NoError) {
            r.outcome = PingResponse::Outcome::Unknown;
            r.reason = u"malformed_json"_s;
        } else {
            r.outcome = PingResponse::Outcome::Ok;
        }
    } else if (r.httpStatus >= 300 && r.httpStatus < 400) {
        r.outcome = PingResponse::Outcome::Unknown;
        r.reason = u"redirect"_s;
        r.reasonArgs = {QString::fromUtf8(reply->rawHeader("Location")).left(200)};
    } else if (r.httpStatus == 408 || r.httpStatus == 429) {
        r.outcome = PingResponse::Outcome::Retryable;
    } else if (r.httpStatus >= 500) {
        r.outcome = PingResponse::Outcome::Unknown;
    } else {
        r.outcome = PingResponse::Outcome::Rejected;
    }
    return r;
}

void PingClient::ping(Callback done)
{
    send(Api::Payments, "GET", u"/api/v1/ping"_s, QJsonValue::Undefined, std::move(done));
}

void PingClient::createPaymentOrder(Callback done)
{
    send(Api::Payments, "POST", u"/api/v1/payment_orders"_s,
         PingJson::paymentOrderRequest(m_config.splitTreeId, u"SEK"_s), std::move(done));
}

void PingClient::getMerchant(const QString &merchantId, Callback done)
{
    send(Api::Payments, "GET", u"/api/v1/merchants/%1"_s.arg(merchantId), QJsonValue::Undefined, std::move(done));
}

void PingClient::getPaymentOrder(const QString &id, Callback done)
{
    send(Api::Payments, "GET", u"/api/v1/payment_orders/%1"_s.arg(id), QJsonValue::Undefined, std::move(done));
}

void PingClient::getTenant(Callback done)
{
    send(Api::Payments, "GET", u"/api/v1/tenant"_s, QJsonValue::Undefined, std::move(done));
}

void PingClient::listPaymentOrders(const QDateTime &from, const QDateTime &to, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"created_at_from"_s, from.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(u"created_at_to"_s, to.toUTC().toString(Qt::ISODateWithMs));
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    fetchPages(Api::Payments, u"/api/v1/payment_orders"_s, query.toString(QUrl::FullyEncoded), {}, 0, 0,
               std::move(done));
}

void PingClient::fetchPages(
    Api api, const QString &path, const QString &query, QJsonArray items, int pages, qint64 bytes, Callback done)
{
    send(api, "GET", path + u'?' + query, QJsonValue::Undefined,
         [this, api, path, items, pages, bytes, done = std::move(done)](const PingResponse &r) mutable {
             if (!r.ok()) {
                 done(r);
                 return;
             }
             bytes += r.answerBytes;
             for (const QJsonValue &item : PingJson::listItems(r.body))
                 items.append(item);
             const QString next = PingJson::nextPageQuery(r.body);
             constexpr int kMaxPages = 1000; // a server that pages in a circle must not keep us here
             if (next.isEmpty() || pages + 1 >= kMaxPages) {
                 PingResponse all = r;
                 all.body = items;
                 all.answerBytes = bytes;
                 done(all);
                 return;
             }
             fetchPages(api, path, next, items, pages + 1, bytes, std::move(done));
         });
}

void PingClient::getPayment(const QString &orderId, const QString &paymentId, Callback done)
{
    send(Api::Payments, "GET", u"/api/v1/payment_orders/%1/payments/%2"_s.arg(orderId, paymentId),
         QJsonValue::Undefined, std::move(done));
}

void PingClient::refundPayment(const QString &orderId,
                               const QString &paymentId,
                               qint64 amountOre,
                               const QString &currency,
                               RefundReason reason,
                               const QString &description,
                               Callback done)
{
    send(Api::Payments, "POST", u"/api/v1/payment_orders/%1/payments/%2/refund"_s.arg(orderId, paymentId),
         PingJson::refundRequest(amountOre, currency, reason, description), std::move(done));
}

void PingClient::closePaymentOrder(const QString &id, Callback done)
{
    send(Api::Payments, "PUT", u"/api/v1/payment_orders/%1/close"_s.arg(id), QJsonObject {}, std::move(done));
}

void PingClient::createPaymentLink(const PaymentLinkRequest &request, Callback done)
{
    send(Api::Links, "POST", u"/api/v1/payment_links"_s, PingJson::paymentLinkRequest(request), std::move(done));
}

void PingClient::getPaymentLink(const QString &id, Callback done)
{
    send(Api::Links, "GET", u"/api/v1/payment_links/%1"_s.arg(id), QJsonValue::Undefined, std::move(done));
}

void PingClient::listPaymentLinks(Callback done)
{
    send(Api::Links, "GET", u"/api/v1/payment_links"_s, QJsonValue::Undefined, std::move(done));
}

void PingClient::distributePaymentLink(
    const QString &id, const QStringList &methods, const QString &phone, const QString &email, Callback done)
{
    send(Api::Links, "PUT", u"/api/v1/payment_links/%1/distribute"_s.arg(id),
         PingJson::distributeRequest(methods, phone, email), std::move(done));
}

void PingClient::cancelPaymentLink(const QString &id, Callback done)
{
    send(Api::Links, "PUT", u"/api/v1/payment_links/%1/cancel"_s.arg(id), QJsonObject {}, std::move(done));
}

void PingClient::createLinkInvoice(const QString &id, const QString &referenceType, Callback done)
{
    send(Api::Links, "PUT", u"/api/v1/payment_links/%1/invoice"_s.arg(id),
         QJsonObject {{u"reference_type"_s, referenceType}}, std::move(done));
}

void PingClient::getLinkInvoice(const QString &id, Callback done)
{
    send(Api::Links, "GET", u"/api/v1/payment_links/%1/invoice"_s.arg(id), QJsonValue::Undefined, std::move(done));
}

void PingClient::getLinkReceipt(const QString &id, Callback done)
{
    send(Api::Links, "GET", u"/api/v1/payment_links/%1/receipt"_s.arg(id), QJsonValue::Undefined, std::move(done));
}

void PingClient::fetchDocument(const QUrl &url, DocumentCallback done)
{
    const QHostAddress host(url.host());
    const bool loopback = url.host() == u"localhost"_s || (!host.isNull() && host.isLoopback());
    if (!url.isValid() || (url.scheme() != u"https"_s && !(url.scheme() == u"http"_s && loopback))) {
        const PingResponse refused {ProviderReply::refused(u"insecure_url"_s, {url.toDisplayString()}), {}};
        done(refused, {});
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/pdf");
    if (url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery) == m_config.linksBase.adjusted(QUrl::RemovePath)) {
        request.setRawHeader("tenant_id", m_config.tenantId.toUtf8());
        if (!m_config.apiSecret.isEmpty())
            request.setRawHeader("x-api-secret", m_config.apiSecret.toUtf8());
    } else {
        // Without credentials a document may come from a storage host: redirects as HTTPS allows.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);
    watch(reply, kDocumentCap);
    QElapsedTimer since;
    since.start();
    m_waiting.insert(reply, since);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, done = std::move(done)] {
        m_waiting.remove(reply);
        reply->deleteLater();
        const QByteArray pdf = reply->peek(reply->bytesAvailable());
        PingResponse response = classify(reply);
        if (response.httpStatus >= 200 && response.httpStatus < 300) {
            // A document cut short or garbled on the way is fetched again.
            const bool whole = pdf.startsWith("%PDF-") && pdf.right(32).contains("%%EOF");
            response.outcome = whole ? PingResponse::Outcome::Ok : PingResponse::Outcome::Retryable;
            response.reason.clear(); // a PDF, not JSON: judged by whether it is whole
            response.reasonArgs.clear();
            if (!whole)
                response.reason = u"pdf_incomplete"_s;
        }
        qCInfo(lcPing).noquote() << "GET" << url.path() << "->" << response.httpStatus << pdf.size() << "bytes"
                                 << (response.ok() ? QString() : response.message());
        done(response, response.ok() ? pdf : QByteArray());
    });
}
