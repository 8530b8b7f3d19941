#pragma once

#include "sandbox/tenantfill.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Sandbox {

// How one sandbox account is set up; every field has a usable default.
struct SandboxConfig
{
    QString tenantId; // empty: a UUID drawn from the seeded generator
    QString merchantId; // empty: likewise
    QString splitTreeId; // empty: likewise
    QString apiSecret; // non-empty: every API request must carry it as x-api-secret
    QUrl publicBaseUrl; // base of checkout_url and document URLs; empty: the listen address
    quint32 seed = 0; // 0: a random seed; otherwise IDs and random faults repeat run to run
    QString stateFile; // non-empty: state is loaded from and saved to this JSON file
    QDateTime frozenClock; // valid: the clock starts frozen at this instant (see SandboxClock)
    int linkLifetimeDays = 30; // expiry of links without a due_date
    int callbackRetryBaseMs = 1000; // first retry delay of status callbacks; doubles each time
    int callbackMaxAttempts = 8;
    TenantFill fill; // --fill: merchants and links added to an empty tenant at start
    int smsDelayMs = 3000; // distribute's SMS: CREATED, PENDING after half of this, delivered (or FAILED) after it
};

} // namespace Sandbox
