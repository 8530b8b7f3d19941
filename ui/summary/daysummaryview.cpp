#include "daysummaryview.h"

#include "clock/clock.h"
#include "dialogs/dialogs.h"
#include "history/daycsv.h"
#include "history/dayreport.h"
#include "print/dayreportrenderer.h"
#include "print/printing.h"
#include "sale/paymentmethods.h"
#include "sale/saleservice.h"
#include "sales/saleshistorymodel.h"
#include "settings/appsettings.h"
#include "style/shortcuts.h"
#include "till/till.h"

#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableWidget *table(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAccessibleName(accessibleName);
    return t;
}
void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}
} // namespace

DaySummaryView::DaySummaryView(Till &till, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_day(new QDateEdit(this))
    , m_previous(new QPushButton(tr("◀ Previous day"), this))
    , m_next(new QPushButton(tr("Next day ▶"), this))
    , m_headline(new QLabel(this))
    , m_open(new QLabel(this))
    , m_vat(table({tr("VAT rate"), tr("Sales incl. VAT"), tr("VAT"), tr("Excl. VAT")}, tr("VAT per rate"), this))
    , m_methods(table({tr("Paid with"), tr("Sales"), tr("Amount")}, tr("Per payment method"), this))
    , m_returnVat(table(
          {tr("VAT rate"), tr("Returns incl. VAT"), tr("VAT"), tr("Excl. VAT")}, tr("Returns: VAT per rate"), this))
    , m_returnMethods(table({tr("Refunded to"), tr("Returns"), tr("Amount")}, tr("Returns per payment method"), this))
    , m_export(new QPushButton(tr("&Export the day's sales as CSV…"), this))
    , m_exportLines(new QPushButton(tr("Export sold &items as CSV…"), this))
    , m_print(new QPushButton(tr("P&rint"), this))
    , m_savePdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_message(new QLabel(this))
    , m_changed(new QTimer(this))
{
    m_day->setCalendarPopup(true);
    m_day->setDate(m_till.clock().today());
    m_day->setAccessibleName(tr("Day"));
    m_day->setToolTip(tr("The day shown; Page Up and Page Down change it"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    Shortcuts::tell(m_previous, tr("The day before"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    Shortcuts::tell(m_next, tr("The day after"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_open->setWordWrap(true);
    Shortcuts::tell(m_export, tr("One line per sale and VAT rate, with its status, for the bookkeeper"));
    Shortcuts::tell(m_exportLines, tr("One line per item of the paid sales: product, quantity, VAT rate and amount"));
    m_message->setWordWrap(true);
    m_print->setToolTip(tr("Print the day report on the document printer chosen in the settings (Ctrl+P, Alt+R)"));
    m_savePdf->setToolTip(tr("Save the day report as a PDF file (Alt+D)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_previous);
    top->addWidget(m_day);
    top->addWidget(m_next);
    top->addStretch();
    top->addWidget(m_print);
    top->addWidget(m_savePdf);
    top->addWidget(m_export);
    top->addWidget(m_exportLines);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_vat, 3);
    tables->addWidget(m_methods, 2);
    // Returns apart from the sales, as negative amounts: what went back on this day.
    auto *returns = new QHBoxLayout;
    returns->addWidget(m_returnVat, 3);
    returns->addWidget(m_returnMethods, 2);
    m_returnsLine = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_open);
    layout->addLayout(tables, 1);
    layout->addWidget(m_returnsLine);
    layout->addLayout(returns, 1);
    layout->addWidget(m_message);

    m_changed->setSingleShot(true);
    m_changed->setInterval(300);
    connect(m_changed, &QTimer::timeout, this, &DaySummaryView::refresh);
    connect(&m_till.sales(), &SaleService::saleChanged, m_changed, [this] {
        if (isVisible())
            m_changed->start();
    });
    connect(m_day, &QDateEdit::dateChanged, this, &DaySummaryView::refresh);
    connect(m_previous, &QPushButton::clicked, this, [this] { m_day->setDate(m_day->date().addDays(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_day->setDate(m_day->date().addDays(1)); });
    connect(m_print, &QPushButton::clicked, this, &DaySummaryView::printReport);
    connect(m_savePdf, &QPushButton::clicked, this, &DaySummaryView::saveReport);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, &DaySummaryView::printReport);
    connect(m_export, &QPushButton::clicked, this, [this] { askAndExport(Export::Sales); });
    connect(m_exportLines, &QPushButton::clicked, this, [this] { askAndExport(Export::Lines); });
    refresh();
}

void DaySummaryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DaySummaryView::refresh()
{
    const DayReport r = DayReports::build(m_till.database(), m_day->date());
    const QLocale locale;
    m_headline->setText(tr("%Ln paid sale(s), %1 in all, of which VAT %2", nullptr, int(r.paidCount))
                            .arg(r.gross.format(locale), r.vatTotal().format(locale)));
    QStringList open;
    if (r.openCount > 0)
        open.append(
            tr("%Ln sale(s) still open, %1 not paid yet", nullptr, int(r.openCount)).arg(r.openAmount.format(locale)));
    else
        open.append(tr("No open sales."));
    if (r.cancelledCount > 0)
        open.append(tr("%Ln cancelled, expired or refused (not counted)", nullptr, int(r.cancelledCount)));
    m_open->setText(open.join(u"  "_s));
    m_vat->setRowCount(int(r.vat.size()));
    for (int i = 0; i < r.vat.size(); ++i) {
        const VatGroup &g = r.vat.at(i);
        setRow(m_vat, i,
               {tr("%1 %").arg(locale.toString(g.basisPoints / 100.0)), g.gross.format(locale), g.vat.format(locale),
                g.net().format(locale)});
    }
    m_methods->setRowCount(int(r.methods.size()));
    for (int i = 0; i < r.methods.size(); ++i) {
        const MethodTotal &m = r.methods.at(i);
        setRow(m_methods, i,
               {m.method.isEmpty() ? tr("Not known") : PaymentMethods::displayName(m.method), locale.toString(m.count),
                m.gross.format(locale)});
    }
    showReturns(r);
    m_export->setEnabled(r.paidCount + r.openCount + r.cancelledCount > 0);
    m_exportLines->setEnabled(r.paidCount > 0);
}

void DaySummaryView::showReturns(const DayReport &r)
{
    const QLocale locale;
    const bool any = r.returnCount > 0;
    m_returnsLine->setVisible(any);
    m_returnVat->setVisible(any);
    m_returnMethods->setVisible(any);
    m_returnsLine->setText(tr("%Ln return(s), %1 refunded, of which VAT %2", nullptr, int(r.returnCount))
                               .arg((-r.returnGross).format(locale), (-vatOf(r.returnVat)).format(locale)));
    m_returnVat->setRowCount(int(r.returnVat.size()));
    for (int i = 0; i < r.returnVat.size(); ++i) {
        const VatGroup &g = r.returnVat.at(i);
        setRow(m_returnVat, i,
               {tr("%1 %").arg(locale.toString(g.basisPoints / 100.0)), (-g.gross).format(locale),
                (-g.vat).format(locale), (-g.net()).format(locale)});
    }
    m_returnMethods->setRowCount(int(r.returnMethods.size()));
    for (int i = 0; i < r.returnMethods.size(); ++i) {
        const MethodTotal &m = r.returnMethods.at(i);
        setRow(m_returnMethods, i,
               {m.method.isEmpty() ? tr("Not known") : PaymentMethods::displayName(m.method), locale.toString(m.count),
                (-m.gross).format(locale)});
    }
}

Money DaySummaryView::vatOf(const QList<VatGroup> &groups)
{
    Money sum;
    for (const VatGroup &g : groups)
        sum += g.vat;
    return sum;
}

void DaySummaryView::askAndExport(Export what)
{
    const QString day = m_day->date().toString(Qt::ISODate);
    const QString name = what == Export::Sales ? tr("sales-%1.csv").arg(day) : tr("items-%1.csv").arg(day);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString file = Dialogs::current().saveFileName(
        this,
        {what == Export::Sales ? tr("Export the day's sales") : tr("Export the day's sold items"), suggested,
         tr("CSV files (*.csv)"), u"csv"_s});
    QString error;
    if (!file.isEmpty() && !exportTo(file, &error, what))
        m_message->setText(error);
}

bool DaySummaryView::exportTo(const QString &fileName, QString *error, Export what)
{
    QSaveFile file(fileName);
    const QByteArray csv = what == Export::Sales ? DayCsv::sales(m_till.database(), m_day->date())
                                                 : DayCsv::lines(m_till.database(), m_day->date());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0 || !file.commit()) {
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void DaySummaryView::printReport()
{
    const AppSettings &settings = m_till.settings();
    const DayReport report = DayReports::build(m_till.database(), m_day->date());
    const StallDetails stall = StallDetails::fromSettings(settings);
    const QDateTime now = m_till.clock().nowUtc();
    const QString receiptPrinter = settings.receiptPrinter();
    const int rollWidth = settings.receiptPaperWidthMm();
    QString message;
    const Printing::Outcome outcome = Printing::print(
        this, settings.documentPrinter(),
        [&](const QString &printer) {
            // At a stall the receipt printer may be the only one: the report then fits its roll.
            const Paper paper = !printer.isEmpty() && printer == receiptPrinter ? Paper::roll(rollWidth) : Paper::a4();
            return std::make_unique<DayReportRenderer>(report, stall, now, paper);
        },
        &message);
    if (outcome != Printing::Outcome::Cancelled)
        m_message->setText(message);
}

void DaySummaryView::saveReport()
{
    AppSettings &settings = m_till.settings();
    const DayReportRenderer document(DayReports::build(m_till.database(), m_day->date()),
                                     StallDetails::fromSettings(settings), m_till.clock().nowUtc(), Paper::a4());
    QString savedTo, message;
    const Printing::Outcome outcome =
        Printing::savePdf(this, document, settings.uiState(u"pdf_folder"_s).toString(), &savedTo, &message);
    if (outcome == Printing::Outcome::Done)
        settings.setUiState(u"pdf_folder"_s, QFileInfo(savedTo).absolutePath());
    if (outcome != Printing::Outcome::Cancelled)
        m_message->setText(message);
}
