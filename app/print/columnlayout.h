#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>

class QImage;
class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// A document as one column of blocks — wrapped text, item rows with an amount on the right, tables,
// rules, a QR code — measured with the fonts of the very device it is painted on, so its height is
// known before the page size is chosen (a receipt roll is as long as its content) and pages break
// between blocks. Lengths are in device units unless a name says mm.
class ColumnLayout
{
public:
    // Banner: a word that must stand out from everything, e.g. a reprint's KOPIA (2.6 × the body).
    enum class Style { Body, Small, Bold, Heading, Total, Banner };

    // `device` must outlive the layout; it is only measured here, painted in paint().
    ColumnLayout(const QPaintDevice *device, qreal widthMm, qreal basePointSize);

    void addText(const QString &text, Style style = Style::Body, Qt::Alignment alignment = Qt::AlignLeft);
    // A left text that wraps, and a right one (an amount) that never does, beside its first line.
    void addRow(const QString &left, const QString &right, Style style = Style::Body);
    // The first row is the header. The first column takes the room left and wraps; the others are
    // right-aligned as wide as their widest cell. The font shrinks rather than a column be cut.
    void addTable(const QList<QStringList> &rows, Style style = Style::Small);
    // Two blocks of lines side by side (an invoice's seller and its numbers, the buyer and the
    // payment), each half the column wide and wrapping inside its half; a line may be empty.
    void addColumns(const QStringList &left, const QStringList &right, Style style = Style::Body);
    // An image (a logo) at most `heightMm` high and half the column wide, at the left.
    void addImage(const QImage &image, qreal heightMm);
    void addRule();
    void addSpace(qreal mm);
    // A QR code of `sideMm` (quiet zone included), centred, drawn sharp by QrCode::paint.
    void addQrCode(const QByteArray &text, qreal sideMm);

    qreal width() const { return m_width; }
    qreal height() const;
    qreal heightMm() const { return height() / mm(1); }
    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }

    // Paints the blocks with the column's top left at `origin`. A block that does not end above
    // `bottom` goes to a new page of `device` (at the same origin); false when no page could be added.
    bool paint(QPainter &painter, QPagedPaintDevice &device, QPointF origin, qreal bottom) const;

private:
    struct Block
    {
        qreal height = 0;
        std::function<void(QPainter &, QPointF)> paint;
    };
    QFont font(Style style, qreal scale = 1.0) const;

    const QPaintDevice *m_device;
    qreal m_width;
    qreal m_dotsPerMm;
    qreal m_basePointSize;
    QList<Block> m_blocks;
};
