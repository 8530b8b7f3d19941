#include "qr/qrcode.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The QR codes the payer scans: what zbar reads back, the quiet zone, sharp modules, and the
// error correction chosen for the room there is.
class TestQrCode : public QObject
{
    Q_OBJECT
private:
    static QString decode(const QImage &image)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"qr.png"_s);
        image.save(path);
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, path});
        zbar.waitForFinished(20000);
        return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    }

private slots:
    void decodesBackAtEveryLevel_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("L") << int(QrCode::ErrorCorrection::Low);
        QTest::newRow("M") << int(QrCode::ErrorCorrection::Medium);
        QTest::newRow("Q") << int(QrCode::ErrorCorrection::Quartile);
        QTest::newRow("H") << int(QrCode::ErrorCorrection::High);
    }
    void decodesBackAtEveryLevel()
    {
        QFETCH(int, level);
        const QString url = u"http://192.168.1.20:8099/checkout/3c266ba3-4cab-4a3a-9469-a1b696c39459"_s;
        const QrCode code = QrCode::encode(url.toUtf8(), QrCode::ErrorCorrection(level));
        QVERIFY(!code.isNull());
        QCOMPARE(decode(code.toImage(4)), url);
    }

    void imageHasQuietZoneAndSharpModules()
    {
        const QrCode code = QrCode::encode("https://example.se/x", QrCode::ErrorCorrection::Medium);
        const int scale = 5;
        const QImage image = code.toImage(scale).convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(image.width(), (code.size() + 2 * QrCode::kQuietZoneModules) * scale);
        // Every pixel is pure black or white (no smoothing), and each module is one colour.
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int v = qGray(image.pixel(x, y));
                QVERIFY(v == 0 || v == 255);
                const int mx = x / scale - QrCode::kQuietZoneModules, my = y / scale - QrCode::kQuietZoneModules;
                const bool inCode = mx >= 0 && my >= 0 && mx < code.size() && my < code.size();
                QCOMPARE(v == 0, inCode && code.isDark(mx, my));
            }
        }
    }

    void errorCorrectionIsChosenForTheSize()
    {
        const QByteArray url = "http://127.0.0.1:43117/checkout/3c266ba3-4cab-4a3a-9469-a1b696c39459";
        const QrCode big = QrCode::encodeForSide(url, 1200);
        QCOMPARE(big.errorCorrection(), QrCode::ErrorCorrection::High);
        const QrCode small = QrCode::encodeForSide(url, 260);
        QVERIFY(small.errorCorrection() != QrCode::ErrorCorrection::High);
        QVERIFY((small.size() + 2 * QrCode::kQuietZoneModules) * 6 <= 260);
        QCOMPARE(QrCode::encodeForSide(url, 10).errorCorrection(), QrCode::ErrorCorrection::Low);
        QCOMPARE(decode(small.toImage(6)), QString::fromLatin1(url));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
