#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The timeline's old records (schema 9 and before: an English sentence in sale_events.detail) read
// into the stored code and arguments of EventRecord (app/sale), for migration 10. These are the
// forms SaleEvents::describe once parsed at display time; this is their last use. A sentence no
// form matches becomes a "legacy_text" that keeps its text, shown as it was.
namespace LegacyEvents {

struct Converted
{
    QString code; // EventRecord's stored key
    QJsonObject args;
};

Converted convert(const QString &detail);
// Every row of sale_events without a code, in the caller's transaction. False with SQLite's words.
bool convertAll(QSqlDatabase db, QString *error);

} // namespace LegacyEvents
