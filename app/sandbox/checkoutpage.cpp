#include "sandbox/checkoutpage.h"

#include "sandbox/payertext.h"
#include "sandbox/paymentflow.h"
#include "sandbox/paymentlinkvalidator.h"
#include "sandbox/sandboxstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *methodLabel(const QString &provider, const QString &method)
{
    if (provider == u"swish"_s)
        return "pay_swish";
    if (method == u"card"_s)
        return "pay_card";
    if (method == u"invoice"_s)
        return "pay_invoice";
    if (method == u"vipps"_s)
        return "pay_vipps";
    return "pay_other";
}

QString form(const QString &id, const QString &outcome, int method, const QString &label, const QString &cssClass)
{
    return uR"(<form method="post" action="/checkout/%1/pay"><input type="hidden" name="outcome" value="%2">)"
           uR"(<input type="hidden" name="method" value="%3"><button type="submit" class="%4" data-outcome="%2">%5)"
           uR"(</button></form>)"_s.arg(id, outcome, QString::number(method), cssClass, esc(label));
}

const QString kStyle = uR"(
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
background:#f3f4f6;color:#111827;font-size:16px;line-height:1.4}
main{max-width:480px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:14px;padding:16px;margin-bottom:14px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:1.25rem;margin:0 0 4px}h2{font-size:1rem;margin:0 0 10px;color:#374151}
.muted{color:#6b7280;font-size:.875rem}
table{width:100%;border-collapse:collapse}td{padding:6px 0;vertical-align:top}
td.n{text-align:right;white-space:nowrap;padding-left:8px}
tr.total td{border-top:1px solid #e5e7eb;font-weight:700;font-size:1.15rem;padding-top:10px}
tr.vat td{color:#6b7280;font-size:.875rem}
form{margin:0 0 10px}button{width:100%;min-height:52px;border:0;border-radius:12px;font-size:1.05rem;
font-weight:600;cursor:pointer}
.swish{background:#1f8a4c;color:#fff}.card-pay{background:#1d4ed8;color:#fff}.other{background:#111827;color:#fff}
.test{background:#fff;color:#b91c1c;border:2px solid #fca5a5;min-height:44px;font-size:.95rem}
.banner{border-radius:12px;padding:14px;margin-bottom:14px}.error{background:#fef2f2;color:#991b1b}
.ok{background:#ecfdf5;color:#065f46;text-align:center}.ok .big{font-size:2.5rem}
a.btn{display:block;text-align:center;padding:14px;border-radius:12px;background:#e5e7eb;color:#111827;
text-decoration:none;font-weight:600}
footer{text-align:center;color:#9ca3af;font-size:.75rem;padding:8px}
)"_s;
} // namespace

CheckoutPage::CheckoutPage(SandboxStore *store, PaymentFlow *flow)
    : m_store(store)
    , m_flow(flow)
{ }

void CheckoutPage::registerRoutes(SandboxRouter &router)
{
    router.add("GET", u"/checkout/{id}"_s, [this](const auto &r, const auto &p) { return show(r, p[0]); });
    router.add("POST", u"/checkout/{id}/pay"_s, [this](const auto &r, const auto &p) { return submit(r, p[0]); });
}

QString CheckoutPage::page(const QString &lang, const QString &title, const QString &status, const QString &content)
{
    return uR"(<!DOCTYPE html><html lang="%1"><head><meta charset="utf-8">)"
           uR"(<meta name="viewport" content="width=device-width, initial-scale=1"><title>%2</title>)"
           uR"(<style>%3</style></head><body><main id="checkout" data-status="%4">%5</main></body></html>)"_s.arg(
               lang, esc(title), kStyle, status, content);
}

SandboxResponse CheckoutPage::show(const SandboxRequest &request, const QString &id)
{
    m_flow->expireDueLinks();
    const SandboxLink *link = m_store->link(id.toLower());
    if (!link) {
        const PayerText text(u"en-GB"_s);
        return SandboxResponse::html(page(u"en"_s, text.get("title"), u"NOT_FOUND"_s,
                                          u"<div class=\"card\"><p>%1</p></div>"_s.arg(text.get("not_found"))),
                                     404);
    }
    return SandboxResponse::html(render(*link, request.query.queryItemValue(u"result"_s)));
}

SandboxResponse CheckoutPage::submit(const SandboxRequest &request, const QString &id)
{
    const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    const QString outcome = form.queryItemValue(u"outcome"_s);
    static const QHash<QString, QString> statusFor {
        {u"pay"_s, u"COMPLETED"_s},       {u"decline"_s, u"DECLINED"_s}, {u"cancel"_s, u"ABORTED"_s},
        {u"crash"_s, u"CRASHED"_s},       {u"stop"_s, u"STOPPED"_s},     {u"underfund"_s, u"UNDERFUNDED"_s},
        {u"overfund"_s, u"OVERFUNDED"_s}, {u"fund"_s, u"FUNDED"_s}};
    if (!statusFor.contains(outcome))
        return SandboxResponse::error(
            422, u"invalid_enum"_s, u"outcome must be pay, decline, cancel, crash, stop, underfund, overfund or fund"_s,
            u"outcome"_s);
    const SandboxLink *link = m_store->link(id.toLower());
    if (!link)
        return SandboxResponse::redirect(u"/checkout/"_s + id);
    QString provider;
    const QJsonArray methods = link->request[u"payment_provider_methods"_s].toArray();
    const int index = form.queryItemValue(u"method"_s).toInt();
    if (index >= 0 && index < methods.size())
        provider = methods.at(index)[u"provider"_s].toString();
    QString paymentId;
    const auto refusal = m_flow->payLink(link->id, provider, statusFor.value(outcome), &paymentId);
    // Post/redirect/get: a reload of the result page must not pay twice.
    const QString result = refusal ? u"refused"_s : statusFor.value(outcome).toLower();
    return SandboxResponse::redirect(u"/checkout/%1?result=%2"_s.arg(link->id, result));
}

QString CheckoutPage::render(const SandboxLink &link, const QString &result)
{
    const PayerText text(link.locale);
    const QJsonObject supplier = link.request[u"supplier"_s].toObject();
    QString html = u"<div class=\"card\"><div class=\"muted\">%1</div><h1 id=\"supplier\">%2</h1>"_s.arg(
        esc(text.get("pay_to")), esc(supplier[u"name"_s].toString()));
    const QString city = supplier[u"city"_s].toString();
    if (!city.isEmpty())
        html += u"<div class=\"muted\">%1</div>"_s.arg(esc(city));
    html += u"</div>"_s;

    html += u"<div class=\"card\"><table id=\"items\">"_s;
    QMap<double, qint64> vatByRate;
    for (const QJsonValue &item : link.request[u"items"_s].toArray()) {
        const qint64 quantity = item[u"quantity"_s].toInteger();
        const qint64 sum = item[u"price"_s].toInteger() * quantity;
        const double rate = PaymentLinkValidator::vatPercent(item[u"vat"_s].toDouble());
        vatByRate[rate] += qRound64(double(sum) * rate / (100.0 + rate));
        html += u"<tr><td>%1%2</td><td class=\"n\">%3</td></tr>"_s.arg(
            quantity > 1 ? u"%1 × "_s.arg(quantity) : QString(), esc(item[u"description"_s].toString()),
            text.money(sum, link.currency));
    }
    html += u"<tr class=\"total\"><td>%1</td><td class=\"n\" id=\"total\">%2</td></tr>"_s.arg(
        esc(text.get("total")), text.money(link.totalAmount, link.currency));
    for (auto it = vatByRate.cbegin(); it != vatByRate.cend(); ++it) {
        if (it.key() > 0)
            html += u"<tr class=\"vat\"><td>%1 %2</td><td class=\"n\">%3</td></tr>"_s.arg(
                esc(text.get("vat_included")), text.vatPercent(it.key()), text.money(it.value(), link.currency));
    }
    html += u"</table>"_s;
    if (link.dueDate.isValid() && link.status == u"CREATED"_s)
        html += u"<p class=\"muted\">%1 %2</p>"_s.arg(esc(text.get("due")), link.dueDate.toString(Qt::ISODate));
    html += u"</div>"_s;

    const SandboxOrder *order = m_store->order(link.orderId);
    if (link.status == u"COMPLETED"_s)
        html += receiptSection(link);
    else if (link.status == u"CANCELLED"_s || link.status == u"EXPIRED"_s)
        html += u"<div class=\"banner error\" id=\"state\">%1</div>"_s.arg(
            esc(text.get(link.status == u"CANCELLED"_s ? "cancelled" : "expired")));
    else if (!order || order->status != u"OPEN"_s)
        html += u"<div class=\"banner error\" id=\"state\">%1</div>"_s.arg(esc(text.get("closed")));
    else
        html += paymentSection(link, result);
    html += u"<footer>%1</footer>"_s.arg(esc(text.get("sandbox_note")));
    return page(text.htmlLang(), text.get("title") + u" – "_s + supplier[u"name"_s].toString(), link.status, html);
}

QString CheckoutPage::paymentSection(const SandboxLink &link, const QString &result)
{
    const PayerText text(link.locale);
    QString html;
    static const QStringList failures {u"declined"_s,    u"crashed"_s,    u"aborted"_s, u"stopped"_s,
                                       u"underfunded"_s, u"overfunded"_s, u"funded"_s};
    if (failures.contains(result))
        html += u"<div class=\"banner error\" id=\"error\">%1 <a href=\"#pay\">%2</a></div>"_s.arg(
            esc(text.get(result.toLatin1().constData())), esc(text.get("try_again")));
    html +=
        u"<div class=\"card\" id=\"pay\"><h2>%1</h2>"_s.arg(esc(text.get(result.isEmpty() ? "choose" : "try_again")));
    const QJsonArray methods = link.request[u"payment_provider_methods"_s].toArray();
    for (int i = 0; i < methods.size(); ++i) {
        const QString provider = methods.at(i)[u"provider"_s].toString();
        const QString method = methods.at(i)[u"method"_s].toString();
        const QString css = provider == u"swish"_s ? u"swish"_s : method == u"card"_s ? u"card-pay"_s : u"other"_s;
        html += form(link.id, u"pay"_s, i, text.get(methodLabel(provider, method)), css);
    }
    html += u"</div><div class=\"card\"><h2>%1</h2>"_s.arg(esc(text.get("sandbox_tests")));
    html += form(link.id, u"decline"_s, 0, text.get("decline"), u"test"_s);
    html += form(link.id, u"cancel"_s, 0, text.get("cancel"), u"test"_s);
    // The states of the current revision (STOPPED and the funding states), behind a fold.
    html += u"<details id=\"more-outcomes\"><summary>%1</summary>"_s.arg(esc(text.get("more_outcomes")));
    for (const char *outcome : {"stop", "underfund", "overfund", "fund"})
        html += form(link.id, QString::fromLatin1(outcome), 0, text.get(outcome), u"test"_s);
    html += u"</details>"_s;
    const QString cancelUrl = link.request[u"checkout_cancel_url"_s].toString();
    if (!cancelUrl.isEmpty())
        html += u"<a class=\"btn\" id=\"cancel-url\" href=\"%1\">%2</a>"_s.arg(esc(cancelUrl),
                                                                               esc(text.get("back_to_shop")));
    return html + u"</div>"_s;
}

QString CheckoutPage::receiptSection(const SandboxLink &link)
{
    const PayerText text(link.locale);
    const SandboxPayment *payment = m_store->payment(link.paymentId);
    QString html = u"<div class=\"banner ok\" id=\"receipt\"><div class=\"big\">✓</div><strong>%1</strong>"_s.arg(
        esc(text.get("thanks")));
    if (payment) {
        html += u"<p class=\"muted\">%1: %2<br>%3: <span id=\"payment-id\">%4</span></p>"_s.arg(
            esc(text.get("paid")), text.money(payment->totalAmount, payment->currency), esc(text.get("payment_id")),
            payment->id);
    }
    html += u"</div><a class=\"btn\" href=\"/documents/%1/receipt.pdf\">%2</a>"_s.arg(
        link.id, esc(text.get("download_receipt")));
    const QString successUrl = link.request[u"checkout_success_url"_s].toString();
    if (!successUrl.isEmpty())
        html += u"<p></p><a class=\"btn\" id=\"success-url\" href=\"%1\">%2</a>"_s.arg(esc(successUrl),
                                                                                       esc(text.get("back_to_shop")));
    return html;
}

} // namespace Sandbox
