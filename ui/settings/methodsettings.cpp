#include "methodsettings.h"

#include "ping/linkmethods.h"
#include "sale/paymentmethods.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString label(const PaymentMethodChoice &m)
{
    if (m.provider == u"swish"_s)
        return m.method == u"m_commerce"_s ? MethodSettings::tr("Swish on the payer's phone (m-commerce)")
                                           : MethodSettings::tr("Swish (e-commerce)");
    if (m.method == u"card"_s)
        return MethodSettings::tr("%1 through %2").arg(PaymentMethods::displayName(u"card"_s), m.provider);
    if (m.method == u"vipps"_s)
        return MethodSettings::tr("Vipps through %1").arg(m.provider);
    if (m.method == u"invoice"_s)
        return MethodSettings::tr("Invoice through %1").arg(m.provider);
    return LinkMethods::key(m);
}
} // namespace

MethodSettings::MethodSettings(QWidget *parent)
    : QGroupBox(tr("Payment methods offered in payment links"), parent)
    , m_layout(new QVBoxLayout(this))
    , m_note(new QLabel(this))
{
    m_note->setWordWrap(true);
    m_layout->addWidget(m_note);
}

void MethodSettings::load(const AppSettings &settings)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    QList<PaymentMethodChoice> available = settings.tenantMethods();
    m_note->setText(available.isEmpty()
                        ? tr("Ping has not yet said which methods your account has; these are the usual ones.")
                        : tr("The methods your Ping account has. A link offers the ticked ones, Swish if none."));
    if (available.isEmpty()) {
        for (const QString &key : LinkMethods::defaultKeys())
            available.append(LinkMethods::fromKey(key));
    }
    const QStringList chosen = settings.chosenMethods();
    for (const PaymentMethodChoice &m : std::as_const(available)) {
        auto *box = new QCheckBox(label(m), this);
        box->setProperty("method", LinkMethods::key(m));
        box->setChecked(chosen.contains(LinkMethods::key(m)));
        m_layout->addWidget(box);
        m_boxes.append(box);
    }
}

void MethodSettings::save(AppSettings &settings) const
{
    QStringList chosen;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            chosen.append(box->property("method").toString());
    }
    settings.setChosenMethods(chosen);
}
