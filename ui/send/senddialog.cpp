#include "senddialog.h"

#include "contact/contactvalidator.h"
#include "csv/textlimits.h"
#include "sale/saleservice.h"
#include "style/theme.h"
#include "till/till.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SendDialog::SendDialog(Till &till, qint64 saleId, QWidget *parent)
    : QDialog(parent)
    , m_till(till)
    , m_saleId(saleId)
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_street(new QLineEdit(this))
    , m_zip(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_phoneError(errorLabel(m_phone))
    , m_emailError(errorLabel(m_email))
    , m_zipError(errorLabel(m_zip))
    , m_nameError(errorLabel(m_name))
    , m_streetError(errorLabel(m_street))
    , m_cityError(errorLabel(m_city))
    , m_formError(new QLabel(this))
    , m_sendButton(nullptr)
{
    Sale sale;
    m_till.sales().queries().load(saleId, &sale);
    setWindowTitle(tr("Send payment link — sale %1").arg(sale.number));
    auto *intro =
        new QLabel(tr("Sale %1, %2. Fill in a mobile number, an e-mail address or both; the link goes to each.")
                       .arg(sale.number)
                       .arg(sale.total.format(QLocale())),
                   this);
    intro->setWordWrap(true);

    m_phone->setPlaceholderText(tr("070-123 45 67"));
    m_phone->setAccessibleName(tr("Mobile number"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setPlaceholderText(tr("name@example.se"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_name->setAccessibleName(tr("Customer's name"));
    m_street->setAccessibleName(tr("Street address"));
    m_zip->setAccessibleName(tr("Postcode"));
    m_zip->setPlaceholderText(tr("123 45"));
    m_city->setAccessibleName(tr("City"));
    m_formError->setWordWrap(true);
    Theme::setTone(m_formError, Theme::Tone::Error, true);
    m_formError->hide();

    auto *send = new QFormLayout;
    send->addRow(tr("&Mobile number:"), m_phone);
    send->addRow(QString(), m_phoneError);
    send->addRow(tr("&E-mail:"), m_email);
    send->addRow(QString(), m_emailError);
    auto *invoice = new QGroupBox(tr("Customer for the invoice (optional)"), this);
    auto *address = new QFormLayout(invoice);
    address->addRow(tr("&Name:"), m_name);
    address->addRow(QString(), m_nameError);
    address->addRow(tr("&Street:"), m_street);
    address->addRow(QString(), m_streetError);
    address->addRow(tr("&Postcode:"), m_zip);
    address->addRow(QString(), m_zipError);
    address->addRow(tr("&City:"), m_city);
    address->addRow(QString(), m_cityError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setDefault(true);
    m_sendButton->setToolTip(tr("Save the details and send the link (Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SendDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // The dialog grows with its messages (an error under a field may take two lines), so neither
    // the message is cut nor the fields squeezed.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(460);
    layout->addWidget(intro);
    layout->addLayout(send);
    layout->addWidget(invoice);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);

    SaleContact known;
    if (m_till.sales().payer().contact(saleId, &known)) {
        m_phone->setText(known.phone.isEmpty() ? QString() : ContactValidator::displayPhone(known.phone));
        m_email->setText(known.email);
        m_name->setText(known.name);
        m_street->setText(known.street);
        m_zip->setText(known.zip);
        m_city->setText(known.city);
    }
    m_phone->setFocus();
}

QLabel *SendDialog::errorLabel(QLineEdit *field)
{
    QLabel *label = Theme::fieldErrorLabel(this);
    // Typing again clears the complaint; the text itself is never touched.
    connect(field, &QLineEdit::textEdited, label, &QLabel::hide);
    return label;
}

void SendDialog::showError(QLabel *label, QLineEdit *field, const QString &error)
{
    Theme::showFieldError(label, field, error);
}

void SendDialog::send()
{
    const bool wantsSms = !m_phone->text().trimmed().isEmpty();
    const bool wantsEmail = !m_email->text().trimmed().isEmpty();
    QString phone, email, phoneError, emailError, zipError;
    if (wantsSms)
        ContactValidator::checkMobile(m_phone->text(), &phone, &phoneError);
    if (wantsEmail)
        ContactValidator::checkEmail(m_email->text(), &email, &emailError);
    if (!wantsSms && !wantsEmail)
        phoneError = tr("Fill in a mobile number or an e-mail address to send the link to.");
    QString zip = m_zip->text().trimmed();
    static const QRegularExpression swedishZip(u"^(\\d{3})\\s?(\\d{2})$"_s);
    if (!zip.isEmpty()) {
        const QRegularExpressionMatch m = swedishZip.match(zip);
        if (m.hasMatch())
            zip = m.captured(1) + u' ' + m.captured(2);
        else
            zipError = tr("A Swedish postcode has five digits, e.g. 123 45.");
    }
    if (!zipError.isEmpty() && m_zip->text().trimmed().size() > TextLimits::maxLength(TextLimits::Field::Zip))
        zipError = TextLimits::tooLong(TextLimits::maxLength(TextLimits::Field::Zip), m_zip->text().trimmed().size());
    QString nameError, streetError, cityError;
    TextLimits::fits(TextLimits::Field::PersonName, m_name->text().trimmed(), &nameError);
    TextLimits::fits(TextLimits::Field::Street, m_street->text().trimmed(), &streetError);
    TextLimits::fits(TextLimits::Field::City, m_city->text().trimmed(), &cityError);
    showError(m_phoneError, m_phone, phoneError);
    showError(m_emailError, m_email, emailError);
    showError(m_zipError, m_zip, zipError);
    showError(m_nameError, m_name, nameError);
    showError(m_streetError, m_street, streetError);
    showError(m_cityError, m_city, cityError);
    growForMessages();
    if (!phoneError.isEmpty() || !emailError.isEmpty() || !zipError.isEmpty() || !nameError.isEmpty()
        || !streetError.isEmpty() || !cityError.isEmpty()) {
        QLineEdit *first = !phoneError.isEmpty() ? m_phone
            : !emailError.isEmpty()              ? m_email
            : !nameError.isEmpty()               ? m_name
            : !streetError.isEmpty()             ? m_street
            : !zipError.isEmpty()                ? m_zip
                                                 : m_city;
        first->setFocus();
        first->selectAll();
        return;
    }
    SaleContact contact;
    contact.phone = phone;
    contact.email = email;
    contact.name = m_name->text().trimmed();
    contact.street = m_street->text().trimmed();
    contact.zip = zip;
    contact.city = m_city->text().trimmed();
    QString error;
    if (!m_till.sales().payer().saveContact(m_saleId, contact, &error)
        || !m_till.sales().commands().requestDistribution(m_saleId, wantsSms, wantsEmail, &error)) {
        m_formError->setText(error);
        m_formError->show();
        growForMessages();
        return;
    }
    accept();
}

void SendDialog::growForMessages()
{
    // Wrapped messages need height for the dialog's width; a layout's minimum size does not say
    // so, its height for that width does.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}
