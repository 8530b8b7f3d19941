#include "salecommands.h"

#include "cart.h"
#include "money/vat.h"
#include "payerdata.h"
#include "salequeries.h"
#include "salewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SaleCommands::SaleCommands(SaleWriter &writer,
                           const SaleQueries &queries,
                           const PayerData &payer,
                           const Clock &clock,
                           const VatTable &vatTable)
    : m_writer(writer)
    , m_queries(queries)
    , m_payer(payer)
    , m_clock(clock)
    , m_vatTable(vatTable)
{ }

qint64 SaleCommands::commit(const Cart &cart, QString *error, const InvoiceRequest *invoice)
{
    if (cart.isEmpty()) {
        *error = tr("The cart is empty. Add an item before charging.");
        return 0;
    }
    if (cart.total() <= Money()) {
        *error = tr("The total must be more than zero to charge.");
        return 0;
    }
    return m_writer.insertSale(cart, invoice, error);
}

bool SaleCommands::requestNewLink(qint64 saleId, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (sale.state != SaleState::LinkReady || sale.paymentLinkId.isEmpty()) {
        *error = tr("Sale %1 is %2; only a sale waiting for payment can get a new link.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state));
        return false;
    }
    // replace_link cancels the old link; the new one is queued when that is known done
    // (SyncOutcomes::recordLinkCancelled), on the same payment order, which stays open.
    SaleChange c;
    c.saleId = saleId;
    c.on = SaleTrigger::NewLink;
    c.refuseIfNoRow = true;
    c.eventKind = u"state"_s;
    c.event = EventRecord::newLinkRequested(sale.paymentLinkId);
    return m_writer.apply(c, error);
}

bool SaleCommands::cancel(qint64 saleId, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    SaleChange c;
    c.saleId = saleId;
    c.on = SaleTrigger::Cancel;
    c.refuseIfNoRow = true;
    c.eventKind = u"state"_s;
    c.event = EventRecord::cancelledBySeller();
    c.dropOpenJobs = true;
    c.creditInvoice = true; // an invoiced sale gets its credit note
    return m_writer.apply(c, error);
}

bool SaleCommands::reopenForEditing(qint64 saleId, QList<CartLine> *lines, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (SaleStates::isFinal(sale.state)) {
        *error = tr("Sale %1 is %2 and can no longer be edited.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state).toLower());
        return false;
    }
    SaleChange c;
    c.saleId = saleId;
    c.on = SaleTrigger::Edit;
    c.refuseIfNoRow = true;
    c.eventKind = u"state"_s;
    c.event = EventRecord::reopened();
    c.dropOpenJobs = true;
    if (!m_writer.apply(c, error))
        return false;
    // The rate of each line was frozen at the sale; the class that gives it on that day goes back.
    static constexpr VatClass kClasses[] = {VatClass::Standard, VatClass::Food, VatClass::Reduced12, VatClass::Reduced6,
                                            VatClass::Exempt};
    lines->clear();
    for (const SaleLine &l : sale.lines) {
        CartLine line;
        line.productId = l.productId;
        line.description = l.description;
        line.unitPrice = l.unitPrice;
        line.quantity = l.quantity;
        for (VatClass vc : kClasses) {
            if (m_vatTable.basisPointsFor(vc, sale.saleDate) == l.vatBasisPoints) {
                line.vatClass = vc;
                break;
            }
        }
        lines->append(line);
    }
    return true;
}

bool SaleCommands::markPaidInCash(qint64 saleId, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    SaleChange c;
    c.saleId = saleId;
    c.on = SaleTrigger::PaidInCash;
    c.refuseIfNoRow = true;
    c.columns = {{u"payment_method"_s, u"cash"_s}};
    c.eventKind = u"state"_s;
    c.event = EventRecord::paidInCash();
    c.dropOpenJobs = true;
    return m_writer.apply(c, error);
}

bool SaleCommands::requestDistribution(qint64 saleId, bool sms, bool email, QString *error)
{
    Sale sale;
    if (!m_queries.load(saleId, &sale)) {
        *error = tr("Sale %1 does not exist.").arg(saleId);
        return false;
    }
    if (SaleStates::isFinal(sale.state)) {
        *error = tr("Sale %1 is %2; there is nothing left to pay.")
                     .arg(sale.number)
                     .arg(SaleStates::displayName(sale.state));
        return false;
    }
    SaleContact who;
    m_payer.contact(saleId, &who);
    if (!sms && !email) {
        *error = tr("Choose SMS, e-mail or both.");
        return false;
    }
    if (sms && who.phone.isEmpty()) {
        *error = tr("Enter the customer's mobile number to send an SMS.");
        return false;
    }
    if (email && who.email.isEmpty()) {
        *error = tr("Enter the customer's e-mail address to send an e-mail.");
        return false;
    }
    QStringList methods;
    if (sms)
        methods.append(u"sms"_s);
    if (email)
        methods.append(u"email"_s);
    SaleChange c;
    c.saleId = saleId;
    c.on = SaleTrigger::Distribute;
    c.refuseIfNoRow = true;
    c.eventKind = u"state"_s;
    c.event = EventRecord::sendingRequested(methods);
    c.jobPayload = QString::fromUtf8(QJsonDocument(QJsonObject {{u"methods"_s, QJsonArray::fromStringList(methods)}})
                                         .toJson(QJsonDocument::Compact));
    return m_writer.apply(c, error);
}
