#include "paper.h"

qreal Paper::widthMm() const
{
    switch (kind) {
    case Kind::Roll80:
        return 80;
    case Kind::Roll58:
        return 58;
    case Kind::A4:
        break;
    }
    return 210;
}

qreal Paper::sideMarginMm() const
{
    switch (kind) {
    case Kind::Roll80:
        return 4; // 72 mm printable
    case Kind::Roll58:
        return 5; // 48 mm printable
    case Kind::A4:
        break;
    }
    return 20;
}

qreal Paper::topMarginMm() const
{
    return isRoll() ? 4 : 20;
}

qreal Paper::bottomMarginMm() const
{
    // A roll needs room below the last line to tear it off past the cutter.
    return isRoll() ? 10 : 20;
}

qreal Paper::basePointSize() const
{
    switch (kind) {
    case Kind::Roll80:
        return 9;
    case Kind::Roll58:
        return 7.5;
    case Kind::A4:
        break;
    }
    return 10.5;
}
