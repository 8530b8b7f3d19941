#pragma once

#include "pingtypes.h"

#include <QJsonValue>

// The outcome of one call to Ping (classified as ProviderReply says) and the answer's JSON body.
// Only app/ping reads the body; PingProvider hands the sync engine typed values.
struct PingResponse : ProviderReply
{
    QJsonValue body;
};
