#pragma once

#include "product.h"

#include <QList>
#include <QObject>

class Database;

// The products of the till, in quick-key order, stored in the sales database.
class CatalogRepository : public QObject
{
    Q_OBJECT
public:
    explicit CatalogRepository(Database &db, QObject *parent = nullptr);

    QList<Product> products() const;
    bool findByBarcode(const QString &barcode, Product *out) const;
    bool isEmpty() const;

    // Inserts (id 0) or updates; returns the id, or 0 with *error set.
    qint64 save(const Product &product, QString *error);
    bool remove(qint64 id, QString *error);

    // A small demo assortment with one product at each VAT rate, for demo mode's first start.
    bool seedDemoCatalog(QString *error);

signals:
    void changed();

private:
    Database &m_db;
};
