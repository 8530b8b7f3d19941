#include "connectioncheck.h"

#include "pingclient.h"

#include <QJsonObject>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
    , m_client(new PingClient(this))
{
    m_client->setTransferTimeoutMs(10000);
}

void ConnectionCheck::run(const PingConfig &config, const QString &merchantId, Callback done)
{
    Result invalid;
    const QString problem = config.problem();
    if (!problem.isEmpty()) {
        invalid.field = config.tenantId.isEmpty() ? Field::TenantId : Field::Address;
        invalid.message = problem;
        done(invalid);
        return;
    }
    if (QUuid::fromString(config.tenantId).isNull()) {
        invalid.field = Field::TenantId;
        invalid.message = tr("The tenant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).");
        done(invalid);
        return;
    }
    if (QUuid::fromString(merchantId).isNull()) {
        invalid.field = Field::MerchantId;
        invalid.message =
            tr("The merchant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).");
        done(invalid);
        return;
    }
    m_client->setConfig(config);
    const QString host = config.paymentsBase.host();
    m_client->getMerchant(merchantId, [host, done = std::move(done)](const PingResponse &r) {
        Result result;
        const QString status = r.body.toObject().value(u"status"_s).toString();
        const bool aboutTenant = r.errors.isEmpty()
            || std::any_of(r.errors.cbegin(), r.errors.cend(),
                           [](const ApiError &e) { return e.property == u"tenant_id"_s || e.error == u"forbidden"_s; });
        if (r.ok() && (status == u"PENDING"_s || status == u"DENIED"_s || status == u"CREATED"_s)) {
            // The current revision has a merchant status (ping-api.md §0b): only APPROVED takes payments.
            const QString name = r.body.toObject().value(u"name"_s).toString();
            result.field = Field::MerchantId;
            result.message = status == u"DENIED"_s
                ? tr("Connected to %1, but Ping has denied the merchant \"%2\". Contact Ping Payments.").arg(host, name)
                : tr("Connected to %1, but the merchant \"%2\" is not yet approved by Ping. "
                     "Payments work once Ping has approved it.")
                      .arg(host, name);
        } else if (r.ok()) {
            const QString name = r.body.toObject().value(u"name"_s).toString();
            result.ok = true;
            result.message = name.isEmpty()
                ? tr("Connected to %1. The tenant and the merchant are known there.").arg(host)
                : tr("Connected to %1. The merchant is \"%2\".").arg(host, name);
        } else if (r.httpStatus == 401) {
            result.field = Field::ApiSecret;
            result.message = tr("%1 does not accept the API secret. Copy it again from Ping Payments.").arg(host);
        } else if (r.httpStatus == 403 && aboutTenant) {
            result.field = Field::TenantId;
            result.message =
                tr("%1 does not know this tenant ID. Check it against the one Ping Payments gave you.").arg(host);
        } else if (r.httpStatus == 404 || r.httpStatus == 422) {
            result.field = Field::MerchantId;
            result.message = tr("The tenant has no merchant with this ID at %1. Check the merchant ID.").arg(host);
        } else if (r.httpStatus == 0) {
            result.field = Field::Address;
            result.message =
                tr("Cannot reach %1: %2. Check the address and that this computer is online.").arg(host, r.trouble());
        } else {
            result.field = Field::Address;
            result.message = r.message();
        }
        done(result);
    });
}
