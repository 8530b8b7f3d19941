#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

// The deep check of a big database after the start: SQLite's quick_check reads every page, which
// takes seconds at a million sales, so Till runs it here — on a thread and a read-only connection
// of its own — while the seller sells, and says at once what it finds (Till::databaseChecked).
// Small files are checked before they open, as before (Till::Options::deepCheckAtOpenBytes).
class DatabaseWatch : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWatch(QObject *parent = nullptr);
    ~DatabaseWatch() override;

    void check(const QString &path);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void checked(const QString &faults); // empty: sound; else SQLite's words

private:
    QFutureWatcher<QString> m_watcher;
};
