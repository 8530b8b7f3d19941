#include "answeringdialogs.h"

#include <QTimer>

AnsweringDialogs::AnsweringDialogs()
{
    Dialogs::install(this);
}

AnsweringDialogs::~AnsweringDialogs()
{
    Dialogs::install(nullptr);
}

void AnsweringDialogs::answer(bool yes)
{
    m_answers.append(yes);
    answerWaiting();
}

QString AnsweringDialogs::saveFileName(QWidget *, const File &file)
{
    return nextFile(file);
}

QString AnsweringDialogs::openFileName(QWidget *, const File &file)
{
    return nextFile(file);
}

void AnsweringDialogs::ask(QWidget *, const Question &question, std::function<void(bool yes)> answered)
{
    m_questionsAsked.append(question);
    m_waiting.append(std::move(answered));
    answerWaiting();
}

QString AnsweringDialogs::nextFile(const File &file)
{
    m_filesAsked.append(file);
    return m_files.isEmpty() ? QString() : m_files.takeFirst();
}

void AnsweringDialogs::answerWaiting()
{
    // As a window-modal question does: the answer comes from the event loop, after ask() returned.
    while (!m_waiting.isEmpty() && !m_answers.isEmpty()) {
        QTimer::singleShot(0, [answered = m_waiting.takeFirst(), yes = m_answers.takeFirst()] { answered(yes); });
    }
}
