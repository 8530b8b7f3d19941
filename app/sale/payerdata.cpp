#include "payerdata.h"

#include "salewriter.h"
#include "store/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

PayerData::PayerData(Database &db, SaleWriter &writer)
    : m_db(db)
    , m_writer(writer)
{ }

bool PayerData::saveContact(qint64 saleId, const SaleContact &contact, QString *error)
{
    return m_writer.saveContact(saleId, contact, error);
}

bool PayerData::contact(qint64 saleId, SaleContact *out) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name, phone, email, street, zip, city FROM sale_contacts WHERE sale_id = ?"_s);
    q.addBindValue(saleId);
    if (!q.exec() || !q.next())
        return false;
    *out = SaleContact {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return true;
}

int PayerData::purgeContactsBefore(const QDate &cutoff)
{
    return m_writer.purgeContactsBefore(cutoff);
}

int PayerData::purgeOlderThan(int months, const QDate &today)
{
    return purgeContactsBefore(today.addMonths(-months));
}
