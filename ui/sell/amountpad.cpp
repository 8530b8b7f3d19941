#include "amountpad.h"
#include "style/theme.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kBackspace = u"⌫"_s;
const QString kClear = u"C"_s;
} // namespace

AmountPad::AmountPad(const VatTable &vatTable, const QDate &today, QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("Add amount"), this))
    , m_vat(new QButtonGroup(this))
{
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_field->setFont(big);
    m_field->setAlignment(Qt::AlignRight);
    m_field->setPlaceholderText(tr("Amount or barcode"));
    m_field->setAccessibleName(tr("Amount or barcode"));
    m_field->setToolTip(tr("Type an amount in kronor and press Enter to add it; a scanned barcode adds its product"));
    m_field->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_field->setObjectName(u"amountField"_s);
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Theme::Tone::Error, true);
    m_error->hide();
    connect(m_field, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { emit entered(m_field->text()); });

    auto *keys = new QGridLayout;
    const QString decimal = QLocale().decimalPoint();
    const QStringList layout = {u"7"_s, u"8"_s, u"9"_s, u"4"_s, u"5"_s,  u"6"_s,
                                u"1"_s, u"2"_s, u"3"_s, u"0"_s, decimal, kBackspace};
    for (int i = 0; i < layout.size(); ++i) {
        auto *key = new QPushButton(layout.at(i), this);
        key->setFocusPolicy(Qt::NoFocus); // the keys type into the line; focus stays there
        key->setMinimumSize(56, 48);
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        key->setAccessibleName(layout.at(i) == kBackspace ? tr("Delete last digit") : layout.at(i));
        connect(key, &QPushButton::clicked, this, [this, k = layout.at(i)] { press(k); });
        keys->addWidget(key, i / 3, i % 3);
        m_keys.append(key);
    }

    auto *vatRow = new QHBoxLayout;
    const struct
    {
        VatClass vatClass;
        QString label;
    } choices[] = {
        {VatClass::Standard, QString()}, {VatClass::Food, tr("Food")},  {VatClass::Reduced12, QString()},
        {VatClass::Reduced6, QString()}, {VatClass::Exempt, QString()},
    };
    for (const auto &c : choices) {
        const int bp = vatTable.basisPointsFor(c.vatClass, today);
        const QString rate = tr("%1 %").arg(QLocale().toString(bp / 100.0));
        auto *button = new QPushButton(c.label.isEmpty() ? rate : u"%1 %2"_s.arg(c.label, rate), this);
        button->setCheckable(true);
        button->setMinimumHeight(40);
        button->setAccessibleName(tr("VAT %1").arg(button->text()));
        button->setToolTip(tr("VAT rate of the amount typed: %1").arg(button->text()));
        m_vat->addButton(button, int(c.vatClass));
        vatRow->addWidget(button);
    }
    m_vat->button(int(VatClass::Standard))->setChecked(true);

    m_add->setMinimumHeight(48);
    m_add->setToolTip(tr("Add the amount to the cart (Enter)"));
    m_add->setFocusPolicy(Qt::NoFocus);
    connect(m_add, &QPushButton::clicked, this, [this] { emit entered(m_field->text()); });

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_field);
    column->addWidget(m_error);
    column->addLayout(keys, 1);
    column->addLayout(vatRow);
    column->addWidget(m_add);
    setFocusProxy(m_field);
}

QPushButton *AmountPad::digitButton(const QString &key) const
{
    for (QPushButton *b : m_keys) {
        if (b->text() == key)
            return b;
    }
    return nullptr;
}

QPushButton *AmountPad::vatButton(VatClass vatClass) const
{
    return qobject_cast<QPushButton *>(m_vat->button(int(vatClass)));
}

VatClass AmountPad::vatClass() const
{
    return VatClass(m_vat->checkedId());
}

void AmountPad::setVatClass(VatClass vatClass)
{
    if (QAbstractButton *b = m_vat->button(int(vatClass)))
        b->setChecked(true);
}

void AmountPad::press(const QString &key)
{
    m_error->hide();
    if (key == kBackspace)
        m_field->backspace();
    else if (key == kClear)
        m_field->clear();
    else
        m_field->insert(key);
    m_field->setFocus();
}

void AmountPad::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
    m_field->setAccessibleDescription(error);
    m_field->setFocus();
    m_field->selectAll();
}

void AmountPad::clear()
{
    m_field->clear();
    m_error->hide();
    m_field->setAccessibleDescription(QString());
}
