#include "csvimportdialog.h"

#include "catalog/catalogrepository.h"
#include "style/theme.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CsvImportDialog::CsvImportDialog(CatalogRepository &catalog, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_import(nullptr)
{
    setWindowTitle(tr("Import products — %1").arg(QDir::toNativeSeparators(fileName)));
    resize(900, 520);
    QFile file(fileName);
    QString readError;
    if (file.open(QIODevice::ReadOnly))
        m_rows = CatalogCsv::parse(file.readAll(), m_catalog.products());
    else
        readError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());

    m_preview->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Name"), tr("Price"), tr("VAT"), tr("Barcode"), tr("Category"), tr("Result")});
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAccessibleName(tr("Lines of the file"));
    m_preview->setWordWrap(true);
    m_preview->setRowCount(int(m_rows.size()));
    const QLocale locale;
    int good = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const CatalogCsvRow &row = m_rows.at(r);
        const Product &p = row.product;
        const QString result = !row.isValid() ? row.errors.join(u' ')
            : !row.updatesId                  ? tr("New product")
            : row.changes.isEmpty()           ? tr("No change")
                                              : tr("Changes: %1").arg(row.changes.join(u"; "_s));
        const QStringList cells = {QString::number(row.line),
                                   p.name,
                                   row.fieldErrors.contains(u"price"_s) ? QString() : p.price.format(locale),
                                   CatalogCsv::vatName(p.vatClass),
                                   p.barcode,
                                   p.category,
                                   result};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!row.isValid()) {
                item->setForeground(Theme::color(Theme::Tone::Error, palette()));
                item->setToolTip(row.errors.join(u'\n'));
            }
            m_preview->setItem(r, c, item);
        }
        good += row.isValid() ? 1 : 0;
    }
    m_preview->resizeRowsToContents();
    const int bad = int(m_rows.size()) - good;
    m_summary->setWordWrap(true);
    auto *howTo = new QLabel(
        tr("A line with the name or barcode of a product updates it. An empty cell keeps what the product has; "
           "a cell with just %1 clears it.")
            .arg(CatalogCsv::clearMark()),
        this);
    howTo->setWordWrap(true);
    m_summary->setText(!readError.isEmpty() ? readError
                           : bad == 0       ? tr("%n line(s) ready to import.", nullptr, good)
                                            : tr("%n line(s) ready to import; ", nullptr, good)
                               + tr("%n line(s) with errors will be skipped. Fix them in the file and "
                                    "import it again.",
                                    nullptr, bad));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import %n product(s)", nullptr, good), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(good > 0);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(howTo);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

void CsvImportDialog::import()
{
    QString error;
    m_imported = CatalogCsv::apply(m_catalog, m_rows, &error);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    accept();
}
