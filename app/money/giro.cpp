#include "giro.h"

#include "ocr.h"

using namespace Qt::StringLiterals;

namespace Giro {

bool digitsOf(const QString &input, QString *digits)
{
    QString out;
    for (QChar c : input.trimmed()) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (c != u' ' && c != u'-')
            return false;
    }
    *digits = out;
    return !out.isEmpty();
}

bool checkBankgiro(const QString &input, QString *formatted)
{
    QString d;
    if (!digitsOf(input, &d) || (d.size() != 7 && d.size() != 8) || !Ocr::isValid(d))
        return false;
    *formatted = d.left(d.size() - 4) + u'-' + d.right(4);
    return true;
}

bool checkPlusgiro(const QString &input, QString *formatted)
{
    QString d;
    if (!digitsOf(input, &d) || d.size() < 2 || d.size() > 8 || !Ocr::isValid(d))
        return false;
    *formatted = d.left(d.size() - 1) + u'-' + d.right(1);
    return true;
}

} // namespace Giro
