#include "sandbox/pdfrenderer.h"

#include "sandbox/payertext.h"
#include "sandbox/paymentlinkvalidator.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxentities.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QMap>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Sandbox {

bool PdfRenderer::render(
    const SandboxLink &link, const SandboxPayment *payment, const QDateTime &now, QByteArray *pdf, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = u"PDF documents need a QGuiApplication in the sandbox's process"_s;
        return false;
    }
    const PayerText text(link.locale);
    const bool receipt = payment != nullptr;
    const QJsonObject supplier = link.request[u"supplier"_s].toObject();
    const QJsonObject customer = link.request[u"customer"_s].toObject();

    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72); // one unit is one point, so font sizes read naturally
    writer.setTitle(text.get(receipt ? "receipt" : "invoice") + u' ' + link.id);
    writer.setCreator(u"ping-sandbox"_s);
    QPainter painter(&writer);
    if (!painter.isActive()) {
        *error = u"cannot start the PDF painter"_s;
        return false;
    }
    QFont font(u"DejaVu Sans"_s);
    // No ligatures: "ff" in a link id would come back from a PDF reader as U+FB00 (as in app/print).
    font.setStyleStrategy(QFont::PreferNoShaping);
    const auto line = [&](int x, int &y, const QString &s, int size = 10, bool bold = false) {
        font.setPointSize(size);
        font.setBold(bold);
        painter.setFont(font);
        painter.drawText(x, y, s);
        y += size + 6;
    };
    int y = 60;
    line(50, y, text.get(receipt ? "receipt" : "invoice"), 22, true);
    y += 6;
    line(50, y, supplier[u"name"_s].toString(), 12, true);
    if (supplier.contains(u"organization_number"_s))
        line(50, y, text.get("org_no") + u' ' + supplier[u"organization_number"_s].toString());
    const QString city = (supplier[u"zip"_s].toString() + u' ' + supplier[u"city"_s].toString()).trimmed();
    if (!city.isEmpty())
        line(50, y, city);
    y += 10;
    line(50, y,
         text.get("customer") + u": "_s + customer[u"first_name"_s].toString() + u' '
             + customer[u"last_name"_s].toString());
    line(50, y, u"ID: "_s + link.id, 8);
    y += 14;

    line(50, y, text.get("item"), 10, true);
    y -= 16;
    painter.drawText(330, y, text.get("qty"));
    painter.drawText(380, y, text.get("vat"));
    painter.drawText(460, y, text.get("amount"));
    y += 20;
    font.setBold(false);
    painter.setFont(font);
    QMap<double, qint64> vatByRate;
    for (const QJsonValue &item : link.request[u"items"_s].toArray()) {
        const qint64 sum = item[u"price"_s].toInteger() * item[u"quantity"_s].toInteger();
        const double rate = PaymentLinkValidator::vatPercent(item[u"vat"_s].toDouble());
        // Prices include VAT, as on a Swedish receipt: VAT = sum * rate / (100 + rate).
        vatByRate[rate] += qRound64(double(sum) * rate / (100.0 + rate));
        painter.drawText(50, y, item[u"description"_s].toString().left(45));
        painter.drawText(330, y, QString::number(item[u"quantity"_s].toInteger()));
        painter.drawText(380, y, text.vatPercent(rate));
        painter.drawText(460, y, text.money(sum, link.currency));
        y += 16;
    }
    y += 8;
    painter.drawLine(50, y - 12, 545, y - 12);
    for (auto it = vatByRate.cbegin(); it != vatByRate.cend(); ++it) {
        if (it.key() > 0) {
            painter.drawText(300, y, text.get("vat_included") + u' ' + text.vatPercent(it.key()));
            painter.drawText(460, y, text.money(it.value(), link.currency));
            y += 16;
        }
    }
    font.setBold(true);
    font.setPointSize(12);
    painter.setFont(font);
    painter.drawText(300, y + 4, text.get("total"));
    painter.drawText(460, y + 4, text.money(link.totalAmount, link.currency));
    y += 40;
    font.setBold(false);
    font.setPointSize(10);
    painter.setFont(font);
    if (receipt) {
        line(50, y, text.get("paid") + u" ("_s + payment->provider + u'/' + payment->method + u')', 12, true);
        line(50, y, text.get("payment_id") + u": "_s + payment->id);
        QDateTime paidAt = SandboxClock::parse(payment->statusHistory.last()[u"occurred_at"_s].toString());
        line(50, y, text.get("paid_at") + u": "_s + SandboxClock::format(paidAt.isValid() ? paidAt : now));
    } else {
        line(50, y, text.get("reference") + u": "_s + link.ocr, 12, true);
        if (link.dueDate.isValid())
            line(50, y, text.get("due") + u": "_s + link.dueDate.toString(Qt::ISODate));
    }
    y += 20;
    line(50, y, text.get("sandbox_note"), 8);
    painter.end();
    return true;
}

} // namespace Sandbox
