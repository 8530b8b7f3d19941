#pragma once

#include <QList>
#include <QString>

// The schema's history: migration N takes user_version N-1 to N. Never edit a shipped step; add one.
struct Migration
{
    int version;
    QList<QString> statements;
};

const QList<Migration> &schemaMigrations();
