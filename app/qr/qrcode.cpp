#include "qrcode.h"

#include <QPainter>
#include <QRectF>

#include <qrencode.h>

QrCode QrCode::encode(const QByteArray &utf8Text, ErrorCorrection level)
{
    QrCode code;
    QRecLevel qrLevel = QR_ECLEVEL_M;
    switch (level) {
    case ErrorCorrection::Low:
        qrLevel = QR_ECLEVEL_L;
        break;
    case ErrorCorrection::Medium:
        qrLevel = QR_ECLEVEL_M;
        break;
    case ErrorCorrection::Quartile:
        qrLevel = QR_ECLEVEL_Q;
        break;
    case ErrorCorrection::High:
        qrLevel = QR_ECLEVEL_H;
        break;
    }
    QRcode *raw = QRcode_encodeData(int(utf8Text.size()), reinterpret_cast<const unsigned char *>(utf8Text.constData()),
                                    0, qrLevel);
    if (!raw)
        return code;
    code.m_size = raw->width;
    code.m_level = level;
    code.m_modules.resize(qsizetype(raw->width) * raw->width);
    for (int i = 0; i < raw->width * raw->width; ++i)
        code.m_modules[i] = (raw->data[i] & 1) != 0;
    QRcode_free(raw);
    return code;
}

QrCode QrCode::encodeForSide(const QByteArray &utf8Text, int sidePixels, int minModulePixels)
{
    QrCode code;
    for (ErrorCorrection level :
         {ErrorCorrection::High, ErrorCorrection::Quartile, ErrorCorrection::Medium, ErrorCorrection::Low}) {
        code = encode(utf8Text, level);
        if (!code.isNull() && (code.size() + 2 * kQuietZoneModules) * minModulePixels <= sidePixels)
            return code;
    }
    return code; // Low: the densest there is
}

QImage QrCode::toImage(int scale) const
{
    const int side = (m_size + 2 * kQuietZoneModules) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, side, side));
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &area) const
{
    if (isNull())
        return;
    const int total = m_size + 2 * kQuietZoneModules;
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    // Whole device pixels per module: a scaled, smoothed QR is what phones fail to read.
    const int devicePixels = int(qMin(area.width(), area.height()) * dpr) / total;
    if (devicePixels < 1)
        return;
    const qreal module = devicePixels / dpr;
    const qreal side = module * total;
    const QPointF origin(area.left() + std::floor((area.width() - side) / 2 * dpr) / dpr,
                         area.top() + std::floor((area.height() - side) / 2 * dpr) / dpr);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                painter.fillRect(QRectF(origin.x() + (x + kQuietZoneModules) * module,
                                        origin.y() + (y + kQuietZoneModules) * module, module, module),
                                 Qt::black);
            }
        }
    }
    painter.restore();
}
