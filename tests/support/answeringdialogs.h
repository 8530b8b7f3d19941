#pragma once

#include "dialogs/dialogs.h"

#include <QList>
#include <QStringList>

// The dialog seam for tests: the screens' questions are answered from what the test queued, in
// order, and every question is kept for the test to read (title, suggested file, buttons). A file
// dialog without a queued answer is cancelled; a question without one waits until answer() comes.
// Installs itself for its lifetime.
class AnsweringDialogs : public Dialogs
{
public:
    AnsweringDialogs();
    ~AnsweringDialogs() override;

    void chooseFile(const QString &path) { m_files.append(path); }
    void answer(bool yes);

    const QList<File> &filesAsked() const { return m_filesAsked; }
    const QList<Question> &questionsAsked() const { return m_questionsAsked; }
    int waitingQuestions() const { return int(m_waiting.size()); }

    QString saveFileName(QWidget *parent, const File &file) override;
    QString openFileName(QWidget *parent, const File &file) override;
    void ask(QWidget *parent, const Question &question, std::function<void(bool yes)> answered) override;

private:
    QString nextFile(const File &file);
    void answerWaiting();

    QStringList m_files;
    QList<bool> m_answers;
    QList<std::function<void(bool)>> m_waiting;
    QList<File> m_filesAsked;
    QList<Question> m_questionsAsked;
};
