#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

class QPainter;
class QRectF;

// A QR code as a square matrix of modules, encoded by libqrencode (hidden in the .cpp), drawn
// sharp: whole device pixels per module, a 4-module quiet zone, black on white, never smoothed.
class QrCode
{
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };
    static constexpr int kQuietZoneModules = 4;

    static QrCode encode(const QByteArray &utf8Text, ErrorCorrection level = ErrorCorrection::Medium);
    // The most robust code that still gets modules of at least minModulePixels on a square of
    // sidePixels (device pixels, quiet zone included): more correction when there is room for it,
    // bigger modules when there is not. Falls back to Low when even that does not fit.
    static QrCode encodeForSide(const QByteArray &utf8Text, int sidePixels, int minModulePixels = 6);
    ErrorCorrection errorCorrection() const { return m_level; }

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // An image with the quiet zone, each module `scale` pixels wide.
    QImage toImage(int scale) const;
    // Draws the code (with quiet zone) as large as fits in `area`, centred, snapped to whole pixels.
    void paint(QPainter &painter, const QRectF &area) const;

private:
    int m_size = 0;
    ErrorCorrection m_level = ErrorCorrection::Medium;
    QList<bool> m_modules;
};
