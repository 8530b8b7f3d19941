#include "csvimportdialog.h"

#include "catalog/catalogrepository.h"
#include "csv/csvfile.h"
#include "csvpreviewmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

CsvImportDialog::CsvImportDialog(CatalogRepository &catalog, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_model(new CsvPreviewModel(this))
    , m_preview(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_import(nullptr)
    , m_cancel(nullptr)
    , m_checked(std::make_shared<std::atomic<qsizetype>>(0))
{
    setWindowTitle(tr("Import products — %1").arg(QDir::toNativeSeparators(fileName)));
    resize(900, 520);
    m_preview->setModel(m_model);
    m_preview->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(CsvPreviewModel::Result, QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAccessibleName(tr("Lines of the file"));
    m_preview->setWordWrap(true);
    m_progress->setAccessibleName(tr("Reading the file"));
    m_progress->setRange(0, 0); // busy until the first line count
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the file…"));
    auto *howTo = new QLabel(
        tr("A line with the name or barcode of a product updates it. An empty cell keeps what the product has; "
           "a cell with just %1 clears it.")
            .arg(CatalogCsv::clearMark()),
        this);
    howTo->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import %n product(s)", nullptr, 0), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::cancel);
    connect(this, &QDialog::rejected, this, [this] { m_reading.cancel(); }); // also Escape
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(howTo);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // The worker reads only its own copies: the file's name, the products as they are now, a counter.
    connect(&m_reading, &QFutureWatcher<Reading>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_reading, &QFutureWatcher<Reading>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_reading, &QFutureWatcher<Reading>::finished, this, [this] {
        if (!m_reading.isCanceled() && m_reading.future().resultCount() > 0)
            showRows(m_reading.result());
        m_shown = true;
        emit readingFinished();
    });
    const QList<Product> existing = m_catalog.products();
    m_reading.setFuture(QtConcurrent::run([fileName, existing, checked = m_checked](QPromise<Reading> &promise) {
        Reading reading;
        const CsvFile::Read file = CsvFile::read(fileName);
        reading.error = file.error;
        reading.notice = file.notice;
        if (file.ok()) {
            reading.rows = CatalogCsv::parse(file.utf8, existing, [&](qsizetype done, qsizetype total) {
                checked->store(done);
                promise.setProgressRange(0, int(total));
                promise.setProgressValue(int(done));
                return !promise.isCanceled();
            });
        }
        if (!promise.isCanceled())
            promise.addResult(std::move(reading));
    }));
}

CsvImportDialog::~CsvImportDialog()
{
    m_reading.cancel();
    m_reading.waitForFinished();
}

void CsvImportDialog::cancel()
{
    // Nothing is saved before Import: stopping the reading is all Cancel has to do.
    m_reading.cancel();
    reject();
}

QString CsvImportDialog::previewText(int row, int column) const
{
    return m_model->index(row, column).data().toString();
}

int CsvImportDialog::previewRows() const
{
    return m_model->rowCount();
}

void CsvImportDialog::showRows(const Reading &reading)
{
    m_progress->hide();
    if (!reading.error.isEmpty()) {
        m_summary->setText(reading.error);
        return;
    }
    m_model->setRows(reading.rows);
    if (reading.rows.size() <= 1000)
        m_preview->resizeRowsToContents(); // a long file keeps one line per row: measuring is slow
    int good = 0;
    for (const CatalogCsvRow &row : reading.rows)
        good += row.isValid() ? 1 : 0;
    const int bad = int(reading.rows.size()) - good;
    const QString counts = bad == 0 ? tr("%n line(s) ready to import.", nullptr, good)
                                    : tr("%n line(s) ready to import; ", nullptr, good)
            + tr("%n line(s) with errors will be skipped. Fix them in the file and "
                 "import it again.",
                 nullptr, bad);
    m_summary->setText(reading.notice.isEmpty() ? counts : reading.notice + u' ' + counts);
    m_import->setText(tr("&Import %n product(s)", nullptr, good));
    m_import->setEnabled(good > 0);
}

void CsvImportDialog::import()
{
    QString error;
    m_imported = CatalogCsv::apply(m_catalog, m_model->rows(), &error);
    if (!error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    accept();
}
