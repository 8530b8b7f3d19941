#pragma once

#include <QApplication>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

// Answers the next modal dialog of type D with `answer`, as a person would once it is on screen and
// active. A dialog the answer did not close is rejected after a while (the test then fails on what
// is missing instead of hanging).
template<typename D> void whenDialogOpens(std::function<void(D *)> answer)
{
    auto attempts = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [answer, attempts, poll] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog && !dialog->isActiveWindow())
            dialog->activateWindow(); // as the window manager would; keys go to the active window
        else if (dialog) {
            QPointer<D> open(dialog);
            answer(dialog);
            QTimer::singleShot(10000, [open] {
                if (open && open->isVisible()) {
                    qWarning("the dialog is still open; rejecting it");
                    open->reject();
                }
            });
            return;
        }
        if (++*attempts < 200)
            QTimer::singleShot(50, *poll);
    };
    QTimer::singleShot(0, *poll);
}
