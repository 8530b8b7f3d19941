#include "providerreply.h"

#include "sale/serviceanswer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject ProviderReply::record() const
{
    QJsonObject r;
    switch (outcome) {
    case Outcome::Ok:
        r.insert(u"outcome"_s, u"ok"_s);
        break;
    case Outcome::Rejected:
        r.insert(u"outcome"_s, u"rejected"_s);
        break;
    case Outcome::Retryable:
        r.insert(u"outcome"_s, u"retryable"_s);
        break;
    case Outcome::Unknown:
        r.insert(u"outcome"_s, u"unknown"_s);
        break;
    }
    if (httpStatus != 0)
        r.insert(u"http"_s, httpStatus);
    QJsonArray list;
    for (const ApiError &e : errors) {
        QJsonObject entry {{u"error"_s, e.error}};
        if (!e.property.isEmpty())
            entry.insert(u"property"_s, e.property);
        if (!e.description.isEmpty())
            entry.insert(u"description"_s, e.description);
        list.append(entry);
    }
    if (!list.isEmpty())
        r.insert(u"errors"_s, list);
    if (!transportError.isEmpty())
        r.insert(u"words"_s, transportError);
    if (!reason.isEmpty())
        r.insert(u"reason"_s, reason);
    if (!reasonArgs.isEmpty())
        r.insert(u"args"_s, QJsonArray::fromStringList(reasonArgs));
    return r;
}

QString ProviderReply::message() const
{
    return ServiceAnswer::text(record());
}

QString ProviderReply::trouble() const
{
    return ServiceAnswer::trouble(record());
}
