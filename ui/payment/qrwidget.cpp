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
    // Medium correction: a checkout URL stays a small code (big modules) yet survives a scuffed screen.
    m_code = text.isEmpty() ? QrCode() : QrCode::encode(text.toUtf8(), QrCode::ErrorCorrection::Medium);
    setAccessibleDescription(text);
    update();
}

void QrWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_code.isNull())
        return;
    m_code.paint(painter, rect());
}
