#include "saleevents.h"

#include "money/money.h"
#include "salestate.h"
#include "smsdelivery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

// The outbox's job kinds as a seller would call the work.
QString SaleEvents::jobName(const QString &kind)
{
    if (kind == u"create_order"_s)
        return tr("Creating the payment order");
    if (kind == u"create_link"_s)
        return tr("Creating the payment link");
    if (kind == u"distribute"_s)
        return tr("Sending the payment link");
    if (kind == u"cancel_link"_s)
        return tr("Cancelling the payment link");
    if (kind == u"close_order"_s)
        return tr("Closing the payment order");
    if (kind == u"replace_link"_s)
        return tr("Replacing the payment link");
    if (kind == u"close_orphans"_s)
        return tr("Closing forgotten payment orders");
    if (kind == u"refund"_s)
        return tr("Refunding the payment");
    if (kind == u"ping_invoice"_s)
        return tr("Fetching Ping's invoice");
    if (kind == u"ping_receipt"_s)
        return tr("Fetching Ping's receipt");
    return kind;
}

// The timeline's record keeps the stored tokens (PaymentStatuses::token); read back, they are
// words. A token Stallpay does not know is "unknown", never the raw word.
QString SaleEvents::linkStatusName(const QString &token)
{
    switch (PaymentStatuses::linkFromToken(token).value) {
    case LinkStatus::Created:
        return tr("open for payment");
    case LinkStatus::Completed:
        return tr("paid");
    case LinkStatus::Expired:
        return tr("expired");
    case LinkStatus::Cancelled:
        return tr("cancelled");
    case LinkStatus::None:
    case LinkStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString SaleEvents::paymentStatusName(const QString &token)
{
    switch (PaymentStatuses::paymentFromToken(token).value) {
    case PaymentStatus::Declined:
        return tr("declined");
    case PaymentStatus::Aborted:
        return tr("aborted by the payer");
    case PaymentStatus::Cancelled:
        return tr("cancelled");
    case PaymentStatus::Crashed:
        return tr("failed at the payment service");
    case PaymentStatus::Completed:
        return tr("completed");
    case PaymentStatus::Expired:
        return tr("timed out");
    case PaymentStatus::Initiated:
    case PaymentStatus::Pending:
        return tr("under way");
    case PaymentStatus::Stopped:
        return tr("stopped");
    case PaymentStatus::Underfunded:
        return tr("too little paid");
    case PaymentStatus::Overfunded:
        return tr("too much paid");
    case PaymentStatus::Funded:
        return tr("money arrived, being checked");
    case PaymentStatus::None:
    case PaymentStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString SaleEvents::smsName(const QString &token)
{
    return SmsDelivery::name(PaymentStatuses::smsFromToken(token));
}

QString SaleEvents::emailName(const QString &yesNo)
{
    return yesNo == u"yes"_s ? tr("sent") : tr("not sent");
}

QString SaleEvents::methodNames(const QString &list)
{
    QStringList names;
    for (const QString &m : list.split(u", "_s, Qt::SkipEmptyParts))
        names.append(m == u"sms"_s ? tr("SMS") : m == u"email"_s ? tr("e-mail") : m);
    return names.join(u", "_s);
}

namespace {
struct Form
{
    QRegularExpression pattern;
    std::function<QString(const QRegularExpressionMatch &)> say;
};

} // namespace

QString SaleEvents::describe(const QString &detail)
{
    static const QList<Form> list = [] {
        const auto re = [](const char *p) {
            return QRegularExpression(u"^"_s + QString::fromUtf8(p) + u"$"_s);
        };
        QList<Form> f;
        f.append({re("sale (\\d+) committed, (-?\\d+) öre"), [](const auto &m) {
                      return tr("Sale %1 rung up: %2")
                          .arg(m.captured(1), Money::fromOre(m.captured(2).toLongLong()).format(QLocale()));
                  }});
        f.append({re("payment order (\\S+) created after the sale was settled; closing it"), [](const auto &) {
                      return tr("A payment order came after the sale was settled; it is closed");
                  }});
        f.append({re("payment order (\\S+) created"), [](const auto &) {
                      return tr("Payment order created");
                  }});
        f.append({re("payment link (\\S+) created after the sale was settled; cancelling it"), [](const auto &) {
                      return tr("A payment link came after the sale was settled; it is cancelled");
                  }});
        f.append({re("payment link (\\S+) created"), [](const auto &) {
                      return tr("Payment link created");
                  }});
        f.append({re("payment order closed"), [](const auto &) {
                      return tr("Payment order closed");
                  }});
        f.append({re("payment link (\\S+) cancelled; creating a new link"), [](const auto &) {
                      return tr("The old payment link is cancelled; a new one is being made");
                  }});
        f.append({re("payment link( \\S+)? cancelled"), [](const auto &) {
                      return tr("Payment link cancelled");
                  }});
        f.append({re("new payment link requested; cancelling link (\\S+) first"), [](const auto &) {
                      return tr("New payment link asked for; the old link is cancelled first");
                  }});
        f.append({re("refund requested \\((\\w+)\\)"), [](const auto &) {
                      return tr("Refund asked for; the payment service refunds the whole sale");
                  }});
        f.append({re("refunded in cash \\((\\w+)\\)"), [](const auto &) {
                      return tr("Refunded in cash");
                  }});
        f.append({re("payment (\\S+) refunded(: .*)?"), [](const auto &) {
                      return tr("Refunded through the payment service");
                  }});
        f.append({re("payment ([0-9a-fA-F-]{36}) ([A-Z_]+)"), [](const auto &m) {
                      return tr("A payment attempt: %1").arg(paymentStatusName(m.captured(2)));
                  }});
        f.append({re("(\\w+) attempt (\\d+) \\(outcome unknown\\): (.*)"), [](const auto &m) {
                      return tr("%1, attempt %2: no clear answer; checked before trying again. %3")
                          .arg(jobName(m.captured(1)), m.captured(2), m.captured(3));
                  }});
        f.append({re("(\\w+) attempt (\\d+): (.*)"), [](const auto &m) {
                      return tr("%1, attempt %2: %3").arg(jobName(m.captured(1)), m.captured(2), m.captured(3));
                  }});
        f.append({re("(\\w+) refused: (.*)"), [](const auto &m) {
                      return tr("%1 was refused: %2").arg(jobName(m.captured(1)), m.captured(2));
                  }});
        f.append({re("link status (\\w+)"), [](const auto &m) {
                      return tr("The payment link is %1").arg(linkStatusName(m.captured(1)));
                  }});
        f.append({re("reopened in the cart for editing"), [](const auto &) {
                      return tr("Reopened in the cart for editing; the payment link is cancelled");
                  }});
        f.append({re("cancelled by the seller"), [](const auto &) {
                      return tr("Cancelled by the seller");
                  }});
        f.append({re("paid in cash"), [](const auto &) {
                      return tr("Paid in cash");
                  }});
        f.append({re("sending requested: (.*)"), [](const auto &m) {
                      return tr("Sending asked for: %1").arg(methodNames(m.captured(1)));
                  }});
        f.append({re("payment link sent \\(sms (\\S+), e-mail (yes|no)\\)"), [](const auto &m) {
                      return tr("Payment link sent (SMS %1, e-mail %2)")
                          .arg(smsName(m.captured(1)), emailName(m.captured(2)));
                  }});
        f.append({re("delivery: sms (\\S+), e-mail (yes|no)"), [](const auto &m) {
                      return tr("Delivery: SMS %1, e-mail %2").arg(smsName(m.captured(1)), emailName(m.captured(2)));
                  }});
        f.append({re("no link made; the sale is settled"), [](const auto &) {
                      return tr("No link made: the sale was already settled");
                  }});
        f.append({re("link( \\S+)? was paid before it could be cancelled"), [](const auto &) {
                      return tr("The payer paid before the link could be cancelled");
                  }});
        f.append({re("not sent: the sale is (\\w+)"), [](const auto &m) {
                      SaleState state;
                      return tr("Not sent: the sale is %1")
                          .arg(SaleStates::fromKey(m.captured(1), &state) ? SaleStates::displayName(state).toLower()
                                                                          : m.captured(1));
                  }});
        f.append({re("invoice (\\d+) issued, due (\\S+)(; replacing link \\S+)?"), [](const auto &m) {
                      return m.captured(3).isEmpty()
                          ? tr("Invoice %1 issued, due %2").arg(m.captured(1), m.captured(2))
                          : tr("Invoice %1 issued, due %2; a payment link due the same day replaces the old one")
                                .arg(m.captured(1), m.captured(2));
                  }});
        f.append({re("receipt (printed|saved as PDF)"), [](const auto &m) {
                      return m.captured(1) == u"printed"_s ? tr("Receipt printed") : tr("Receipt saved as PDF");
                  }});
        f.append({re("return receipt (printed|saved as PDF)"), [](const auto &m) {
                      return m.captured(1) == u"printed"_s ? tr("Return receipt printed")
                                                           : tr("Return receipt saved as PDF");
                  }});
        f.append({re("ping (invoice|receipt) requested"), [](const auto &m) {
                      return m.captured(1) == u"invoice"_s ? tr("Ping's invoice asked for")
                                                           : tr("Ping's receipt asked for");
                  }});
        f.append({re("ping invoice fetched, reference (\\S*)"), [](const auto &m) {
                      return tr("Ping's invoice fetched (OCR reference %1)").arg(m.captured(1));
                  }});
        f.append({re("ping receipt fetched"), [](const auto &) {
                      return tr("Ping's receipt fetched");
                  }});
        f.append({re("ping (invoice|receipt) (shown|printed|saved as PDF)"), [](const auto &m) {
                      const bool invoice = m.captured(1) == u"invoice"_s;
                      if (m.captured(2) == u"shown"_s)
                          return invoice ? tr("Ping's invoice shown") : tr("Ping's receipt shown");
                      if (m.captured(2) == u"printed"_s)
                          return invoice ? tr("Ping's invoice printed") : tr("Ping's receipt printed");
                      return invoice ? tr("Ping's invoice saved as PDF") : tr("Ping's receipt saved as PDF");
                  }});
        f.append({re("no ping document: the sale has no link"), [](const auto &) {
                      return tr("No document from Ping: the sale has no payment link");
                  }});
        f.append({re("reminder for invoice (\\d+), due (\\S+)(; new payment link)?"), [](const auto &m) {
                      return m.captured(3).isEmpty()
                          ? tr("Reminder for invoice %1, to pay by %2").arg(m.captured(1), m.captured(2))
                          : tr("Reminder for invoice %1, to pay by %2, with a new payment link")
                                .arg(m.captured(1), m.captured(2));
                  }});
        f.append({re("credit note (\\d+) issued for invoice (\\d+)"), [](const auto &m) {
                      return tr("Credit note %1 issued for invoice %2").arg(m.captured(1), m.captured(2));
                  }});
        f.append({re("(invoice|credit note|reminder for invoice) (\\d+) (saved as PDF|printed|e-mailed|sent by Ping)"),
                  [](const auto &m) {
                      const QString doc = m.captured(1) == u"invoice"_s ? tr("Invoice %1").arg(m.captured(2))
                          : m.captured(1) == u"credit note"_s           ? tr("Credit note %1").arg(m.captured(2))
                                                              : tr("Reminder for invoice %1").arg(m.captured(2));
                      const QString how = m.captured(3);
                      if (how == u"saved as PDF"_s)
                          return tr("%1 saved as PDF").arg(doc);
                      if (how == u"printed"_s)
                          return tr("%1 printed").arg(doc);
                      if (how == u"e-mailed"_s)
                          return tr("%1 handed to the mail program").arg(doc);
                      return tr("%1 sent by the payment service").arg(doc);
                  }});
        f.append({re("personal data removed(; the invoice's buyer kept)?"), [](const auto &m) {
                      return m.captured(1).isEmpty()
                          ? tr("Personal data removed after the retention period")
                          : tr("Personal data removed after the retention period; the invoice keeps the buyer");
                  }});
        f.append({re("no orphaned (payment )?orders( to look for)?"), [](const auto &) {
                      return tr("No forgotten payment orders to close");
                  }});
        f.append({re("sweep closed \\[(.*)\\]; cancelled links \\[(.*)\\]; left open, not provably ours \\[(.*)\\]"),
                  [](const auto &m) {
                      // The IDs stay in the record (and the log) for support; the seller gets counts.
                      const auto count = [&m](int i) {
                          return int(m.captured(i).split(u", "_s, Qt::SkipEmptyParts).size());
                      };
                      QStringList parts;
                      if (count(1) > 0)
                          parts.append(tr("%n forgotten payment order(s) of this till closed", nullptr, count(1)));
                      if (count(2) > 0)
                          parts.append(tr("%n extra payment link(s) of this till cancelled", nullptr, count(2)));
                      if (count(3) > 0)
                          parts.append(tr("%n payment order(s) left open, as nothing proves this till made "
                                          "them (an open order without payments costs nothing)",
                                          nullptr, count(3)));
                      return parts.isEmpty() ? tr("No forgotten payment orders to close") : parts.join(u"; "_s);
                  }});
        f.append({re("closed orphaned payment orders: (.*)"), [](const auto &m) {
                      // The IDs stay in the record (and the log) for support; the seller gets a count.
                      return tr("%n forgotten payment order(s) closed", nullptr,
                                int(m.captured(1).split(u", "_s, Qt::SkipEmptyParts).size()));
                  }});
        return f;
    }();
    for (const Form &form : list) {
        const QRegularExpressionMatch match = form.pattern.match(detail);
        if (match.hasMatch())
            return form.say(match);
    }
    return detail;
}
