#include "sellview.h"

#include "cartmodel.h"
#include "catalog/catalogrepository.h"
#include "money/vat.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/clock.h"
#include "till/till.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SellView::SellView(Till &till, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_model(new CartModel(till.cart(), this))
    , m_keys(new QGridLayout)
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
    , m_vat(new QLabel(this))
    , m_message(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_remove(new QPushButton(tr("&Remove line"), this))
    , m_charge(new QPushButton(this))
{
    auto *keysBox = new QWidget(this);
    keysBox->setLayout(m_keys);
    m_keys->setSpacing(8);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CartModel::Item, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Cart"));

    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight);
    m_total->setAccessibleName(tr("Total"));
    m_vat->setAlignment(Qt::AlignRight);
    m_vat->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);

    m_charge->setObjectName(u"charge"_s);
    m_charge->setMinimumHeight(72);
    QFont chargeFont = m_charge->font();
    chargeFont.setPointSizeF(chargeFont.pointSizeF() * 1.6);
    chargeFont.setBold(true);
    m_charge->setFont(chargeFont);
    // Not the button's own shortcut: QAbstractButton::setText() replaces it with the text's mnemonic.
    auto *chargeKey = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(chargeKey, &QShortcut::activated, m_charge, [this] {
        if (m_charge->isEnabled())
            m_charge->click();
    });
    m_charge->setToolTip(tr("Create the payment and show its QR code (F12)"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setToolTip(tr("Undo the last change to the cart (%1)")
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Remove the selected line (Delete)"));
    for (QPushButton *b : {m_undo, m_remove})
        b->setMinimumHeight(48);

    auto *cartButtons = new QHBoxLayout;
    cartButtons->addWidget(m_undo);
    cartButtons->addWidget(m_remove);
    auto *right = new QVBoxLayout;
    right->addWidget(m_table, 1);
    right->addLayout(cartButtons);
    right->addWidget(m_total);
    right->addWidget(m_vat);
    right->addWidget(m_message);
    right->addWidget(m_charge);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(keysBox, 3);
    layout->addLayout(right, 2);

    connect(m_undo, &QPushButton::clicked, &m_till.cart(), &Cart::undo);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_till.cart().removeLine(current.isValid() ? current.row() : int(m_till.cart().lines().size()) - 1);
    });
    connect(m_charge, &QPushButton::clicked, this, &SellView::charge);
    connect(&m_till.cart(), &Cart::changed, this, &SellView::updateTotals);
    connect(&m_till.catalog(), &CatalogRepository::changed, this, &SellView::rebuildQuickKeys);
    rebuildQuickKeys();
    updateTotals();
}

QPushButton *SellView::quickKey(const QString &productName) const
{
    for (int i = 0; i < m_keys->count(); ++i) {
        auto *button = qobject_cast<QPushButton *>(m_keys->itemAt(i)->widget());
        if (button && button->property("productName").toString() == productName)
            return button;
    }
    return nullptr;
}

void SellView::rebuildQuickKeys()
{
    while (QLayoutItem *item = m_keys->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<Product> products = m_till.catalog().products();
    const QLocale locale;
    constexpr int kColumns = 3;
    for (int i = 0; i < products.size(); ++i) {
        const Product p = products.at(i);
        auto *button = new QPushButton(u"%1\n%2"_s.arg(p.name, p.price.format(locale)), this);
        button->setProperty("productName", p.name);
        button->setMinimumSize(120, 80);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setAccessibleName(p.name);
        if (i < 9) {
            button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            button->setToolTip(tr("Add %1 (%2)").arg(p.name, button->shortcut().toString(QKeySequence::NativeText)));
        }
        if (!p.color.isEmpty()) {
            // Text colour from the key's lightness, so every label stays readable in sun or dark mode.
            const QColor background(p.color);
            const QString text = background.lightnessF() > 0.6 ? u"#000000"_s : u"#ffffff"_s;
            button->setStyleSheet(
                u"QPushButton { background: %1; color: %2; font-weight: bold; border-radius: 6px; }"
                "QPushButton:focus { border: 3px solid palette(highlight); }"_s.arg(background.name(), text));
        }
        connect(button, &QPushButton::clicked, this, [this, p] { m_till.cart().addProduct(p); });
        m_keys->addWidget(button, i / kColumns, i % kColumns);
    }
}

void SellView::updateTotals()
{
    const Cart &cart = m_till.cart();
    const QLocale locale;
    const VatBreakdown breakdown = cart.breakdown(m_till.vatTable(), m_till.clock().today());
    m_total->setText(tr("Total %1").arg(breakdown.gross().format(locale)));
    QStringList vatLines;
    for (const VatGroup &g : breakdown.groups())
        vatLines.append(tr("VAT %1 %: %2").arg(locale.toString(g.basisPoints / 100.0), g.vat.format(locale)));
    m_vat->setText(vatLines.join(u"\n"_s));
    m_charge->setText(cart.isEmpty() ? tr("Charge") : tr("Charge %1").arg(breakdown.gross().format(locale)));
    m_charge->setEnabled(!cart.isEmpty());
    m_undo->setEnabled(cart.canUndo());
    m_remove->setEnabled(!cart.isEmpty());
    m_message->clear();
}

void SellView::charge()
{
    QString error;
    const qint64 saleId = m_till.sales().commit(m_till.cart(), &error);
    if (saleId == 0) {
        // The cart stays as it is: nothing the seller rang up is lost.
        m_message->setText(error);
        return;
    }
    m_till.cart().startNew();
    emit charged(saleId);
}
