#pragma once

#include "pingtypes.h"

#include <QObject>
#include <QString>
#include <functional>

class PingClient;

// "Test connection": can this till reach the payment service at the configured address, does the
// service know the tenant ID, and is the merchant ID one of the tenant's? Answers once, in words
// a seller can act on, naming the field to correct.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    enum class Field { None, Address, TenantId, MerchantId, ApiSecret };
    struct Result
    {
        bool ok = false;
        Field field = Field::None; // the setting to correct when not ok
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    explicit ConnectionCheck(QObject *parent = nullptr);

    // config carries the address, tenant ID and API secret; merchantId is checked on top.
    void run(const PingConfig &config, const QString &merchantId, Callback done);

private:
    PingClient *m_client;
};
