#include "installlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace InstallLayout {

QString appId()
{
    return QStringLiteral(STALLPAY_APP_ID);
}

QString version()
{
    return QStringLiteral(STALLPAY_VERSION);
}

void nameApplication()
{
    QCoreApplication::setApplicationName(u"Stallpay"_s);
    QCoreApplication::setOrganizationName(u"Stallpay"_s);
    QCoreApplication::setOrganizationDomain(u"stallpay.se"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString translationsDir()
{
    const QDir dir(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(STALLPAY_REL_TRANSLATIONS)));
    if (!QFileInfo::exists(dir.filePath(u"stallpay_sv.qm"_s)))
        return {};
    return dir.canonicalPath();
}

} // namespace InstallLayout
