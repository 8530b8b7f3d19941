// How Stallpay names itself to the desktop: the app id as desktop file name, and its own icon (all
// hicolor sizes, rendered from the SVG master) as the window icon that every window and dialog
// inherits.

#include "install/installlayout.h"
#include "setup/identity.h"

#include <QApplication>
#include <QDialog>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void namesTheAppAndGivesEveryWindowItsIcon()
    {
        QVERIFY(QApplication::windowIcon().isNull());
        Identity::apply();
        QCOMPARE(QGuiApplication::desktopFileName(), u"se.stallpay.Stallpay"_s);
        QCOMPARE(InstallLayout::appId(), u"se.stallpay.Stallpay"_s);
        QCOMPARE(QCoreApplication::applicationName(), u"Stallpay"_s); // picks the data folder: unchanged
        QCOMPARE(QCoreApplication::organizationName(), u"Stallpay"_s);

        const QIcon icon = QApplication::windowIcon();
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
            const QImage image = icon.pixmap(QSize(size, size)).toImage();
            QCOMPARE(image.size(), QSize(size, size));
        }
        // The drawing itself: the awning's red stripe at the top left, the counter's green below,
        // the white of the QR mark in the middle of the counter, transparent around.
        const QImage big = icon.pixmap(QSize(256, 256)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(big.pixelColor(38, 60).name(), u"#e4572e"_s);
        QCOMPARE(big.pixelColor(40, 180).name(), u"#2e7d6b"_s);
        QCOMPARE(big.pixelColor(128, 158).name(), u"#ffffff"_s);
        QCOMPARE(big.pixelColor(2, 250).alpha(), 0);

        QDialog dialog;
        QCOMPARE(dialog.windowIcon().cacheKey(), icon.cacheKey());
    }
};

QTEST_MAIN(TestIdentity)
#include "tst_identity.moc"
