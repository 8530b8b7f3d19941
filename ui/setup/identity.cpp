#include "identity.h"

#include "install/installlayout.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Identity {

void apply()
{
    InstallLayout::nameApplication();
    QGuiApplication::setDesktopFileName(InstallLayout::appId());
    QGuiApplication::setWindowIcon(icon());
}

QIcon icon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(u":/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(InstallLayout::appId()), QSize(size, size));
    return icon;
}

} // namespace Identity
