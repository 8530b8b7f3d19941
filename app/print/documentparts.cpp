#include "documentparts.h"

#include "columnlayout.h"
#include "stalldetails.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace DocumentParts {

void addStallHeader(ColumnLayout &layout, const StallDetails &stall)
{
    using Style = ColumnLayout::Style;
    layout.addText(stall.name, Style::Heading, Qt::AlignHCenter);
    layout.addText(stall.street, Style::Small, Qt::AlignHCenter);
    layout.addText((stall.zip + u' ' + stall.city).trimmed(), Style::Small, Qt::AlignHCenter);
    if (!stall.organizationNumber.isEmpty()) {
        layout.addText(QCoreApplication::translate("DocumentParts", "Org. no. %1").arg(stall.organizationNumber),
                       Style::Small, Qt::AlignHCenter);
    }
    if (!stall.vatNumber.isEmpty()) {
        layout.addText(QCoreApplication::translate("DocumentParts", "VAT reg. no. %1").arg(stall.vatNumber),
                       Style::Small, Qt::AlignHCenter);
    }
    layout.addText(stall.website, Style::Small, Qt::AlignHCenter);
}

void addCopyMark(ColumnLayout &layout)
{
    //: The reprint mark a Swedish cash register must print (SKVFS 2014:9); keep it "KOPIA".
    layout.addText(QCoreApplication::translate("DocumentParts", "KOPIA"), ColumnLayout::Style::Banner,
                   Qt::AlignHCenter);
}

QString ratePercent(int basisPoints, const QLocale &locale)
{
    return locale.toString(basisPoints / 100.0) + u"\u00a0%"_s;
}

} // namespace DocumentParts
