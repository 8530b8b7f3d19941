#include "secondstart.h"

#include "till/instancechannel.h"

#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "stallpay.instance")

namespace {
void bringToFront(QWidget *window)
{
    const bool wasActive = window->isActiveWindow();
    auto report = [wasActive] {
        qCInfo(lcInstance).noquote() << u"A second start on this data folder: the main window is in front and "
                                        "active (before: %1)."_s.arg(wasActive ? u"active"_s : u"not active"_s);
    };
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    if (window->isActiveWindow() || !window->windowHandle()) {
        report();
        return;
    }
    // The window manager activates it a moment later.
    auto *once = new QObject(window);
    QObject::connect(window->windowHandle(), &QWindow::activeChanged, once, [window, once, report] {
        if (!window->isActiveWindow())
            return;
        report();
        once->deleteLater();
    });
}
} // namespace

namespace SecondStart {

bool handOver(const QString &dataDir)
{
    if (!InstanceChannel::askToRaise(dataDir))
        return false;
    std::fprintf(stderr,
                 "stallpay: Stallpay is already running with the data folder %s; its window was brought "
                 "to the front.\n",
                 qUtf8Printable(QDir::toNativeSeparators(QDir(dataDir).absolutePath())));
    return true;
}

void listen(const QString &dataDir, QWidget *window)
{
    auto *channel = new InstanceChannel(window);
    QString error;
    if (!channel->listen(dataDir, &error))
        qCWarning(lcInstance).noquote() << u"A second start cannot reach this till:"_s << error;
    QObject::connect(channel, &InstanceChannel::raiseRequested, window, [window] { bringToFront(window); });
}

} // namespace SecondStart
