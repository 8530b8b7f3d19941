#include "sandbox/tenantapi.h"

#include "sandbox/sandboxstore.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

TenantApi::TenantApi(SandboxStore *store)
    : m_store(store)
{ }

void TenantApi::registerRoutes(SandboxRouter &router)
{
    router.add("GET", u"/payments/api/v1/tenant"_s, [this](const auto &, const auto &) { return get(); });
}

SandboxResponse TenantApi::get() const
{
    // The sandbox does not sign its callbacks, so it has no key to give.
    return SandboxResponse::json(QJsonObject {
        {u"id"_s, m_store->tenantId()},
        {u"name"_s, m_store->tenantName()},
        {u"organization"_s, QJsonObject {{u"country"_s, u"SE"_s}, {u"se_organization_number"_s, u"5590000000"_s}}},
        {u"payment_provider_methods"_s, m_store->tenantMethods()},
        {u"callback_signing_key"_s, QJsonValue()}});
}

} // namespace Sandbox
