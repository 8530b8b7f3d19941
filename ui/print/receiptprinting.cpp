#include "receiptprinting.h"

#include "print/receiptrenderer.h"
#include "print/returnreceiptrenderer.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "till/till.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// What a receipt of this sale prints now: its return receipt once it is refunded; a sale receipt
// printed or saved before says KOPIA (SKVFS 2014:9).
std::unique_ptr<PrintDocument> receiptFor(Till &till, const Sale &sale)
{
    const AppSettings &settings = till.settings();
    const StallDetails stall = StallDetails::fromSettings(settings);
    const Paper paper = Paper::roll(settings.receiptPaperWidthMm());
    if (sale.state == SaleState::Refunded)
        return std::make_unique<ReturnReceiptRenderer>(sale, stall, paper);
    auto receipt = std::make_unique<ReceiptRenderer>(sale, stall, paper);
    receipt->setCopy(till.sales().queries().receiptIssued(sale.id));
    return receipt;
}
} // namespace

namespace ReceiptPrinting {

Printing::Outcome print(QWidget *parent, Till &till, qint64 saleId, QString *message)
{
    Sale sale;
    if (!till.sales().queries().load(saleId, &sale))
        return Printing::Outcome::Cancelled;
    const Printing::Outcome outcome = Printing::print(
        parent, till.settings().receiptPrinter(), [&](const QString &) { return receiptFor(till, sale); }, message);
    if (outcome == Printing::Outcome::Done)
        till.sales().commands().recordReceiptIssued(saleId, u"printed"_s);
    return outcome;
}

Printing::Outcome savePdf(QWidget *parent, Till &till, qint64 saleId, QString *message)
{
    Sale sale;
    if (!till.sales().queries().load(saleId, &sale))
        return Printing::Outcome::Cancelled;
    AppSettings &settings = till.settings();
    const std::unique_ptr<PrintDocument> receipt = receiptFor(till, sale);
    QString savedTo;
    const Printing::Outcome outcome =
        Printing::savePdf(parent, *receipt, settings.uiState(u"pdf_folder"_s).toString(), &savedTo, message);
    if (outcome == Printing::Outcome::Done) {
        settings.setUiState(u"pdf_folder"_s, QFileInfo(savedTo).absolutePath());
        till.sales().commands().recordReceiptIssued(saleId, u"saved as PDF"_s);
    }
    return outcome;
}

} // namespace ReceiptPrinting
