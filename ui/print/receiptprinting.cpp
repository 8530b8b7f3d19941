#include "receiptprinting.h"

#include "print/receiptrenderer.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "till/till.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ReceiptPrinting {

Printing::Outcome print(QWidget *parent, Till &till, qint64 saleId, QString *message)
{
    Sale sale;
    if (!till.sales().load(saleId, &sale))
        return Printing::Outcome::Cancelled;
    const AppSettings &settings = till.settings();
    const StallDetails stall = StallDetails::fromSettings(settings);
    const Paper paper = Paper::roll(settings.receiptPaperWidthMm());
    return Printing::print(
        parent, settings.receiptPrinter(),
        [&](const QString &) { return std::make_unique<ReceiptRenderer>(sale, stall, paper); }, message);
}

Printing::Outcome savePdf(QWidget *parent, Till &till, qint64 saleId, QString *message)
{
    Sale sale;
    if (!till.sales().load(saleId, &sale))
        return Printing::Outcome::Cancelled;
    AppSettings &settings = till.settings();
    const ReceiptRenderer receipt(sale, StallDetails::fromSettings(settings),
                                  Paper::roll(settings.receiptPaperWidthMm()));
    QString savedTo;
    const Printing::Outcome outcome =
        Printing::savePdf(parent, receipt, settings.uiState(u"pdf_folder"_s).toString(), &savedTo, message);
    if (outcome == Printing::Outcome::Done)
        settings.setUiState(u"pdf_folder"_s, QFileInfo(savedTo).absolutePath());
    return outcome;
}

} // namespace ReceiptPrinting
