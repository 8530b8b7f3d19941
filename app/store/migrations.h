#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// The schema's history: migration N takes user_version N-1 to N. Never edit a shipped step; add one.
struct Migration
{
    int version;
    QList<QString> statements;
    // Run after the statements, in the same transaction: rows rewritten in C++. False with *error.
    std::function<bool(QSqlDatabase, QString *)> convert = {};
};

const QList<Migration> &schemaMigrations();
