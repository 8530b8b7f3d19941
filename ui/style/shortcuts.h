#pragma once

#include <QAbstractButton>
#include <QCoreApplication>
#include <QString>

namespace Shortcuts {
// Sets what a button does as its tooltip, with its keyboard shortcut (the Alt+letter of its text,
// or one set) in the words of the current language: "Save the product (Ctrl+S)".
inline void tell(QAbstractButton *button, const QString &what)
{
    const QString key = button->shortcut().toString(QKeySequence::NativeText);
    button->setToolTip(key.isEmpty() ? what : QCoreApplication::translate("Shortcuts", "%1 (%2)").arg(what, key));
}
} // namespace Shortcuts
