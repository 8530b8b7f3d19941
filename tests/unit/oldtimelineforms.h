#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One stored example of every form the producers wrote into sale_events.detail up to schema 9,
// made with the producer's own format string (as on main before the timeline became codes), with
// the code and arguments migration 10 gives it and the sentence it reads as in English and Swedish.
struct OldTimelineForm
{
    QString producer; // where the old sentence was written
    QString detail;
    QString code;
    QJsonObject args;
    QString english;
    QString swedish;
};

const QList<OldTimelineForm> &oldTimelineForms();
