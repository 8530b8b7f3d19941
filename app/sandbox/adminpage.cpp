#include "sandbox/adminpage.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString money(qint64 minor, const QString &currency)
{
    return u"%1.%2 %3"_s.arg(minor / 100).arg(qAbs(minor % 100), 2, 10, QChar(u'0')).arg(currency);
}
} // namespace

QString AdminPage::render(const Data &d)
{
    QString html = uR"(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="5">
<title>ping-sandbox</title><style>
body{font-family:system-ui,sans-serif;margin:16px;color:#111827}table{border-collapse:collapse;width:100%;margin-bottom:20px}
th,td{border-bottom:1px solid #e5e7eb;padding:4px 8px;text-align:left;font-size:.85rem;vertical-align:top}
th{background:#f3f4f6}code{font-size:.8rem}.s-COMPLETED{color:#047857}.s-CANCELLED,.s-EXPIRED{color:#b91c1c}
</style></head><body><h1>ping-sandbox</h1>)"_s;
    html += u"<p>tenant_id <code>%1</code> · merchant_id <code>%2</code> · split_tree_id <code>%3</code> · "
            u"sandbox time <code>%4</code></p>"_s.arg(d.tenantId, d.merchantId, d.splitTreeId, d.now);

    html += u"<h2>Payment links (%1)</h2><table id=\"links\"><tr><th>id</th><th>status</th><th>total</th>"
            u"<th>supplier</th><th>order</th><th>sms</th><th>email</th><th>created</th></tr>"_s.arg(d.links.size());
    for (const QJsonValue &v : d.links) {
        const QJsonObject l = v.toObject();
        html += u"<tr><td><a href=\"%1\"><code>%2</code></a></td><td class=\"s-%3\">%3</td><td>%4</td><td>%5</td>"
                u"<td><code>%6</code></td><td>%7</td><td>%8</td><td>%9</td></tr>"_s.arg(
                    esc(l[u"checkout_url"_s].toString()), l[u"payment_link_id"_s].toString(), l[u"status"_s].toString(),
                    money(l[u"total_amount"_s].toInteger(), l[u"currency"_s].toString()),
                    esc(l[u"supplier"_s][u"name"_s].toString()), l[u"payment_order_id"_s].toString(),
                    l[u"sms_status"_s].toString(), l[u"distributed_by_email"_s].toBool() ? u"sent"_s : QString(),
                    l[u"created_at"_s].toString());
    }
    html += u"</table><h2>Payment orders (%1)</h2><table id=\"orders\"><tr><th>id</th><th>status</th>"
            u"<th>currency</th><th>payments</th><th>created</th></tr>"_s.arg(d.orders.size());
    for (const QJsonValue &v : d.orders) {
        const QJsonObject o = v.toObject();
        QStringList payments;
        for (const QJsonValue &p : o[u"payments"_s].toArray())
            payments.append(p[u"provider"_s].toString() + u' ' + p[u"status"_s].toString());
        html += u"<tr><td><code>%1</code></td><td class=\"s-%2\">%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            o[u"id"_s].toString(), o[u"status"_s].toString(), o[u"currency"_s].toString(), esc(payments.join(u", "_s)),
            o[u"created_at"_s].toString());
    }
    html += u"</table><h2>Outbox (%1)</h2><table id=\"outbox\"><tr><th>sent</th><th>channel</th><th>to</th>"
            u"<th>message</th></tr>"_s.arg(d.outbox.size());
    for (const QJsonValue &v : d.outbox) {
        const QJsonObject m = v.toObject();
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b><br>%5</td></tr>"_s.arg(
            m[u"sent_at"_s].toString(), m[u"channel"_s].toString(), esc(m[u"to"_s].toString()),
            esc(m[u"subject"_s].toString()), esc(m[u"body"_s].toString()));
    }
    html += u"</table><h2>Faults</h2><pre id=\"faults\">%1</pre><h2>Callbacks</h2><pre id=\"callbacks\">%2</pre>"_s.arg(
        esc(QString::fromUtf8(QJsonDocument(d.faults).toJson())),
        esc(QString::fromUtf8(QJsonDocument(d.callbacks).toJson())));
    return html + u"</body></html>"_s;
}

} // namespace Sandbox
