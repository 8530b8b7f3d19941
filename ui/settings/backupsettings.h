#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;
class Till;

// The "Backups" group of the settings: the copies of the sales database (when, why, how large,
// how many sales), "Back up now", and "Restore…", which asks first, saying what happens: the
// current file is kept beside the backups, sales made after the copy leave the till's books, the
// numbering goes on after the highest number used, and Stallpay starts again to put it in place.
class BackupSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit BackupSettings(Till &till, QWidget *parent = nullptr);

    void load(); // the list as the folder holds it now
    QTreeWidget *list() const { return m_list; }
    QPushButton *backUpButton() const { return m_backUp; }
    QPushButton *restoreButton() const { return m_restore; }
    QLabel *messageLabel() const { return m_message; }

private:
    void backUp();
    void restore();
    static QString reasonName(const QString &reason);

    Till &m_till;
    QTreeWidget *m_list;
    QPushButton *m_backUp;
    QPushButton *m_restore;
    QLabel *m_message;
};
