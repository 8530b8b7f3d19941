#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Fills a Stallpay database with `count` sales in one statement per table (a million in seconds):
// numbers 1..count, one every 90 s up to `last`, amounts 1–500 kr, mixed states and payment
// methods, one or two lines of the catalog's products 1–8, and a contact on every 20th sale.
// Returns an empty string or the SQL error.
inline QString fillWithSales(QSqlDatabase db, int count, const QDateTime &last)
{
    using namespace Qt::StringLiterals;
    const qint64 lastSecs = last.toSecsSinceEpoch();
    const QStringList statements = {
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
        " INSERT INTO sales (id, number, created_at, sale_date, total_ore, vat_ore, state, payment_method,"
        " payment_link_id, checkout_url, link_status, order_closed, updated_at)"
        " SELECT i, i, strftime('%Y-%m-%dT%H:%M:%fZ', %2 - (%1 - i) * 90, 'unixepoch'),"
        " date(%2 - (%1 - i) * 90, 'unixepoch', 'localtime'), 100 * (1 + (i * 7919) % 500), 0,"
        " CASE i % 10 WHEN 0 THEN 'cancelled' WHEN 1 THEN 'paid_cash' WHEN 2 THEN 'link_ready' ELSE 'paid' END,"
        " CASE i % 10 WHEN 0 THEN NULL WHEN 1 THEN 'cash' WHEN 2 THEN NULL"
        "   WHEN 3 THEN 'card' WHEN 4 THEN 'card' ELSE 'swish' END,"
        " 'pl' || i, CASE i % 10 WHEN 2 THEN 'https://pay.example/' || i END, 'COMPLETED', 1, '2026-01-01'"
        " FROM n"_s.arg(count)
            .arg(lastSecs),
        u"INSERT INTO sale_lines (sale_id, position, product_id, description, unit_price_ore, quantity, vat_bp)"
        " SELECT id, 0, 1 + id % 8, 'Vara ' || (1 + id % 8), total_ore, 1, 2500 FROM sales"_s,
        u"INSERT INTO sale_lines (sale_id, position, product_id, description, unit_price_ore, quantity, vat_bp)"
        " SELECT id, 1, 1 + (id / 3) % 8, 'Vara ' || (1 + (id / 3) % 8), 0, 1, 2500 FROM sales WHERE id % 3 = 0"_s,
        u"INSERT INTO sale_contacts (sale_id, name, phone, email, created_at)"
        " SELECT id, 'Kund ' || id, '+46709' || substr('000000' || id, -6, 6), 'kund' || id || '@example.se',"
        " '2026-01-01' FROM sales WHERE id % 20 = 0"_s,
        u"UPDATE counters SET next_value = %1 + 1 WHERE name = 'sale'"_s.arg(count),
    };
    QSqlQuery q(db);
    q.exec(u"PRAGMA synchronous=OFF"_s); // test data: a crash mid-fill loses nothing of value
    db.transaction();
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            db.rollback();
            return q.lastError().text() + u" in "_s + sql;
        }
    }
    db.commit();
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    q.exec(u"PRAGMA synchronous=FULL"_s);
    return {};
}
