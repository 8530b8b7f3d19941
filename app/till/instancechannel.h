#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One Stallpay per data folder (Till's lock file) and a way for a second start to reach it: a
// local socket named from the folder. The running till listens; a later start on the same folder
// asks it to come to the front, instead of only being refused by the lock.
class InstanceChannel : public QObject
{
    Q_OBJECT
public:
    explicit InstanceChannel(QObject *parent = nullptr);

    // The socket's name for a data folder: the same for every spelling of the folder's path.
    static QString serverName(const QString &dataDir);
    // A later start: asks the Stallpay running on dataDir to come to the front. True when one
    // answered that it did; false when none listens (then the lock decides, as before).
    static bool askToRaise(const QString &dataDir, int timeoutMs = 5000);

    // The running till, holding the folder's lock: listens for later starts. A socket left by a
    // crashed till is removed first (the lock says that no other till runs on the folder).
    bool listen(const QString &dataDir, QString *error);

signals:
    void raiseRequested();

private:
    QLocalServer *m_server;
};
