#include "qrwidget.h"

#include <QPainter>

QrWidget::QrWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Payment QR code"));
}

void QrWidget::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    encode();
    setAccessibleDescription(text);
    update();
}

void QrWidget::encode()
{
    // The error correction is chosen for the size: on a big screen the code can afford High (it
    // survives glare and a scuffed screen), on a small one bigger modules matter more.
    const int side = int(qMin(width(), height()) * devicePixelRatioF());
    m_code = m_text.isEmpty() ? QrCode() : QrCode::encodeForSide(m_text.toUtf8(), side);
}

void QrWidget::resizeEvent(QResizeEvent *)
{
    encode();
}

void QrWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_code.isNull())
        return;
    m_code.paint(painter, rect());
}
