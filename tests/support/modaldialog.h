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
    // The next look's timer holds the poll; the poll itself only a weak reference (a strong one
    // was a cycle: every answered dialog leaked its poll, LeakSanitizer found it).
    auto poll = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> self = poll;
    *poll = [answer, attempts, self] {
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
        if (const auto again = self.lock(); again && ++*attempts < 200)
            QTimer::singleShot(50, [again] { (*again)(); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(); });
}
