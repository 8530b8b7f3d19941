#pragma once

#include <QtGlobal>

// The paper a document is laid out for: a thermal receipt roll (80 or 58 mm wide, as long as the
// content) or an A4 sheet. Sizes in millimetres; a roll's printable width is what the common
// 203 dpi thermal heads reach (576 and 384 dots), centred on the paper.
struct Paper
{
    enum class Kind { Roll80, Roll58, A4 };

    Kind kind = Kind::Roll80;

    static Paper roll(int widthMm) { return Paper {widthMm == 58 ? Kind::Roll58 : Kind::Roll80}; }
    static Paper a4() { return Paper {Kind::A4}; }

    bool isRoll() const { return kind != Kind::A4; }
    qreal widthMm() const;
    qreal sideMarginMm() const;
    qreal topMarginMm() const;
    qreal bottomMarginMm() const;
    qreal contentWidthMm() const { return widthMm() - 2 * sideMarginMm(); }
    qreal a4HeightMm() const { return 297; }
    // The body text size: small on a narrow roll, so a line holds an item and its amount.
    qreal basePointSize() const;
};
