#include "columnlayout.h"

#include "qr/qrcode.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A paragraph laid out once, painted later: wrapped at word boundaries, or anywhere in a word
// longer than the line (a payment link), so no text ever runs past the column.
struct Paragraph
{
    std::shared_ptr<QTextLayout> layout;
    qreal height = 0;

    Paragraph(const QString &text,
              const QFont &font,
              const QPaintDevice *device,
              qreal width,
              Qt::Alignment alignment,
              bool wrap = true)
        : layout(std::make_shared<QTextLayout>(text, font, device))
    {
        QTextOption option(alignment);
        option.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout->endLayout();
    }
    void draw(QPainter &painter, QPointF at) const { layout->draw(&painter, at); }
};

qreal naturalWidth(const QString &text, const QFont &font, const QPaintDevice *device)
{
    // A device unit of slack: the layout's own measure may round the other way.
    return QFontMetricsF(font, device).horizontalAdvance(text) + 1;
}
} // namespace

ColumnLayout::ColumnLayout(const QPaintDevice *device, qreal widthMm, qreal basePointSize)
    : m_device(device)
    , m_dotsPerMm(device->logicalDpiX() / 25.4)
    , m_basePointSize(basePointSize)
{
    m_width = mm(widthMm);
}

QFont ColumnLayout::font(Style style, qreal scale) const
{
    QFont f(u"DejaVu Sans"_s);
    // No ligatures: shaped "ff", "fi", "fl" become one glyph that a PDF reader gives back as
    // U+FB00…U+FB04, so a printed payment link (hex ids are full of "ff") or a product name would
    // not read back, search or copy as the characters that were printed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    qreal size = m_basePointSize;
    switch (style) {
    case Style::Body:
        break;
    case Style::Small:
        size *= 0.85;
        break;
    case Style::Bold:
        f.setBold(true);
        break;
    case Style::Heading:
        size *= 1.45;
        f.setBold(true);
        break;
    case Style::Total:
        size *= 1.2;
        f.setBold(true);
        break;
    case Style::Banner:
        size *= 2.6;
        f.setBold(true);
        break;
    }
    f.setPointSizeF(size * scale);
    return f;
}

qreal ColumnLayout::height() const
{
    qreal sum = 0;
    for (const Block &b : m_blocks)
        sum += b.height;
    return sum;
}

void ColumnLayout::addText(const QString &text, Style style, Qt::Alignment alignment)
{
    if (text.isEmpty())
        return;
    const QFont f = font(style);
    Paragraph p(text, f, m_device, m_width, alignment);
    const qreal gap = QFontMetricsF(f, m_device).height() * 0.2;
    m_blocks.append({p.height + gap, [p](QPainter &painter, QPointF at) {
                         p.draw(painter, at);
                     }});
}

void ColumnLayout::addRow(const QString &left, const QString &right, Style style)
{
    const QFont f = font(style);
    const qreal gap = mm(2);
    const qreal rightWidth = naturalWidth(right, f, m_device);
    const qreal lineGap = QFontMetricsF(f, m_device).height() * 0.2;
    Paragraph r(right, f, m_device, rightWidth, Qt::AlignRight, false);
    if (rightWidth + gap > m_width * 0.6) {
        // No room beside it: the amount goes on a line of its own, still right-aligned.
        Paragraph l(left, f, m_device, m_width, Qt::AlignLeft);
        const qreal w = m_width;
        m_blocks.append({l.height + r.height + lineGap, [l, r, w, rightWidth](QPainter &painter, QPointF at) {
                             l.draw(painter, at);
                             r.draw(painter, at + QPointF(w - rightWidth, l.height));
                         }});
        return;
    }
    Paragraph l(left, f, m_device, m_width - rightWidth - gap, Qt::AlignLeft);
    const qreal x = m_width - rightWidth;
    m_blocks.append({qMax(l.height, r.height) + lineGap, [l, r, x](QPainter &painter, QPointF at) {
                         l.draw(painter, at);
                         r.draw(painter, at + QPointF(x, 0));
                     }});
}

void ColumnLayout::addTable(const QList<QStringList> &rows, Style style)
{
    if (rows.isEmpty())
        return;
    qsizetype columns = 0;
    for (const QStringList &row : rows)
        columns = qMax(columns, row.size());
    // Room between the columns, and amount columns not crammed together on a wide page.
    const qreal gap = qMax(mm(1.5), m_width * 0.04);
    const qreal minColumn = m_width * 0.12;
    QList<qreal> widths(columns, 0);
    QFont body, header;
    // Shrink until the amount columns leave the first one room for its widest cell (or 30 %).
    for (qreal scale = 1.0;; scale -= 0.05) {
        body = font(style, scale);
        header = body;
        header.setBold(true);
        qreal firstNeeds = 0;
        qreal others = gap * qreal(columns - 1);
        for (qsizetype c = 0; c < columns; ++c) {
            widths[c] = c == 0 ? 0 : minColumn;
            for (qsizetype r = 0; r < rows.size(); ++r) {
                if (c < rows.at(r).size())
                    widths[c] = qMax(widths[c], naturalWidth(rows.at(r).at(c), r == 0 ? header : body, m_device));
            }
            if (c == 0)
                firstNeeds = qMin(widths[c], m_width * 0.3);
            else
                others += widths[c];
        }
        widths[0] = m_width - others;
        if (widths[0] >= firstNeeds || scale <= 0.55)
            break;
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QFont &f = r == 0 ? header : body;
        QList<Paragraph> cells;
        QList<qreal> xs;
        qreal x = 0, height = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString text = c < rows.at(r).size() ? rows.at(r).at(c) : QString();
            cells.append(Paragraph(text, f, m_device, widths.at(c), c == 0 ? Qt::AlignLeft : Qt::AlignRight, c == 0));
            xs.append(x);
            height = qMax(height, cells.last().height);
            x += widths.at(c) + gap;
        }
        const qreal lineGap = QFontMetricsF(f, m_device).height() * 0.15;
        const bool isHeader = r == 0 && rows.size() > 1;
        const qreal ruleAt = height + lineGap;
        const qreal width = m_width;
        const qreal pen = qMax(1.0, mm(0.15));
        m_blocks.append({height + lineGap * (isHeader ? 3 : 1),
                         [cells, xs, isHeader, ruleAt, width, pen](QPainter &painter, QPointF at) {
                             for (qsizetype c = 0; c < cells.size(); ++c)
                                 cells.at(c).draw(painter, at + QPointF(xs.at(c), 0));
                             if (isHeader) {
                                 painter.save();
                                 painter.setPen(QPen(Qt::black, pen));
                                 painter.drawLine(at + QPointF(0, ruleAt), at + QPointF(width, ruleAt));
                                 painter.restore();
                             }
                         }});
    }
}

void ColumnLayout::addColumns(const QStringList &left, const QStringList &right, Style style)
{
    const QFont f = font(style);
    const qreal gap = mm(4);
    const qreal half = (m_width - gap) / 2;
    const QFont bold = font(Style::Bold);
    // The first line of each side is its heading, in bold.
    auto side = [&](const QStringList &lines) {
        QList<Paragraph> paragraphs;
        for (qsizetype i = 0; i < lines.size(); ++i)
            paragraphs.append(Paragraph(lines.at(i).isEmpty() ? u" "_s : lines.at(i), i == 0 ? bold : f, m_device, half,
                                        Qt::AlignLeft));
        return paragraphs;
    };
    const QList<Paragraph> l = side(left), r = side(right);
    auto heightOf = [](const QList<Paragraph> &ps) {
        qreal h = 0;
        for (const Paragraph &p : ps)
            h += p.height;
        return h;
    };
    const qreal x = half + gap;
    const qreal lineGap = QFontMetricsF(f, m_device).height() * 0.6;
    m_blocks.append({qMax(heightOf(l), heightOf(r)) + lineGap, [l, r, x](QPainter &painter, QPointF at) {
                         qreal y = 0;
                         for (const Paragraph &p : l) {
                             p.draw(painter, at + QPointF(0, y));
                             y += p.height;
                         }
                         y = 0;
                         for (const Paragraph &p : r) {
                             p.draw(painter, at + QPointF(x, y));
                             y += p.height;
                         }
                     }});
}

void ColumnLayout::addImage(const QImage &image, qreal heightMm)
{
    if (image.isNull())
        return;
    QSizeF size = QSizeF(image.size()).scaled(QSizeF(m_width / 2, mm(heightMm)), Qt::KeepAspectRatio);
    m_blocks.append({size.height() + mm(2), [image, size](QPainter &painter, QPointF at) {
                         painter.drawImage(QRectF(at, size), image);
                     }});
}

void ColumnLayout::addRule()
{
    const qreal height = mm(2.5);
    const qreal width = m_width;
    const qreal pen = qMax(1.0, mm(0.25));
    m_blocks.append({height, [height, width, pen](QPainter &painter, QPointF at) {
                         painter.save();
                         painter.setPen(QPen(Qt::black, pen));
                         painter.drawLine(at + QPointF(0, height / 2), at + QPointF(width, height / 2));
                         painter.restore();
                     }});
}

void ColumnLayout::addSpace(qreal millimetres)
{
    m_blocks.append({mm(millimetres), [](QPainter &, QPointF) {
                     }});
}

void ColumnLayout::addQrCode(const QByteArray &text, qreal sideMm)
{
    const int side = qRound(mm(sideMm));
    // Modules of at least 0.45 mm: four dots on a 203 dpi thermal head, easy for a phone camera.
    const QrCode code = QrCode::encodeForSide(text, side, qMax(1, qRound(mm(0.45))));
    const qreal width = m_width;
    m_blocks.append({side + mm(1), [code, side, width](QPainter &painter, QPointF at) {
                         // Whole device units, so the code's modules land on the printer's dots.
                         const QRectF area(std::round(at.x() + (width - side) / 2), std::round(at.y()), side, side);
                         code.paint(painter, area);
                     }});
}

bool ColumnLayout::paint(QPainter &painter, QPagedPaintDevice &device, QPointF origin, qreal bottom) const
{
    qreal y = origin.y();
    for (const Block &block : m_blocks) {
        if (y + block.height > bottom && y > origin.y()) {
            if (!device.newPage())
                return false;
            y = origin.y();
        }
        block.paint(painter, QPointF(origin.x(), y));
        y += block.height;
    }
    return true;
}
