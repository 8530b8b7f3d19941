#pragma once

#include "sandbox/sandboxrouter.h"

namespace Sandbox {

class SandboxStore;

// GET /payments/api/v1/tenant (ping-api.md §0b): who the tenant is and which payment provider
// methods it may use; the admin API changes the methods (POST /_sandbox/tenant).
class TenantApi
{
public:
    explicit TenantApi(SandboxStore *store);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxResponse get() const;

    SandboxStore *m_store;
};

} // namespace Sandbox
