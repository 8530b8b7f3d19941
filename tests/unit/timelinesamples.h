#pragma once

#include "sale/eventrecord.h"

#include <QList>
#include <QString>

// One event of every code as today's producers write it (EventRecord's builders, the service's
// answers as ProviderReply::record keeps them), with the sentence the seller reads in English
// and in Swedish.
struct TimelineSample
{
    QString name;
    EventRecord event;
    QString english;
    QString swedish;
};

const QList<TimelineSample> &timelineSamples();
