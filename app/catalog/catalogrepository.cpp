#include "catalogrepository.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.price = Money::fromOre(q.value(2).toLongLong());
    vatClassFromKey(q.value(3).toString(), &p.vatClass);
    p.barcode = q.value(4).toString();
    p.color = q.value(5).toString();
    p.category = q.value(6).toString();
    p.position = q.value(7).toInt();
    return p;
}
const auto kColumns = u"id, name, price_ore, vat_class, barcode, color, category, position"_s;
} // namespace

CatalogRepository::CatalogRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

QList<Product> CatalogRepository::products() const
{
    QList<Product> result;
    QSqlQuery q(m_db.connection());
    q.exec(u"SELECT %1 FROM products WHERE active = 1 ORDER BY position, id"_s.arg(kColumns));
    while (q.next())
        result.append(productFrom(q));
    return result;
}

bool CatalogRepository::findByBarcode(const QString &barcode, Product *out) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT %1 FROM products WHERE active = 1 AND barcode = ?"_s.arg(kColumns));
    q.addBindValue(barcode);
    if (!q.exec() || !q.next())
        return false;
    *out = productFrom(q);
    return true;
}

bool CatalogRepository::isEmpty() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT COUNT(*) FROM products"_s) && q.next() && q.value(0).toInt() == 0;
}

qint64 CatalogRepository::save(const Product &p, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (p.id == 0) {
        q.prepare(u"INSERT INTO products (name, price_ore, vat_class, barcode, color, category, position)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    } else {
        q.prepare(u"UPDATE products SET name = ?, price_ore = ?, vat_class = ?, barcode = ?, color = ?, category = ?,"
                  " position = ? WHERE id = ?"_s);
    }
    q.addBindValue(p.name);
    q.addBindValue(p.price.ore());
    q.addBindValue(vatClassKey(p.vatClass));
    q.addBindValue(p.barcode.isEmpty() ? QVariant() : QVariant(p.barcode));
    q.addBindValue(p.color);
    q.addBindValue(p.category.isNull() ? u""_s : p.category); // a null QString binds as SQL NULL
    q.addBindValue(p.position);
    if (p.id != 0)
        q.addBindValue(p.id);
    if (!q.exec()) {
        *error =
            QCoreApplication::translate("CatalogRepository", "Cannot save the product: %1").arg(q.lastError().text());
        return 0;
    }
    emit changed();
    return p.id == 0 ? q.lastInsertId().toLongLong() : p.id;
}

bool CatalogRepository::remove(qint64 id, QString *error)
{
    // Sales keep their own copy of each line, so a removed product only leaves the quick keys.
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE products SET active = 0, barcode = NULL WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error =
            QCoreApplication::translate("CatalogRepository", "Cannot remove the product: %1").arg(q.lastError().text());
        return false;
    }
    emit changed();
    return true;
}

bool CatalogRepository::seedDemoCatalog(QString *error)
{
    struct Seed
    {
        const char *name;
        qint64 ore;
        VatClass vatClass;
        const char *barcode;
        const char *color;
    };
    // Product names are data the seller edits, shown as typed; the demo set is Swedish market fare.
    static const Seed seeds[] = {
        {"Honung 500 g", 8900, VatClass::Food, "7350000000019", "#f2b705"},
        {"Surdegsbröd", 5500, VatClass::Food, "7350000000026", "#c47f3d"},
        {"Äpplen 1 kg", 3500, VatClass::Food, "7350000000033", "#d93b3b"},
        {"Kaffe i mugg", 3000, VatClass::Reduced12, "7350000000040", "#6b4226"},
        {"Ullvantar", 24900, VatClass::Standard, "7350000000057", "#3b6fd9"},
        {"Keramikmugg", 18000, VatClass::Standard, "7350000000064", "#2a9d8f"},
        {"Receptbok", 19900, VatClass::Reduced6, "7350000000071", "#8e44ad"},
        {"Pant", 100, VatClass::Exempt, "7350000000088", "#7f8c8d"},
    };
    int position = 0;
    for (const Seed &s : seeds) {
        Product p;
        p.name = QString::fromUtf8(s.name);
        p.price = Money::fromOre(s.ore);
        p.vatClass = s.vatClass;
        p.barcode = QString::fromLatin1(s.barcode);
        p.color = QString::fromLatin1(s.color);
        p.position = position++;
        if (save(p, error) == 0)
            return false;
    }
    return true;
}
