#include "legacyevents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Match = QRegularExpressionMatch;

struct Form
{
    QRegularExpression pattern;
    std::function<LegacyEvents::Converted(const Match &)> read;
};

QJsonArray ids(const QString &list)
{
    return QJsonArray::fromStringList(list.split(u", "_s, Qt::SkipEmptyParts));
}

QString how(const QString &words)
{
    if (words == u"saved as PDF"_s)
        return u"pdf"_s;
    if (words == u"e-mailed"_s)
        return u"emailed"_s;
    if (words == u"sent by Ping"_s)
        return u"sent_by_ping"_s;
    return words;
}

// In the order SaleEvents::describe tried them (a longer form before the one it starts with).
const QList<Form> &forms()
{
    static const QList<Form> list = [] {
        const auto re = [](const char *p) {
            return QRegularExpression(u"^"_s + QString::fromUtf8(p) + u"$"_s);
        };
        using C = LegacyEvents::Converted;
        QList<Form> f;
        f.append({re("sale (\\d+) committed, (-?\\d+) öre"), [](const Match &m) {
                      return C {
                          u"sale_committed"_s,
                          {{u"number"_s, m.captured(1).toLongLong()}, {u"amount_ore"_s, m.captured(2).toLongLong()}}};
                  }});
        f.append({re("payment order (\\S+) created after the sale was settled; closing it"), [](const Match &m) {
                      return C {u"order_created_late"_s, {{u"order"_s, m.captured(1)}}};
                  }});
        f.append({re("payment order (\\S+) created"), [](const Match &m) {
                      return C {u"order_created"_s, {{u"order"_s, m.captured(1)}}};
                  }});
        f.append({re("payment link (\\S+) created after the sale was settled; cancelling it"), [](const Match &m) {
                      return C {u"link_created_late"_s, {{u"link"_s, m.captured(1)}}};
                  }});
        f.append({re("payment link (\\S+) created"), [](const Match &m) {
                      return C {u"link_created"_s, {{u"link"_s, m.captured(1)}}};
                  }});
        f.append({re("payment order closed"), [](const Match &) {
                      return C {u"order_closed"_s, {}};
                  }});
        f.append({re("payment link (\\S+) cancelled; creating a new link"), [](const Match &m) {
                      return C {u"link_cancelled_for_new"_s, {{u"link"_s, m.captured(1)}}};
                  }});
        f.append({re("payment link(?: (\\S*))? cancelled"), [](const Match &m) {
                      QJsonObject a;
                      if (!m.captured(1).isEmpty())
                          a.insert(u"link"_s, m.captured(1));
                      return C {u"link_cancelled"_s, a};
                  }});
        f.append({re("new payment link requested; cancelling link (\\S+) first"), [](const Match &m) {
                      return C {u"new_link_requested"_s, {{u"link"_s, m.captured(1)}}};
                  }});
        f.append({re("refund requested \\((\\w+)\\)"), [](const Match &m) {
                      return C {u"refund_requested"_s, {{u"reason"_s, m.captured(1)}}};
                  }});
        f.append({re("refunded in cash \\((\\w+)\\)"), [](const Match &m) {
                      return C {u"refunded_in_cash"_s, {{u"reason"_s, m.captured(1)}}};
                  }});
        f.append({re("payment (\\S+) refunded(?:: (.*))?"), [](const Match &m) {
                      QJsonObject a {{u"payment"_s, m.captured(1)}};
                      if (!m.captured(2).isEmpty())
                          a.insert(u"status"_s, m.captured(2));
                      return C {u"refunded"_s, a};
                  }});
        f.append({re("payment ([0-9a-fA-F-]{36}) ([A-Z_]+)"), [](const Match &m) {
                      return C {u"payment_status"_s, {{u"payment"_s, m.captured(1)}, {u"status"_s, m.captured(2)}}};
                  }});
        f.append({re("(\\w+) attempt (\\d+) \\(outcome unknown\\): (.*)"), [](const Match &m) {
                      return C {u"attempt_unclear"_s,
                                {{u"job"_s, m.captured(1)},
                                 {u"attempt"_s, m.captured(2).toInt()},
                                 {u"error"_s, m.captured(3)}}};
                  }});
        f.append({re("(\\w+) attempt (\\d+): (.*)"), [](const Match &m) {
                      return C {u"attempt_failed"_s,
                                {{u"job"_s, m.captured(1)},
                                 {u"attempt"_s, m.captured(2).toInt()},
                                 {u"error"_s, m.captured(3)}}};
                  }});
        f.append({re("(\\w+) refused: (.*)"), [](const Match &m) {
                      return C {u"job_refused"_s, {{u"job"_s, m.captured(1)}, {u"error"_s, m.captured(2)}}};
                  }});
        f.append({re("link status (\\w+)"), [](const Match &m) {
                      return C {u"link_status"_s, {{u"status"_s, m.captured(1)}}};
                  }});
        f.append({re("reopened in the cart for editing"), [](const Match &) {
                      return C {u"reopened"_s, {}};
                  }});
        f.append({re("cancelled by the seller"), [](const Match &) {
                      return C {u"cancelled_by_seller"_s, {}};
                  }});
        f.append({re("paid in cash"), [](const Match &) {
                      return C {u"paid_in_cash"_s, {}};
                  }});
        f.append({re("sending requested: (.*)"), [](const Match &m) {
                      // The methods were stored quoted ("sms", "email"): the tokens without the quotes.
                      QString methods = m.captured(1);
                      return C {u"sending_requested"_s, {{u"methods"_s, ids(methods.remove(u'"'))}}};
                  }});
        f.append({re("payment link sent \\(sms (\\S+), e-mail (yes|no)\\)"), [](const Match &m) {
                      return C {u"link_sent"_s,
                                {{u"sms"_s, m.captured(1) == u"-"_s ? QString() : m.captured(1)},
                                 {u"email"_s, m.captured(2) == u"yes"_s}}};
                  }});
        f.append({re("delivery: sms (\\S+), e-mail (yes|no)"), [](const Match &m) {
                      return C {u"delivery"_s,
                                {{u"sms"_s, m.captured(1) == u"-"_s ? QString() : m.captured(1)},
                                 {u"email"_s, m.captured(2) == u"yes"_s}}};
                  }});
        f.append({re("no link made; the sale is settled"), [](const Match &) {
                      return C {u"no_link_sale_settled"_s, {}};
                  }});
        f.append({re("link(?: (\\S*))? was paid before it could be cancelled"), [](const Match &m) {
                      QJsonObject a;
                      if (!m.captured(1).isEmpty())
                          a.insert(u"link"_s, m.captured(1));
                      return C {u"paid_before_cancel"_s, a};
                  }});
        f.append({re("not sent: the sale is (\\w+)"), [](const Match &m) {
                      return C {u"not_sent"_s, {{u"state"_s, m.captured(1)}}};
                  }});
        f.append({re("invoice (\\d+) issued, due (\\S+?)(?:; replacing link (\\S+))?"), [](const Match &m) {
                      QJsonObject a {{u"number"_s, m.captured(1).toLongLong()}, {u"due"_s, m.captured(2)}};
                      if (!m.captured(3).isEmpty())
                          a.insert(u"replaced_link"_s, m.captured(3));
                      return C {u"invoice_issued"_s, a};
                  }});
        f.append({re("(return )?receipt (printed|saved as PDF)"), [](const Match &m) {
                      return C {u"receipt_issued"_s,
                                {{u"how"_s, how(m.captured(2))}, {u"return"_s, !m.captured(1).isEmpty()}}};
                  }});
        f.append({re("ping (invoice|receipt) requested"), [](const Match &m) {
                      return C {u"ping_document_requested"_s, {{u"document"_s, m.captured(1)}}};
                  }});
        f.append({re("ping invoice fetched, reference (\\S*)"), [](const Match &m) {
                      return C {u"ping_invoice_fetched"_s, {{u"reference"_s, m.captured(1)}}};
                  }});
        f.append({re("ping receipt fetched"), [](const Match &) {
                      return C {u"ping_receipt_fetched"_s, {}};
                  }});
        f.append(
            {re("ping (invoice|receipt) (shown|printed|saved as PDF)"), [](const Match &m) {
                 return C {u"ping_document_output"_s, {{u"document"_s, m.captured(1)}, {u"how"_s, how(m.captured(2))}}};
             }});
        f.append({re("no ping document: the sale has no link"), [](const Match &) {
                      return C {u"no_ping_document"_s, {}};
                  }});
        f.append({re("reminder for invoice (\\d+), due (\\S+?)(; new payment link)?"), [](const Match &m) {
                      return C {u"reminder_issued"_s,
                                {{u"invoice"_s, m.captured(1).toLongLong()},
                                 {u"due"_s, m.captured(2)},
                                 {u"new_link"_s, !m.captured(3).isEmpty()}}};
                  }});
        f.append({re("credit note (\\d+) issued for invoice (\\d+)"), [](const Match &m) {
                      return C {
                          u"credit_note_issued"_s,
                          {{u"number"_s, m.captured(1).toLongLong()}, {u"invoice"_s, m.captured(2).toLongLong()}}};
                  }});
        f.append({re("(invoice|credit note|reminder for invoice) (\\d+) (saved as PDF|printed|e-mailed|sent by Ping)"),
                  [](const Match &m) {
                      const QString doc = m.captured(1) == u"invoice"_s ? u"invoice"_s
                          : m.captured(1) == u"credit note"_s           ? u"credit_note"_s
                                                                        : u"reminder"_s;
                      return C {u"document_output"_s,
                                {{u"document"_s, doc},
                                 {u"number"_s, m.captured(2).toLongLong()},
                                 {u"how"_s, how(m.captured(3))}}};
                  }});
        f.append({re("personal data removed(; the invoice's buyer kept)?"), [](const Match &m) {
                      return C {u"personal_data_removed"_s, {{u"invoice_kept"_s, !m.captured(1).isEmpty()}}};
                  }});
        f.append({re("no orphaned (payment )?orders( to look for)?"), [](const Match &) {
                      return C {u"no_orphans"_s, {}};
                  }});
        f.append({re("sweep closed \\[(.*)\\]; cancelled links \\[(.*)\\]; left open, not provably ours \\[(.*)\\]"),
                  [](const Match &m) {
                      return C {u"sweep"_s,
                                {{u"closed"_s, ids(m.captured(1))},
                                 {u"cancelled_links"_s, ids(m.captured(2))},
                                 {u"left_open"_s, ids(m.captured(3))}}};
                  }});
        f.append({re("closed orphaned payment orders: (.*)"), [](const Match &m) {
                      return C {u"orphans_closed"_s, {{u"orders"_s, ids(m.captured(1))}}};
                  }});
        return f;
    }();
    return list;
}

} // namespace

namespace LegacyEvents {

Converted convert(const QString &detail)
{
    for (const Form &form : forms()) {
        const QRegularExpressionMatch match = form.pattern.match(detail);
        if (match.hasMatch())
            return form.read(match);
    }
    return {u"legacy_text"_s, {{u"text"_s, detail}}};
}

bool convertAll(QSqlDatabase db, QString *error)
{
    QSqlQuery read(db);
    QSqlQuery write(db);
    if (!read.exec(u"SELECT id, detail FROM sale_events WHERE code IS NULL"_s)
        || !write.prepare(u"UPDATE sale_events SET code = ?, args = ? WHERE id = ?"_s)) {
        *error = read.lastError().isValid() ? read.lastError().text() : write.lastError().text();
        return false;
    }
    while (read.next()) {
        const Converted c = convert(read.value(1).toString());
        write.addBindValue(c.code);
        write.addBindValue(QString::fromUtf8(QJsonDocument(c.args).toJson(QJsonDocument::Compact)));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace LegacyEvents
