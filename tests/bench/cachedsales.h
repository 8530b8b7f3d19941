#pragma once

#include "../gui/manysales.h"
#include "catalog/catalogrepository.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

// build/bench/sales-<count>.sqlite: a till database with `count` sales (fillWithSales), made once
// with SQL and kept for the benches that need a big history. Empty string on failure.
inline QString cachedSalesDatabase(int count, QString *error)
{
    using namespace Qt::StringLiterals;
    const QString path = QCoreApplication::applicationDirPath() + u"/../bench/sales-%1.sqlite"_s.arg(count);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFile::exists(path))
        return QFileInfo(path).absoluteFilePath();
    const QString building = path + u".part"_s;
    QFile::remove(building);
    {
        Database db;
        if (!db.open(building, error))
            return {};
        CatalogRepository catalog(db);
        catalog.seedDemoCatalog(error);
        QElapsedTimer timer;
        timer.start();
        *error = fillWithSales(db.connection(), count, QDateTime::currentDateTimeUtc());
        if (!error->isEmpty())
            return {};
        std::printf("filled %d sales in %lld ms (kept in %s)\n", count, timer.elapsed(), qPrintable(path));
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(building + suffix);
    if (!QFile::rename(building, path)) {
        *error = u"cannot rename %1"_s.arg(building);
        return {};
    }
    return QFileInfo(path).absoluteFilePath();
}
