#include "invoicecsv.h"

#include "contact/buyercheck.h"
#include "csv/csvtext.h"
#include "csv/textlimits.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
// An amount, a quantity, a rate or a date: "12 345,50", "2026-12-01".
constexpr qsizetype kNumberChars = 20;
const QStringList kNumberColumns = {u"quantity"_s, u"unit_price"_s, u"vat_rate"_s, u"delivery_date"_s};
} // namespace

const QStringList &InvoiceCsv::columns()
{
    static const QStringList c = {u"reference"_s,    u"buyer_name"_s,  u"buyer_street"_s, u"buyer_zip"_s,
                                  u"buyer_city"_s,   u"buyer_email"_s, u"buyer_phone"_s,  u"buyer_org_number"_s,
                                  u"description"_s,  u"quantity"_s,    u"unit_price"_s,   u"vat_rate"_s,
                                  u"delivery_date"_s};
    return c;
}

QList<InvoiceCsvInvoice> InvoiceCsv::parse(const QByteArray &data, QString *fileError)
{
    QList<int> lines;
    const QList<QStringList> records = CsvText::records(data, &lines);
    if (records.isEmpty()) {
        *fileError = tr("The file is empty. It needs a header row and a row per invoice line.");
        return {};
    }
    QHash<QString, int> column;
    for (int i = 0; i < records.first().size(); ++i)
        column.insert(records.first().at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const QString &name : columns()) {
        if (!column.contains(name) && name != u"buyer_org_number"_s && name != u"buyer_phone"_s
            && name != u"buyer_email"_s)
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        *fileError = tr("The header row lacks the column(s) %1. The first row must name the columns: %2.")
                         .arg(missing.join(u", "_s), columns().join(u","_s));
        return {};
    }
    QList<InvoiceCsvInvoice> invoices;
    QHash<QString, qsizetype> byReference;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const int line = lines.at(r);
        const auto value = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 && i < record.size() ? record.at(i).trimmed() : QString();
        };
        QStringList errors;
        const auto bad = [&](const QString &name, const QString &what) {
            errors.append(tr("line %1, %2: %3").arg(line).arg(name, what));
        };
        // Each cell's length first: a line with one over its limit is a bad line of its own, and
        // its text is not quoted back.
        static const QHash<QString, TextLimits::Field> limited = {
            {u"reference"_s, TextLimits::Field::Reference},
            {u"description"_s, TextLimits::Field::Description},
        };
        for (int i = 0; i < record.size(); ++i) {
            const QString name = column.key(i);
            const qsizetype limit = limited.contains(name) ? TextLimits::maxLength(limited.value(name))
                : kNumberColumns.contains(name)            ? kNumberChars
                                                           : TextLimits::kCsvCellChars;
            if (record.at(i).trimmed().size() > limit)
                bad(name.isEmpty() ? tr("column %1").arg(i + 1) : name,
                    TextLimits::tooLong(int(limit), record.at(i).trimmed().size()));
        }
        if (!errors.isEmpty()) {
            InvoiceCsvInvoice lone;
            lone.firstLine = line;
            lone.errors = errors;
            invoices.append(lone);
            continue;
        }
        const QString reference = value(u"reference"_s);
        if (reference.isEmpty())
            bad(u"reference"_s, tr("empty; give every invoice its own reference, the same on each of its lines"));
        InvoiceCsvLine item;
        item.description = value(u"description"_s);
        if (item.description.isEmpty())
            bad(u"description"_s, tr("empty; say what was sold"));
        bool ok = false;
        item.quantity = value(u"quantity"_s).toInt(&ok);
        if (!ok || item.quantity < 1 || item.quantity > 100000)
            bad(u"quantity"_s, tr("\"%1\" is not a whole number from 1 to 100000").arg(value(u"quantity"_s)));
        if (!Money::parse(value(u"unit_price"_s), &item.unitPrice) || item.unitPrice <= Money())
            bad(u"unit_price"_s,
                tr("\"%1\" is not a price in kronor above zero, e.g. 125,00 or 125.00").arg(value(u"unit_price"_s)));
        const QString rate = value(u"vat_rate"_s).remove(u'%').trimmed();
        static const QHash<QString, VatClass> rates = {{u"25"_s, VatClass::Standard},
                                                       {u"12"_s, VatClass::Reduced12},
                                                       {u"6"_s, VatClass::Reduced6},
                                                       {u"0"_s, VatClass::Exempt}};
        if (rates.contains(rate))
            item.vatClass = rates.value(rate);
        else
            bad(u"vat_rate"_s, tr("\"%1\" is not a Swedish VAT rate; use 25, 12, 6 or 0").arg(value(u"vat_rate"_s)));
        const QDate delivery = QDate::fromString(value(u"delivery_date"_s), u"yyyy-MM-dd"_s);
        if (!delivery.isValid())
            bad(u"delivery_date"_s, tr("\"%1\" is not a date as YYYY-MM-DD").arg(value(u"delivery_date"_s)));
        InvoiceBuyer typed {value(u"buyer_name"_s),  value(u"buyer_street"_s),     value(u"buyer_zip"_s),
                            value(u"buyer_city"_s),  value(u"buyer_org_number"_s), QString(),
                            value(u"buyer_email"_s), value(u"buyer_phone"_s)};
        InvoiceBuyer buyer;
        QMap<BuyerCheck::Field, QString> buyerErrors;
        if (!BuyerCheck::check(typed, false, &buyer, &buyerErrors)) {
            for (auto it = buyerErrors.cbegin(); it != buyerErrors.cend(); ++it)
                bad(BuyerCheck::columnName(it.key()), it.value());
        }
        if (reference.isEmpty()) {
            // Not part of any invoice: a bad row of its own.
            InvoiceCsvInvoice lone;
            lone.firstLine = line;
            lone.errors = errors;
            invoices.append(lone);
            continue;
        }
        qsizetype at = byReference.value(reference, -1);
        if (at < 0) {
            at = invoices.size();
            byReference.insert(reference, at);
            InvoiceCsvInvoice invoice;
            invoice.reference = reference;
            invoice.firstLine = line;
            invoice.buyer = buyer;
            invoice.deliveryDate = delivery;
            invoices.append(invoice);
        } else if (errors.isEmpty()
                   && (buyer.name != invoices.at(at).buyer.name || delivery != invoices.at(at).deliveryDate)) {
            bad(u"reference"_s,
                tr("the reference %1 is used on line %2 for another buyer or delivery date")
                    .arg(reference)
                    .arg(invoices.at(at).firstLine));
        }
        InvoiceCsvInvoice &invoice = invoices[at];
        invoice.errors += errors;
        invoice.lines.append(item);
    }
    return invoices;
}
