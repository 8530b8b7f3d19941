#include "saledetailview.h"

#include "invoice/pingdocumentsdialog.h"
#include "print/receiptprinting.h"
#include "print/returnreceiptrenderer.h"
#include "refunddialog.h"
#include "sale/paymentmethods.h"
#include "sale/saleevents.h"
#include "sale/salelifecycle.h"
#include "sale/saleservice.h"
#include "sale/smsdelivery.h"
#include "saleactions.h"
#include "saleonscreen.h"
#include "saleshistorymodel.h"
#include "style/shortcuts.h"
#include "style/theme.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString eventText(const SaleEvent &e)
{
    SaleState state;
    const bool hasState = SaleStates::fromKey(e.state, &state);
    const QString detail = SaleEvents::describe(e.event);
    // Ringing up is where the life starts: "Sale 12 rung up", not the name of the state it enters
    // (which says "waiting for network" even when the network is fine).
    if (e.kind == u"state"_s && hasState && state == SaleState::Committed)
        return detail;
    if (e.kind == u"state"_s && hasState)
        return SaleDetailView::tr("%1 — %2").arg(SaleStates::displayName(state), detail);
    if (e.kind == u"api_error"_s)
        return SaleDetailView::tr("Payment service error: %1").arg(detail);
    if (e.kind == u"status"_s)
        return SaleDetailView::tr("Payment service reports: %1").arg(detail);
    if (hasState)
        return SaleDetailView::tr("Payment service: %1 (%2)").arg(detail, SaleStates::displayName(state));
    return SaleDetailView::tr("Payment service: %1").arg(detail);
}

} // namespace

SaleDetailView::SaleDetailView(Till &till, SaleOnScreen &onScreen, SaleActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_onScreen(onScreen)
    , m_actions(actions)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_vat(new QLabel(this))
    , m_error(new QLabel(this))
    , m_paymentProblem(new QLabel(this))
    , m_items(new QTableWidget(0, 4, this))
    , m_timeline(new QTreeWidget(this))
    , m_showQr(new QPushButton(tr("Show &QR"), this))
    , m_send(new QPushButton(tr("S&end link…"), this))
    , m_cash(new QPushButton(tr("Paid in &cash"), this))
    , m_cancel(new QPushButton(tr("C&ancel sale"), this))
    , m_newLink(new QPushButton(tr("Ne&w link"), this))
    , m_edit(new QPushButton(tr("Edi&t"), this))
    , m_print(new QPushButton(tr("&Print receipt"), this))
    , m_savePdf(new QPushButton(tr("Save receipt as P&DF…"), this))
    , m_refund(new QPushButton(tr("Re&fund sale…"), this))
    , m_invoice(new QPushButton(tr("In&voice…"), this))
    , m_pingDocuments(new QPushButton(tr("Pin&g documents…"), this))
    , m_printStatus(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // "Choose a sale in the list…" in full, in any language
    m_status->setObjectName(u"saleStatus"_s);
    for (QLabel *label : {m_facts, m_customer, m_vat, m_error, m_paymentProblem}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    Theme::setTone(m_error, Theme::Tone::Error, true);
    m_error->setAccessibleName(tr("Message"));
    m_paymentProblem->setObjectName(u"paymentProblem"_s);
    Theme::setTone(m_paymentProblem, Theme::Tone::Warning, true);
    m_paymentProblem->setAccessibleName(tr("Payment problem"));

    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *> {m_items, m_timeline})
        view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Qty"), tr("Amount"), tr("VAT")});
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setAccessibleName(tr("Items of the sale"));
    m_items->setMaximumHeight(160);
    m_timeline->setHeaderLabels({tr("When"), tr("What happened")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAccessibleName(tr("Timeline of the sale"));
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::Stretch); // the whole line in its tooltip

    Shortcuts::tell(m_showQr, tr("Show the payment's QR code for the customer to scan"));
    Shortcuts::tell(m_send, tr("Send the payment link by SMS or e-mail"));
    Shortcuts::tell(m_cash, tr("The customer paid in cash; the payment link is cancelled"));
    Shortcuts::tell(m_cancel, tr("Cancel the sale and its payment link"));
    Shortcuts::tell(m_edit, tr("Back to the cart with these items to change them; this link is cancelled"));
    Shortcuts::tell(m_newLink,
                    tr("Cancel this payment link and make a new one for the same sale, e.g. after a declined payment"));
    Shortcuts::tell(m_print, tr("Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too"));
    Shortcuts::tell(m_savePdf, tr("Save the receipt as a PDF file"));
    Shortcuts::tell(m_refund, tr("Give the whole sale back: to Swish or the card, or in cash"));
    Shortcuts::tell(m_invoice, tr("Invoice the customer for this unpaid sale, or save, print and send its invoice"));
    Shortcuts::tell(m_pingDocuments, tr("Ping's own invoice of the payment link, or its receipt once paid"));
    m_printStatus->setWordWrap(true);
    m_printStatus->setAccessibleName(tr("Printing"));
    // Three to a row, so the actions fit beside the list of sales; the receipt's two on the last.
    auto *buttons = new QGridLayout;
    // Three to a row: the sale's actions first, then the receipt's; a screen's new action is one
    // more entry in its list.
    const QList<QList<QPushButton *>> rows {{m_showQr, m_send, m_newLink},
                                            {m_cash, m_cancel, m_edit},
                                            {m_invoice, m_refund, m_pingDocuments},
                                            {m_print, m_savePdf}};
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            rows.at(r).at(c)->setMinimumHeight(44);
            buttons->addWidget(rows.at(r).at(c), r, c);
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_facts);
    layout->addWidget(m_paymentProblem);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_printStatus);
    layout->addWidget(sectionTitle(tr("Items"), this));
    layout->addWidget(m_items);
    layout->addWidget(m_vat);
    layout->addWidget(sectionTitle(tr("Customer"), this));
    layout->addWidget(m_customer);
    layout->addWidget(sectionTitle(tr("Timeline"), this));
    layout->addWidget(m_timeline, 1);

    connect(m_showQr, &QPushButton::clicked, this, [this] { emit showQrRequested(m_onScreen.id()); });
    connect(m_send, &QPushButton::clicked, this, [this] { emit sendRequested(m_onScreen.id()); });
    // The same actions, with the same safety, as on the pay screen: the same SaleActions.
    m_actions.addPaidInCash(m_cash);
    m_actions.addCancel(m_cancel);
    m_actions.addNewLink(m_newLink);
    m_actions.addEdit(m_edit);
    connect(&m_actions, &SaleActions::failed, this, [this](QPushButton *button, const QString &error) {
        if (isAncestorOf(button))
            m_error->setText(error);
    });
    connect(&m_actions, &SaleActions::done, m_error, &QLabel::clear);
    connect(m_invoice, &QPushButton::clicked, this, [this] { emit invoiceRequested(m_onScreen.id()); });
    connect(m_refund, &QPushButton::clicked, this, &SaleDetailView::askRefund);
    connect(m_pingDocuments, &QPushButton::clicked, this, [this] {
        auto *dialog = new PingDocumentsDialog(m_till, m_onScreen.id(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_print, &QPushButton::clicked, this, &SaleDetailView::printReceipt);
    connect(m_savePdf, &QPushButton::clicked, this, &SaleDetailView::saveReceipt);
    // Ctrl+P besides the button's Alt letter; only while this sale's actions are on screen.
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, [this] {
        if (m_print->isVisible() && m_print->isEnabled())
            printReceipt();
    });
    connect(&m_onScreen, &SaleOnScreen::shown, this, [this] {
        m_error->clear();
        m_printStatus->clear();
    });
    connect(&m_onScreen, &SaleOnScreen::changed, this, &SaleDetailView::refresh);
    refresh();
}

qint64 SaleDetailView::saleId() const
{
    return m_onScreen.id();
}

void SaleDetailView::showSale(qint64 saleId)
{
    // Whether the payer tried and failed is only known from the payment service: ask once.
    if (saleId != 0 && saleId != m_onScreen.id())
        m_till.sync().pollSale(saleId);
    m_onScreen.show(saleId);
    refresh();
}

void SaleDetailView::refresh()
{
    Sale sale;
    const bool found = m_onScreen.load(&sale);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_items, m_timeline, m_showQr, m_send, m_newLink, m_cash, m_cancel, m_edit,
                                           m_print, m_savePdf, m_invoice, m_pingDocuments})
        w->setVisible(found);
    const bool refundable = found && (sale.state == SaleState::Paid || sale.state == SaleState::PaidCash);
    m_refund->setVisible(refundable);
    m_cancel->setVisible(found && !refundable);
    // A refunded sale's document is its return receipt.
    const bool refunded = found && sale.state == SaleState::Refunded;
    m_print->setText(refunded ? tr("&Print return receipt") : tr("&Print receipt"));
    m_savePdf->setText(refunded ? tr("Save return receipt as P&DF…") : tr("Save receipt as P&DF…"));
    m_items->setRowCount(0);
    m_timeline->clear();
    if (!found) {
        m_title->setText(tr("Choose a sale in the list to see it here."));
        for (QLabel *l : {m_status, m_facts, m_customer, m_vat, m_paymentProblem})
            l->clear();
        m_paymentProblem->hide();
        return;
    }
    const QLocale locale;
    m_title->setText(tr("Sale %1 — %2").arg(sale.number).arg(sale.total.format(locale)));
    m_status->setText(tr("Status: %1").arg(SaleStates::displayName(sale.state)));
    QStringList facts;
    facts.append(tr("Sold %1").arg(locale.toString(sale.createdAt.toLocalTime(), QLocale::LongFormat)));
    if (!sale.paymentMethod.isEmpty()) {
        const QString paid = PaymentMethods::paidWith(sale.paymentMethod);
        facts.append(sale.paymentProvider.isEmpty() || sale.paymentProvider == sale.paymentMethod
                         ? paid
                         : tr("%1 (through %2)").arg(paid, sale.paymentProvider));
    }
    if (sale.replacingLink())
        facts.append(tr("A new payment link is being made; the old one is cancelled first."));
    else if (!sale.checkoutUrl.isEmpty())
        facts.append(tr("Payment link: %1").arg(sale.checkoutUrl));
    const QString sms = SmsDelivery::summary(sale.smsStatus);
    if (!sms.isEmpty())
        facts.append(sms);
    if (sale.distributedByEmail)
        facts.append(tr("E-mail sent"));
    if (!sale.lastError.isEmpty() && !SaleStates::isFinal(sale.state))
        facts.append(tr("Last problem: %1").arg(sale.lastError));
    // An attempt under way or with money still being checked (FUNDED) says so; failed ones are shown below.
    if (sale.state == SaleState::LinkReady && !sale.lastPaymentStatus.isNone() && !sale.lastPaymentFailed())
        facts.append(tr("Payment attempt: %1").arg(SaleStates::paymentText(sale.lastPaymentStatus)));
    if (sale.state == SaleState::Paid && !sale.refundReason.isEmpty() && !sale.lastError.isEmpty())
        facts.append(tr("The refund was refused: %1").arg(sale.lastError));
    if (sale.state == SaleState::Refunded)
        facts.append(tr("Refunded %1 (%2), return receipt %3")
                         .arg(locale.toString(sale.refundedAt.toLocalTime(), QLocale::ShortFormat),
                              ReturnReceiptRenderer::reasonText(sale.refundReason))
                         .arg(sale.refundNumber));
    m_facts->setText(facts.join(u'\n'));
    const bool failedAttempt = sale.state == SaleState::LinkReady && sale.lastPaymentFailed();
    m_paymentProblem->setVisible(failedAttempt);
    m_paymentProblem->setText(failedAttempt
                                  ? tr("%1 The customer may try again with the same link, or you can make a new link.")
                                        .arg(SaleStates::failedPaymentText(sale.lastPaymentStatus))
                                  : QString());

    m_items->setRowCount(int(sale.lines.size()));
    for (int row = 0; row < sale.lines.size(); ++row) {
        const SaleLine &line = sale.lines.at(row);
        const QStringList cells = {line.description, locale.toString(line.quantity), line.total().format(locale),
                                   tr("%1 %").arg(locale.toString(line.vatBasisPoints / 100.0))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_items->setItem(row, column, item);
        }
    }
    QStringList vat;
    const VatBreakdown breakdown = sale.breakdown();
    for (const VatGroup &g : breakdown.groups()) {
        vat.append(tr("VAT %1 % on %2: %3")
                       .arg(locale.toString(g.basisPoints / 100.0), g.gross.format(locale), g.vat.format(locale)));
    }
    m_vat->setText(vat.join(u'\n'));

    SaleContact contact;
    if (m_till.sales().payer().contact(sale.id, &contact) && !contact.isEmpty()) {
        const QString place = (contact.zip + u' ' + contact.city).trimmed();
        QStringList lines = {contact.name, contact.phone, contact.email, contact.street, place};
        lines.removeAll(QString());
        m_customer->setText(lines.join(u'\n'));
    } else {
        m_customer->setText(tr("No customer details."));
    }

    for (const SaleEvent &e : m_till.sales().queries().timeline(sale.id)) {
        auto *item =
            new QTreeWidgetItem(m_timeline, {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), eventText(e)});
        item->setToolTip(1, item->text(1));
    }

    const bool open = !SaleStates::isFinal(sale.state);
    m_showQr->setEnabled(sale.state == SaleState::LinkReady);
    m_send->setEnabled(open);
    m_invoice->setEnabled(open || sale.invoiceNumber != 0);
    m_pingDocuments->setEnabled(!sale.paymentLinkId.isEmpty()
                                && (SaleLifecycle::next(sale, SaleTrigger::PingInvoice)
                                    || SaleLifecycle::next(sale, SaleTrigger::PingReceipt)
                                    || !m_till.sales().queries().pingDocuments(sale.id).isEmpty()));
    m_cash->setEnabled(open);
    m_cancel->setEnabled(open);
    m_edit->setEnabled(open);
    m_newLink->setEnabled(failedAttempt);
    if (!open || (m_actions.armed() == m_newLink && !failedAttempt))
        m_actions.disarm();
}

void SaleDetailView::printReceipt()
{
    QString message;
    const Printing::Outcome outcome = ReceiptPrinting::print(this, m_till, m_onScreen.id(), &message);
    showPrintOutcome(outcome, message);
}

void SaleDetailView::saveReceipt()
{
    QString message;
    const Printing::Outcome outcome = ReceiptPrinting::savePdf(this, m_till, m_onScreen.id(), &message);
    showPrintOutcome(outcome, message);
}

void SaleDetailView::askRefund()
{
    Sale sale;
    if (!m_onScreen.load(&sale))
        return;
    m_actions.disarm();
    auto *dialog = new RefundDialog(sale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 saleId = sale.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, saleId] {
        QString error;
        if (!m_till.sales().commands().requestRefund(saleId, dialog->reason(), dialog->note(), &error))
            m_error->setText(error);
        else
            m_error->clear();
    });
    dialog->open();
}

void SaleDetailView::showPrintOutcome(Printing::Outcome outcome, const QString &message)
{
    if (outcome == Printing::Outcome::Cancelled)
        return;
    const bool failed = outcome == Printing::Outcome::Failed;
    m_printStatus->setStyleSheet(failed ? u"color: #c62828; font-weight: bold;"_s : QString());
    m_printStatus->setText(message);
}
