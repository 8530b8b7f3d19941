#pragma once

#include <QJsonArray>
#include <QString>

namespace Sandbox {

// The HTML overview at /_sandbox/: account, links (with their checkout pages), orders, the
// SMS/e-mail outbox, faults and callbacks. Read-only; it reloads itself every few seconds.
class AdminPage
{
public:
    struct Data
    {
        QString tenantId;
        QString merchantId;
        QString splitTreeId;
        QString now;
        QJsonArray links;
        QJsonArray orders;
        QJsonArray outbox;
        QJsonArray faults;
        QJsonArray callbacks;
    };
    static QString render(const Data &data);
};

} // namespace Sandbox
