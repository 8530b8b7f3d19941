#include "refunddialog.h"

#include "print/returnreceiptrenderer.h"
#include "sale/paymentmethods.h"
#include "sale/sale.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RefundDialog::RefundDialog(const Sale &sale, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Refund sale %1").arg(sale.number));
    const QLocale locale;
    const QString where = sale.state == SaleState::PaidCash
        ? tr("Give %1 back in cash; Stallpay records it and prints a return receipt.").arg(sale.total.format(locale))
        : tr("%1 goes back to the customer's %2 through the payment service, and a return receipt is printed.")
              .arg(sale.total.format(locale), PaymentMethods::displayName(sale.paymentMethod));
    auto *question = new QLabel(tr("Refund the whole sale %1?").arg(sale.number), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    auto *explanation = new QLabel(where, this);
    explanation->setWordWrap(true);
    for (const char *key : {"requested_by_customer", "fraudulent", "other"}) {
        const QString reason = QString::fromLatin1(key);
        m_reason->addItem(ReturnReceiptRenderer::reasonText(reason), reason);
    }
    m_reason->setAccessibleName(tr("Reason for the refund"));
    m_note->setMaxLength(200);
    m_note->setAccessibleName(tr("Note on the return receipt"));
    m_note->setPlaceholderText(tr("e.g. wrong size"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Why:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(this);
    m_refund = buttons->addButton(tr("&Refund %1").arg(sale.total.format(locale)), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Keep the sale"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString RefundDialog::reason() const
{
    return m_reason->currentData().toString();
}

QString RefundDialog::note() const
{
    return m_note->text().trimmed();
}
