#pragma once

#include <QString>

#include <functional>

class QWidget;

// What the screens ask the seller in a modal dialog — a file to open or to save to, a question
// with two answers — behind one interface. The real one is Qt's own dialogs (QtDialogs); a test
// installs its own and answers directly, instead of typing into the widgets inside Qt's dialogs
// (KeePassXC's MessageBox::setNextAnswer is the model).
class Dialogs
{
public:
    struct File
    {
        QString title;
        QString suggested; // a folder, or a folder and a file name
        QString filter; // "PDF files (*.pdf)"; several separated by ";;"
        QString defaultSuffix; // added to a name typed without one
    };
    struct Question
    {
        QString objectName; // names the dialog (for the test that drives the real one)
        QString title;
        QString text;
        QString yes; // the button that agrees (the default)
        QString no;
    };

    virtual ~Dialogs() = default;
    // The chosen file; empty when the seller cancelled.
    virtual QString saveFileName(QWidget *parent, const File &file) = 0;
    virtual QString openFileName(QWidget *parent, const File &file) = 0;
    // Asks window-modally and returns at once; `answered(true)` once the seller chose `yes`,
    // `answered(false)` for `no` or closing the question.
    virtual void ask(QWidget *parent, const Question &question, std::function<void(bool yes)> answered) = 0;

    // The dialogs in use: Qt's unless a test installed others.
    static Dialogs &current();
    // Not owned; nullptr gives Qt's dialogs back.
    static void install(Dialogs *dialogs);
};

// Qt's own dialogs, not the platform's, so they look and translate the same everywhere.
class QtDialogs : public Dialogs
{
public:
    QString saveFileName(QWidget *parent, const File &file) override;
    QString openFileName(QWidget *parent, const File &file) override;
    void ask(QWidget *parent, const Question &question, std::function<void(bool yes)> answered) override;
};
