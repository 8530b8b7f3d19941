#include "catalogview.h"

#include "catalog/catalogcsv.h"
#include "catalog/catalogrepository.h"
#include "colourchoice.h"
#include "csvimportdialog.h"
#include "dialogs/dialogs.h"
#include "settings/appsettings.h"
#include "style/shortcuts.h"
#include "style/theme.h"
#include "till/till.h"

#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QList<VatClass> kVatClasses = {VatClass::Standard, VatClass::Food, VatClass::Reduced12, VatClass::Reduced6,
                                     VatClass::Exempt};
}

CatalogView::CatalogView(Till &till, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_list(new QTableWidget(this))
    , m_vat(new QComboBox(this))
    , m_position(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_new(new QPushButton(tr("&New product"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    m_list->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Price"), tr("VAT"), tr("Barcode"), tr("Category")});
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Products"));

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field, const QString &column) {
        form->addRow(label, field);
        auto *error = Theme::fieldErrorLabel(this);
        m_errors.insert(column, error);
        form->addRow(QString(), error);
    };
    addRow(tr("N&ame:"), addField(u"name"_s, tr("Name")), u"name"_s);
    addRow(tr("&Price incl. VAT:"), addField(u"price"_s, tr("Price including VAT")), u"price"_s);
    for (VatClass c : kVatClasses) {
        const int bp = m_till.vatTable().basisPointsFor(c, QDate::currentDate());
        const QString rate = tr("%1 %").arg(QLocale().toString(bp / 100.0));
        m_vat->addItem(c == VatClass::Food ? tr("Food (%1 now)").arg(rate) : rate, int(c));
    }
    m_vat->setAccessibleName(tr("VAT rate"));
    addRow(tr("&VAT:"), m_vat, u"vat"_s);
    addRow(tr("&Barcode:"), addField(u"barcode"_s, tr("Barcode")), u"barcode"_s);
    // The colour typed as #rrggbb, or picked: a preset, none, or any from the colour dialog.
    auto *colour = new QWidget(this);
    auto *colourRow = new QVBoxLayout(colour);
    colourRow->setContentsMargins(0, 0, 0, 0);
    colourRow->addWidget(addField(u"color"_s, tr("Quick key colour")));
    m_colours = new ColourChoice(field(u"color"_s), colour);
    colourRow->addWidget(m_colours);
    colour->setFocusProxy(field(u"color"_s)); // Alt+C goes to the field
    addRow(tr("&Colour:"), colour, u"color"_s);
    field(u"color"_s)->setPlaceholderText(tr("#f2b705, or pick one below"));
    addRow(tr("Ca&tegory:"), addField(u"category"_s, tr("Category")), u"category"_s);
    m_position->setRange(0, 999);
    m_position->setAccessibleName(tr("Position of the quick key"));
    addRow(tr("P&osition:"), m_position, u"position"_s);
    m_message->setWordWrap(true);

    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(
        tr("Clear the form for a new product (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the product (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    Shortcuts::tell(m_delete, tr("Remove the product from the quick keys; sales keep their lines (press twice)"));
    Shortcuts::tell(m_import, tr("Add or update products from a CSV file, with a preview first"));
    Shortcuts::tell(m_export, tr("Save all products as a CSV file for a spreadsheet"));
    auto *formButtons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_save, m_delete})
        formButtons->addWidget(b);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(m_export);
    fileButtons->addStretch();

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(formButtons);
    right->addWidget(m_message);
    right->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(fileButtons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            edit(m_list->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        edit(0);
        field(u"name"_s)->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &CatalogView::save);
    connect(m_delete, &QPushButton::clicked, this, &CatalogView::remove);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::current().openFileName(
            this, {tr("Import products"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"), QString()});
        if (!file.isEmpty())
            importFile(file);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::current().saveFileName(
            this,
            {tr("Export products"),
             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"products.csv"_s),
             tr("CSV files (*.csv)"), u"csv"_s});
        QString error;
        if (!file.isEmpty() && !exportTo(file, &error))
            m_message->setText(error);
    });
    connect(&m_till.catalog(), &CatalogRepository::changed, this, &CatalogView::reload);
    reload();
    edit(0);
}

QLineEdit *CatalogView::addField(const QString &column, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    m_fields.insert(column, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, column] { m_errors.value(column)->hide(); });
    return edit;
}

void CatalogView::reload()
{
    const QList<Product> products = m_till.catalog().products();
    const QLocale locale;
    m_list->blockSignals(true);
    m_list->setRowCount(int(products.size()));
    for (int r = 0; r < products.size(); ++r) {
        const Product &p = products.at(r);
        const QStringList cells = {p.name, p.price.format(locale), m_vat->itemText(m_vat->findData(int(p.vatClass))),
                                   p.barcode, p.category};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            if (c == 0 && !p.color.isEmpty())
                item->setData(Qt::DecorationRole, QColor(p.color));
            m_list->setItem(r, c, item);
        }
        if (p.id == m_editedId)
            m_list->selectRow(r);
    }
    m_list->blockSignals(false);
}

void CatalogView::edit(qint64 productId)
{
    Product p;
    p.position = int(m_till.catalog().products().size());
    for (const Product &candidate : m_till.catalog().products()) {
        if (candidate.id == productId)
            p = candidate;
    }
    m_editedId = p.id;
    field(u"name"_s)->setText(p.name);
    field(u"price"_s)->setText(p.id ? p.price.formatPlain(QLocale()) : QString());
    m_vat->setCurrentIndex(m_vat->findData(int(p.vatClass)));
    field(u"barcode"_s)->setText(p.barcode);
    field(u"color"_s)->setText(p.color);
    field(u"category"_s)->setText(p.category);
    m_position->setValue(p.position);
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
    m_delete->setEnabled(p.id != 0);
    m_delete->setText(tr("&Delete"));
    m_deleteArmed = false;
    m_askedPriceOre = -1;
    m_message->clear();
}

void CatalogView::save()
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    values.insert(u"vat"_s, vatClassKey(VatClass(m_vat->currentData().toInt())));
    values.insert(u"position"_s, QString::number(m_position->value()));
    CatalogCsvRow checked = CatalogCsv::fromFields(values);
    Product other;
    if (!checked.product.barcode.isEmpty() && m_till.catalog().findByBarcode(checked.product.barcode, &other)
        && other.id != m_editedId) {
        checked.fieldErrors.insert(u"barcode"_s, tr("%1 already has this barcode.").arg(other.name));
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        Theme::showFieldError(it.value(), field(it.key()), checked.fieldErrors.value(it.key()));
    }
    if (!checked.fieldErrors.isEmpty()) {
        for (const QString &column : {u"name"_s, u"price"_s, u"barcode"_s, u"color"_s, u"category"_s}) {
            if (checked.fieldErrors.contains(column)) {
                field(column)->setFocus();
                field(column)->selectAll();
                break;
            }
        }
        return;
    }
    // A price above the limit of the settings is asked about once: Save again keeps it.
    const qint64 limit = m_till.settings().largeAmountOre();
    if (limit > 0 && checked.product.price.ore() > limit && m_askedPriceOre != checked.product.price.ore()) {
        m_askedPriceOre = checked.product.price.ore();
        const QLocale locale;
        Theme::showFieldError(m_errors.value(u"price"_s), field(u"price"_s),
                              tr("%1 is more than %2. Check the price; press Save again to keep it.")
                                  .arg(checked.product.price.format(locale), Money::fromOre(limit).format(locale)));
        field(u"price"_s)->setFocus();
        return;
    }
    m_askedPriceOre = -1;
    Product p = checked.product;
    p.id = m_editedId;
    QString error;
    const qint64 id = m_till.catalog().save(p, &error);
    if (id == 0) {
        m_message->setText(error);
        return;
    }
    m_editedId = id;
    reload();
    m_message->setText(tr("Saved %1.").arg(p.name));
}

void CatalogView::remove()
{
    if (m_editedId == 0)
        return;
    if (!m_deleteArmed) {
        m_deleteArmed = true;
        m_delete->setText(tr("Press again to delete"));
        return;
    }
    QString error;
    if (!m_till.catalog().remove(m_editedId, &error)) {
        m_message->setText(error);
        return;
    }
    edit(0);
}

void CatalogView::importFile(const QString &fileName)
{
    auto *dialog = new CsvImportDialog(m_till.catalog(), fileName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_message->setText(tr("Imported %n product(s).", nullptr, dialog->importedCount())); });
    dialog->open();
}

bool CatalogView::exportTo(const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(CatalogCsv::write(m_till.catalog().products())) < 0
        || !file.commit()) {
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}
