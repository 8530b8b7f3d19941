#include "databasewatch.h"

#include "store/databasefile.h"

#include <QtConcurrent/QtConcurrentRun>

DatabaseWatch::DatabaseWatch(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] { emit checked(m_watcher.result()); });
}

DatabaseWatch::~DatabaseWatch()
{
    m_watcher.waitForFinished(); // its connection reads the file: not left behind the till
}

void DatabaseWatch::check(const QString &path)
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([path] { return DatabaseFile::deepCheck(path); }));
}
