#include "catalogcsv.h"

#include "catalogrepository.h"
#include "csv/csvtext.h"
#include "csv/textlimits.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
// A cell of just this clears the field; an empty cell keeps it (README "Catalog").
const QString kClear = CatalogCsv::clearMark();
// Price, VAT and position: "12 345,50", "livsmedel", "12".
constexpr int kNumberChars = 20;
// How often a parse tells its progress (and may be stopped).
constexpr qsizetype kProgressLines = 500;
const QStringList kColumns = {u"name"_s, u"price"_s, u"vat"_s, u"barcode"_s, u"color"_s, u"category"_s, u"position"_s};

// A header cell in English or Swedish (what our own export writes, and what a Swedish seller types).
QString columnOf(const QString &header)
{
    static const QHash<QString, QString> names = {
        {u"name"_s, u"name"_s},
        {u"namn"_s, u"name"_s},
        {u"price"_s, u"price"_s},
        {u"pris"_s, u"price"_s},
        {u"vat"_s, u"vat"_s},
        {u"moms"_s, u"vat"_s},
        {u"momssats"_s, u"vat"_s},
        {u"barcode"_s, u"barcode"_s},
        {u"streckkod"_s, u"barcode"_s},
        {u"ean"_s, u"barcode"_s},
        {u"color"_s, u"color"_s},
        {u"colour"_s, u"color"_s},
        {u"färg"_s, u"color"_s},
        {u"category"_s, u"category"_s},
        {u"kategori"_s, u"category"_s},
        {u"position"_s, u"position"_s},
        {u"placering"_s, u"position"_s},
        {u"plats"_s, u"position"_s},
    };
    return names.value(header.trimmed().toLower());
}

// The text of an existing product's field as a file would hold it: what an empty cell keeps.
QString fieldText(const Product &p, const QString &column)
{
    if (column == u"name"_s)
        return p.name;
    if (column == u"price"_s)
        return p.price.formatPlain(QLocale(QLocale::Swedish, QLocale::Sweden)).remove(QChar(0xA0)).remove(u' ');
    if (column == u"vat"_s)
        return CatalogCsv::vatText(p.vatClass);
    if (column == u"barcode"_s)
        return p.barcode;
    if (column == u"color"_s)
        return p.color;
    if (column == u"category"_s)
        return p.category;
    return QString::number(p.position);
}

bool vatFromText(const QString &text, VatClass *out)
{
    const QString t = text.trimmed().toLower().remove(u'%').trimmed();
    if (vatClassFromKey(t, out))
        return true;
    static const QHash<QString, VatClass> byText = {
        {u"25"_s, VatClass::Standard}, {u"12"_s, VatClass::Reduced12},   {u"6"_s, VatClass::Reduced6},
        {u"0"_s, VatClass::Exempt},    {u"livsmedel"_s, VatClass::Food}, {u"mat"_s, VatClass::Food},
    };
    if (!byText.contains(t))
        return false;
    *out = byText.value(t);
    return true;
}

} // namespace

QString CatalogCsv::vatText(VatClass vatClass)
{
    switch (vatClass) {
    case VatClass::Standard:
        return u"25"_s;
    case VatClass::Reduced12:
        return u"12"_s;
    case VatClass::Reduced6:
        return u"6"_s;
    case VatClass::Exempt:
        return u"0"_s;
    case VatClass::Food:
        return vatClassKey(VatClass::Food);
    }
    return {};
}

CatalogCsvRow CatalogCsv::fromFields(const QHash<QString, QString> &fields)
{
    CatalogCsvRow row;
    auto value = [&](const QString &name) {
        return fields.value(name).trimmed();
    };
    auto fail = [&](const QString &field, const QString &error) {
        row.fieldErrors.insert(field, error);
    };
    // Each cell's length first: a field over its limit is said so, and not quoted back in another message.
    static const QHash<QString, int> limits = {
        {u"name"_s, TextLimits::maxLength(TextLimits::Field::ProductName)},
        {u"price"_s, kNumberChars},
        {u"vat"_s, kNumberChars},
        {u"barcode"_s, TextLimits::maxLength(TextLimits::Field::Barcode)},
        {u"color"_s, TextLimits::maxLength(TextLimits::Field::Colour)},
        {u"category"_s, TextLimits::maxLength(TextLimits::Field::Category)},
        {u"position"_s, kNumberChars},
    };
    QHash<QString, QString> within = fields;
    QStringList tooLong;
    for (const QString &column : kColumns) {
        const QString text = value(column);
        if (text.size() > limits.value(column)) {
            fail(column, TextLimits::tooLong(limits.value(column), text.size()));
            within.remove(column);
            tooLong.append(column);
        }
    }
    const auto check = [&](const QString &column) {
        return !row.fieldErrors.contains(column);
    };
    Product &p = row.product;
    p.name = within.value(u"name"_s).trimmed();
    if (p.name.isEmpty() && check(u"name"_s))
        fail(u"name"_s, tr("The name is missing."));
    const QString price = value(u"price"_s);
    if (check(u"price"_s) && (!Money::parse(price, &p.price) || p.price.isNegative())) {
        fail(u"price"_s,
             price.isEmpty() ? tr("The price is missing.")
                             : tr("The price \"%1\" is not an amount in kronor such as 12,50.").arg(price));
    }
    const QString vat = value(u"vat"_s);
    if (vat.isEmpty())
        p.vatClass = VatClass::Standard;
    else if (check(u"vat"_s) && !vatFromText(vat, &p.vatClass))
        fail(u"vat"_s, tr("The VAT \"%1\" is not one of 25, 12, 6, 0 or %2.").arg(vat, tr("food")));
    p.barcode = within.value(u"barcode"_s).trimmed();
    static const QRegularExpression barcodePattern(u"^\\d{8,14}$"_s);
    if (!p.barcode.isEmpty() && !barcodePattern.match(p.barcode).hasMatch())
        fail(u"barcode"_s, tr("The barcode \"%1\" must be 8 to 14 digits.").arg(p.barcode));
    p.color = within.value(u"color"_s).trimmed().toLower();
    static const QRegularExpression colorPattern(u"^#([0-9a-f]{3}|[0-9a-f]{6})$"_s);
    if (!p.color.isEmpty() && !colorPattern.match(p.color).hasMatch())
        fail(u"color"_s, tr("The colour \"%1\" is not a colour such as #f2b705.").arg(p.color));
    else if (p.color.size() == 4) // #abc → #aabbcc
        p.color = u"#%1%1%2%2%3%3"_s.arg(p.color.at(1)).arg(p.color.at(2)).arg(p.color.at(3));
    p.category = within.value(u"category"_s).trimmed();
    const QString position = within.value(u"position"_s).trimmed();
    bool ok = true;
    p.position = position.isEmpty() ? 0 : position.toInt(&ok);
    if (check(u"position"_s) && (!ok || p.position < 0))
        fail(u"position"_s, tr("The position \"%1\" is not a whole number from 0.").arg(position));
    const QHash<QString, QString> names = {
        {u"name"_s, tr("name")},         {u"price"_s, tr("price")},  {u"vat"_s, tr("VAT")},
        {u"barcode"_s, tr("barcode")},   {u"color"_s, tr("colour")}, {u"category"_s, tr("category")},
        {u"position"_s, tr("position")},
    };
    for (const QString &column : kColumns) {
        if (!row.fieldErrors.contains(column))
            continue;
        // On a file's line the length message says which cell: next to a field, the field does.
        row.errors.append(tooLong.contains(column)
                              ? tr("%1: %2").arg(names.value(column), row.fieldErrors.value(column))
                              : row.fieldErrors.value(column));
    }
    return row;
}

QList<CatalogCsvRow> CatalogCsv::parse(const QByteArray &data, const QList<Product> &existing, const Progress &progress)
{
    QList<int> lines;
    const QList<QStringList> all = CsvText::records(data, &lines);
    QList<CatalogCsvRow> rows;
    if (all.isEmpty())
        return rows;
    // Columns by the header's names (English or Swedish), in any order; without a known header,
    // the standard order.
    QHash<QString, int> column;
    const QStringList header = all.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = columnOf(header.at(i));
        if (!name.isEmpty() && !column.contains(name))
            column.insert(name, i);
    }
    const bool hasHeader = column.contains(u"name"_s) && column.contains(u"price"_s);
    if (!hasHeader) {
        column.clear();
        for (int i = 0; i < kColumns.size(); ++i)
            column.insert(kColumns.at(i), i);
    }
    QHash<QString, qint64> byBarcode, byName;
    QHash<qint64, Product> byId;
    for (const Product &p : existing) {
        if (!p.barcode.isEmpty())
            byBarcode.insert(p.barcode, p.id);
        byName.insert(p.name.toLower(), p.id);
        byId.insert(p.id, p);
    }
    QHash<QString, int> barcodeLine; // barcodes of this file, against duplicates
    for (qsizetype r = hasHeader ? 1 : 0; r < all.size(); ++r) {
        if (progress && r % kProgressLines == 0 && !progress(r, all.size()))
            return {};
        const QStringList &fields = all.at(r);
        // nullopt: the column is absent, or its cell empty: an update keeps what the product has.
        auto cell = [&](const QString &name) -> std::optional<QString> {
            const int i = column.value(name, -1);
            const QString text = i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
            return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
        };
        const QString barcode = cell(u"barcode"_s).value_or(QString());
        const QString name = cell(u"name"_s).value_or(QString());
        const qint64 updatesId = !barcode.isEmpty() && barcode != kClear && byBarcode.contains(barcode)
            ? byBarcode.value(barcode)
            : byName.value(name.toLower(), 0);
        const Product before = byId.value(updatesId);
        QHash<QString, QString> values;
        for (const QString &c : kColumns) {
            const std::optional<QString> text = cell(c);
            if (!text)
                values.insert(c, updatesId ? fieldText(before, c) : QString());
            else
                values.insert(c, *text == kClear ? QString() : *text);
        }
        if (values.value(u"position"_s).isEmpty())
            values.insert(u"position"_s, QString::number(r)); // a new product (or a cleared place) goes last
        CatalogCsvRow row = fromFields(values);
        row.line = lines.at(r);
        Product &p = row.product;
        // Two lines of the file with one barcode are a mistake; a barcode kept from the product is not.
        const bool barcodeGiven = !barcode.isEmpty() && barcode != kClear;
        if (barcodeGiven && row.isValid() && barcodeLine.contains(p.barcode)) {
            const QString e = tr("The barcode %1 is also on line %2.").arg(p.barcode).arg(barcodeLine.value(p.barcode));
            row.fieldErrors.insert(u"barcode"_s, e);
            row.errors.append(e);
        } else if (barcodeGiven) {
            barcodeLine.insert(p.barcode, row.line);
        }
        row.updatesId = updatesId;
        p.id = row.updatesId;
        if (updatesId && row.isValid())
            row.changes = changesBetween(before, p);
        rows.append(row);
    }
    if (progress && !progress(all.size(), all.size()))
        return {};
    return rows;
}

QStringList CatalogCsv::changesBetween(const Product &before, const Product &after)
{
    const QLocale locale;
    QStringList changes;
    const auto change = [&](const QString &what, const QString &from, const QString &to) {
        if (from == to)
            return;
        if (to.isEmpty())
            changes.append(tr("%1 cleared (was %2)").arg(what, from));
        else if (from.isEmpty())
            changes.append(tr("%1 set to %2").arg(what, to));
        else
            changes.append(tr("%1 %2 → %3").arg(what, from, to));
    };
    change(tr("name"), before.name, after.name);
    change(tr("price"), before.price.format(locale), after.price.format(locale));
    change(tr("VAT"), vatName(before.vatClass), vatName(after.vatClass));
    change(tr("barcode"), before.barcode, after.barcode);
    change(tr("colour"), before.color, after.color);
    change(tr("category"), before.category, after.category);
    change(tr("position"), QString::number(before.position), QString::number(after.position));
    return changes;
}

QString CatalogCsv::vatName(VatClass vatClass)
{
    return vatClass == VatClass::Food ? tr("food") : tr("%1 %").arg(vatText(vatClass));
}

int CatalogCsv::apply(CatalogRepository &catalog, const QList<CatalogCsvRow> &rows, QString *error)
{
    int saved = 0;
    for (const CatalogCsvRow &row : rows) {
        if (!row.isValid())
            continue;
        if (catalog.save(row.product, error) == 0)
            return saved;
        ++saved;
    }
    return saved;
}

QByteArray CatalogCsv::write(const QList<Product> &products)
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QList<QStringList> rows = {kColumns};
    for (const Product &p : products) {
        rows.append({CsvText::cell(p.name), p.price.formatPlain(swedish).remove(QChar(0xA0)).remove(u' '),
                     vatText(p.vatClass), CsvText::cell(p.barcode), CsvText::cell(p.color), CsvText::cell(p.category),
                     QString::number(p.position)});
    }
    return CsvText::join(rows);
}
