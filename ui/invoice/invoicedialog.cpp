#include "invoicedialog.h"

#include "clock/clock.h"
#include "print/invoicedocuments.h"
#include "print/mailhandoff.h"
#include "print/printing.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "style/theme.h"
#include "till/till.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using Field = BuyerCheck::Field;

InvoiceDialog::InvoiceDialog(Till &till, qint64 saleId, QWidget *parent)
    : QDialog(parent)
    , m_till(till)
    , m_saleId(saleId)
    , m_terms(new QSpinBox(this))
    , m_delivery(new QDateEdit(this))
    , m_language(new QComboBox(this))
    , m_simplified(new QCheckBox(tr("Simpli&fied invoice (under 4,000 kr incl. VAT)"), this))
    , m_issue(new QPushButton(tr("&Issue invoice"), this))
    , m_savePdf(new QPushButton(tr("Save as &PDF…"), this))
    , m_print(new QPushButton(tr("P&rint"), this))
    , m_email(new QPushButton(tr("&E-mail with PDF"), this))
    , m_ping(new QPushButton(tr("Send &link by SMS/e-mail"), this))
    , m_reminder(new QPushButton(tr("Pa&yment reminder…"), this))
    , m_message(new QLabel(this))
{
    Sale sale;
    m_till.sales().queries().load(saleId, &sale);
    setObjectName(u"invoiceDialog"_s);
    setMinimumWidth(760); // a complaint under a field fits on its line
    setWindowTitle(tr("Invoice — sale %1").arg(sale.number));
    auto *intro = new QLabel(tr("Sale %1 of %2, %3.")
                                 .arg(sale.number)
                                 .arg(sale.saleDate.toString(Qt::ISODate), sale.total.format(QLocale())),
                             this);

    auto *buyerBox = new QGroupBox(tr("Buyer"), this);
    auto *buyerForm = new QFormLayout(buyerBox);
    const QList<std::pair<Field, QString>> labels = {
        {Field::Name, tr("&Name:")},
        {Field::Street, tr("&Street:")},
        {Field::Zip, tr("Post&code:")},
        {Field::City, tr("&Town:")},
        {Field::OrgNumber, tr("&Org. no. (business):")},
        {Field::VatNumber, tr("&VAT no. (business):")},
        {Field::Email, tr("E-&mail:")},
        {Field::Phone, tr("Mo&bile:")},
    };
    for (const auto &[f, label] : labels) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(BuyerCheck::columnName(f));
        edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        QLabel *error = Theme::fieldErrorLabel(this);
        // Typing again clears the complaint; the text itself is never touched.
        connect(edit, &QLineEdit::textEdited, error, &QLabel::hide);
        m_fields.insert(f, edit);
        m_errors.insert(f, error);
        buyerForm->addRow(label, edit);
        buyerForm->addRow(QString(), error);
    }
    m_fields.value(Field::Zip)->setPlaceholderText(tr("123 45"));
    m_fields.value(Field::OrgNumber)->setPlaceholderText(tr("556677-8899"));
    m_fields.value(Field::VatNumber)->setPlaceholderText(tr("SE556677889901"));
    m_fields.value(Field::Email)->setPlaceholderText(tr("name@example.se"));

    auto *termsBox = new QGroupBox(tr("Terms"), this);
    auto *termsForm = new QFormLayout(termsBox);
    m_language->addItem(tr("Swedish"), u"sv"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->setAccessibleName(tr("Language of the invoice"));
    m_terms->setRange(0, 365);
    m_terms->setValue(m_till.settings().dueDays());
    m_terms->setSuffix(tr(" days"));
    m_terms->setAccessibleName(tr("Payment terms in days"));
    m_delivery->setCalendarPopup(true);
    m_delivery->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_delivery->setDate(sale.saleDate);
    m_delivery->setAccessibleName(tr("Delivery date"));
    m_simplified->setEnabled(sale.total < Money::fromKronor(4000));
    termsForm->addRow(tr("Lan&guage:"), m_language);
    termsForm->addRow(tr("Days to p&ay:"), m_terms);
    termsForm->addRow(tr("&Delivery date:"), m_delivery);
    termsForm->addRow(QString(), m_simplified);

    m_message->setWordWrap(true);
    m_message->setObjectName(u"invoiceMessage"_s);
    m_issue->setDefault(true);
    auto *documentButtons = new QHBoxLayout;
    for (QPushButton *b : {m_savePdf, m_print, m_email, m_ping, m_reminder})
        documentButtons->addWidget(b);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(m_issue, QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issue, &QPushButton::clicked, this, &InvoiceDialog::issue);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { savePdf(m_reminding); });
    connect(m_reminder, &QPushButton::clicked, this, &InvoiceDialog::remind);
    // A reminder's new link arrives later: the buttons follow the sale.
    connect(&m_till.sales(), &SaleService::saleChanged, this, [this](qint64 id) {
        if (id == m_saleId && m_invoiceId != 0)
            showIssued();
    });
    connect(m_print, &QPushButton::clicked, this, &InvoiceDialog::print);
    connect(m_email, &QPushButton::clicked, this, &InvoiceDialog::email);
    connect(m_ping, &QPushButton::clicked, this, &InvoiceDialog::sendByPing);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(buyerBox);
    layout->addWidget(termsBox);
    layout->addWidget(m_message);
    layout->addLayout(documentButtons);
    layout->addWidget(close);

    // What is known of the buyer already (a contact from sending the link) is filled in.
    InvoiceBuyer known;
    if (m_till.sales().payer().buyer(saleId, &known)) {
        const QMap<Field, QString> values = {
            {Field::Name, known.name},   {Field::Street, known.street},       {Field::Zip, known.zip},
            {Field::City, known.city},   {Field::OrgNumber, known.orgNumber}, {Field::VatNumber, known.vatNumber},
            {Field::Email, known.email}, {Field::Phone, known.phone}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_fields.value(it.key())->setText(it.value());
    }
    const QList<Invoice> invoices = m_till.sales().queries().invoices(saleId);
    if (!invoices.isEmpty()) {
        m_invoiceId = invoices.constFirst().id;
        m_language->setCurrentIndex(invoices.constFirst().language == u"en"_s ? 1 : 0);
        m_terms->setValue(invoices.constFirst().termsDays);
        m_delivery->setDate(invoices.constFirst().deliveryDate);
        m_simplified->setChecked(invoices.constFirst().simplified);
    }
    showIssued();
    m_fields.value(Field::Name)->setFocus();
}

StallDetails InvoiceDialog::seller() const
{
    // The demo till invoices for its made-up stall where the settings say nothing.
    const StallDetails mine = StallDetails::fromSettings(m_till.settings());
    return m_till.isDemo() ? mine.withDemoDefaults() : mine;
}

void InvoiceDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    if (error)
        Theme::setTone(m_message, Theme::Tone::Error, true);
    else
        m_message->setStyleSheet(QString());
}

void InvoiceDialog::issue()
{
    InvoiceBuyer typed;
    typed.name = m_fields.value(Field::Name)->text();
    typed.street = m_fields.value(Field::Street)->text();
    typed.zip = m_fields.value(Field::Zip)->text();
    typed.city = m_fields.value(Field::City)->text();
    typed.orgNumber = m_fields.value(Field::OrgNumber)->text();
    typed.vatNumber = m_fields.value(Field::VatNumber)->text();
    typed.email = m_fields.value(Field::Email)->text();
    typed.phone = m_fields.value(Field::Phone)->text();
    InvoiceBuyer buyer;
    QMap<Field, QString> errors;
    BuyerCheck::check(typed, m_simplified->isChecked(), &buyer, &errors);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        Theme::showFieldError(m_errors.value(it.key()), it.value(), errors.value(it.key()));
    if (!errors.isEmpty()) {
        QLineEdit *first = m_fields.value(errors.firstKey());
        first->setFocus();
        first->selectAll();
        say(tr("Check the marked fields."), true);
        adjustSize(); // room for every message under its field
        return;
    }
    const QStringList missing = seller().missingForInvoice();
    if (!missing.isEmpty()) {
        say(tr("An invoice must name the seller in full. Fill in your %1 in the settings (F5), then issue it.")
                .arg(missing.join(u", "_s)),
            true);
        return;
    }
    InvoiceRequest request;
    request.buyer = buyer;
    request.termsDays = m_terms->value();
    request.deliveryDate = m_delivery->date();
    request.language = m_language->currentData().toString();
    request.simplified = m_simplified->isChecked();
    QString error;
    m_invoiceId = m_till.sales().commands().invoice(m_saleId, request, &error);
    if (m_invoiceId == 0) {
        say(error, true);
        return;
    }
    showIssued();
    Invoice inv;
    m_till.sales().queries().loadInvoice(m_invoiceId, &inv);
    say(tr("Invoice %1 issued, due %2. Save, print or send it.")
            .arg(inv.number)
            .arg(inv.dueDate.toString(Qt::ISODate)));
}

void InvoiceDialog::showIssued()
{
    const bool issued = m_invoiceId != 0;
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setReadOnly(issued);
    for (QWidget *w : std::initializer_list<QWidget *> {m_terms, m_delivery, m_language, m_simplified})
        w->setEnabled(!issued && (w != m_simplified || m_simplified->isEnabled()));
    m_issue->setVisible(!issued);
    Sale sale;
    m_till.sales().queries().load(m_saleId, &sale);
    Invoice inv;
    const bool known = issued && m_till.sales().queries().loadInvoice(m_invoiceId, &inv);
    for (QPushButton *b : {m_savePdf, m_print, m_email})
        b->setEnabled(known);
    m_ping->setEnabled(known && !SaleStates::isFinal(sale.state));
    m_reminder->setEnabled(known && !sale.credited && SaleStates::canRemind(sale.state)
                           && inv.isOverdue(m_till.clock().today()));
    m_reminding = known && inv.remindedOn.isValid() && inv.remindedOn == m_till.clock().today();
    if (m_reminding) {
        const bool ready = sale.state == SaleState::LinkReady;
        for (QPushButton *b : {m_savePdf, m_print, m_email})
            b->setEnabled(ready);
        m_savePdf->setText(tr("Save reminder as &PDF…"));
        say(ready ? tr("Reminder for invoice %1, to pay by %2: save, print or send it.")
                        .arg(inv.number)
                        .arg(inv.reminderDueDate.toString(Qt::ISODate))
                  : tr("Reminder for invoice %1: its new payment link is being made.").arg(inv.number));
    }
    if (known && sale.credited)
        say(tr("Invoice %1 is credited: the credit note is what is saved, printed and sent.").arg(inv.number));
}

qint64 InvoiceDialog::documentId() const
{
    const QList<Invoice> all = m_till.sales().queries().invoices(m_saleId);
    for (const Invoice &inv : all) {
        if (inv.isCreditNote())
            return inv.id;
    }
    return m_invoiceId;
}

QString InvoiceDialog::writeCopy(bool reminder, QString *error)
{
    const InvoiceDocuments documents(m_till.sales(), seller());
    const qint64 id = reminder ? m_invoiceId : documentId();
    const QDir dir(m_till.dataDir());
    if (!dir.mkpath(u"invoices"_s)) {
        *error = tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(dir.filePath(u"invoices"_s)));
        return {};
    }
    const QString path = dir.filePath(u"invoices/"_s + documents.fileName(id, reminder));
    if (!documents.savePdf(id, path, error, reminder, m_till.clock().today()))
        return {};
    return path;
}

static EventRecord sent(const Invoice &inv, bool reminder, const QString &how)
{
    const QString document = reminder ? u"reminder"_s : inv.isCreditNote() ? u"credit_note"_s : u"invoice"_s;
    return EventRecord::documentOutput(document, inv.number, how);
}

void InvoiceDialog::savePdf(bool reminder)
{
    const InvoiceDocuments documents(m_till.sales(), seller());
    const qint64 id = reminder ? m_invoiceId : documentId();
    QString error, savedTo, message;
    const std::unique_ptr<InvoiceRenderer> doc = documents.document(id, reminder, m_till.clock().today(), &error);
    if (!doc) {
        say(error, true);
        return;
    }
    const Printing::Outcome outcome = Printing::savePdf(this, *doc, {}, &savedTo, &message);
    if (outcome == Printing::Outcome::Done) {
        Invoice inv;
        m_till.sales().queries().loadInvoice(id, &inv);
        m_till.sales().commands().recordInvoiceSent(m_saleId, sent(inv, reminder, u"pdf"_s));
    }
    if (outcome != Printing::Outcome::Cancelled)
        say(message, outcome == Printing::Outcome::Failed);
}

void InvoiceDialog::remind()
{
    Invoice inv;
    m_till.sales().queries().loadInvoice(m_invoiceId, &inv);
    QString error;
    if (inv.remindedOn != m_till.clock().today() && !m_till.sales().commands().remind(m_saleId, 10, &error)) {
        say(error, true);
        return;
    }
    showIssued();
}

void InvoiceDialog::print()
{
    const bool reminder = m_reminding;
    const qint64 id = reminder ? m_invoiceId : documentId();
    const Printing::Outcome outcome = [&] {
        QString message;
        const Printing::Outcome o = Printing::print(
            this, m_till.settings().documentPrinter(),
            [this, id, reminder](const QString &) -> std::unique_ptr<PrintDocument> {
                QString error;
                const InvoiceDocuments documents(m_till.sales(), seller());
                return documents.document(id, reminder, m_till.clock().today(), &error);
            },
            &message);
        if (o != Printing::Outcome::Cancelled)
            say(message, o == Printing::Outcome::Failed);
        return o;
    }();
    if (outcome == Printing::Outcome::Done) {
        Invoice inv;
        m_till.sales().queries().loadInvoice(id, &inv);
        m_till.sales().commands().recordInvoiceSent(m_saleId, sent(inv, reminder, u"printed"_s));
    }
}

void InvoiceDialog::email()
{
    InvoiceBuyer buyer;
    m_till.sales().payer().buyer(m_saleId, &buyer);
    if (buyer.email.isEmpty()) {
        Theme::showFieldError(m_errors.value(Field::Email), m_fields.value(Field::Email),
                              tr("The invoice was issued without an e-mail address. Save it as PDF and send it "
                                 "yourself, or print it."));
        return;
    }
    QString error;
    const bool reminder = m_reminding;
    const QString path = writeCopy(reminder, &error);
    Invoice inv;
    m_till.sales().queries().loadInvoice(reminder ? m_invoiceId : documentId(), &inv);
    Sale sale;
    m_till.sales().queries().load(m_saleId, &sale);
    const StallDetails seller = this->seller();
    const QString subject = (inv.isCreditNote() ? tr("Credit note %1 from %2")
                                 : reminder     ? tr("Reminder: invoice %1 from %2")
                                                : tr("Invoice %1 from %2"))
                                .arg(inv.number)
                                .arg(seller.name);
    QString body = inv.isCreditNote()
        ? tr("Hello,\n\nattached is credit note %1 for invoice %2.\n").arg(inv.number).arg(inv.creditsNumber)
        : tr("Hello,\n\nattached is invoice %1: %2 to pay by %3, OCR reference %4.\n")
              .arg(inv.number)
              .arg(sale.total.format(QLocale()), inv.dueDate.toString(Qt::ISODate), inv.ocr);
    if (!inv.isCreditNote() && !sale.checkoutUrl.isEmpty() && !SaleStates::isFinal(sale.state))
        body += tr("You can also pay here: %1\n").arg(sale.checkoutUrl);
    body += u"\n"_s + seller.name;
    if (path.isEmpty() || !MailHandoff::compose(buyer.email, subject, body, path, &error)) {
        say(error, true);
        return;
    }
    m_till.sales().commands().recordInvoiceSent(m_saleId, sent(inv, reminder, u"emailed"_s));
    say(tr("%1 is in a new message to %2 in your mail program.").arg(QDir::toNativeSeparators(path), buyer.email));
}

void InvoiceDialog::sendByPing()
{
    InvoiceBuyer buyer;
    m_till.sales().payer().buyer(m_saleId, &buyer);
    QString error;
    if (!m_till.sales().commands().requestDistribution(m_saleId, !buyer.phone.isEmpty(), !buyer.email.isEmpty(),
                                                       &error)) {
        say(error, true);
        return;
    }
    say(tr("The payment link goes out by the payment service as soon as it is ready."));
}
