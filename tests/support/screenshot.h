#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

// With STALLPAY_SCREENSHOT_DIR set, saves the window as NAME.png there (docs/screenshots comes
// from these very tests); otherwise does nothing.
inline void screenshot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("STALLPAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let the last repaint land
    window->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}
