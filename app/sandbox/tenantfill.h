#pragma once

#include <QString>

#include <optional>

namespace Sandbox {

class SandboxStore;

// A tenant as a platform sees it (--fill merchants=1000,links=100000, POST /_sandbox/fill):
// merchants and payment links spread over them, each link with its own payment order, of every
// age up to 90 days and with the statuses such a tenant has (about 70 % COMPLETED with their
// payment, 10 % each CANCELLED, EXPIRED and CREATED; CREATED links are young enough not to expire).
struct TenantFill
{
    int merchants = 0;
    int links = 0;

    // "merchants=N,links=M" (either may be left out: merchants default to 1 when links are asked for).
    static std::optional<TenantFill> parse(const QString &text, QString *error);
    // Adds the records to the store (repeatable with a --seed) and asks for a snapshot at the next save.
    void apply(SandboxStore *store, int linkLifetimeDays) const;

    static constexpr int kMaxRecords = 10'000'000;
};

} // namespace Sandbox
