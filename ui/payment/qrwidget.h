#pragma once

#include "qr/qrcode.h"

#include <QWidget>

// Shows one QR code as large as the widget allows, on white, with its quiet zone.
class QrWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {240, 240}; }

    const QrCode &code() const { return m_code; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void encode();
    QString m_text;
    QrCode m_code;
};
