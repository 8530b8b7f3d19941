#include "sellview.h"

#include "amountpad.h"
#include "cartmodel.h"
#include "catalog/catalogrepository.h"
#include "clock/clock.h"
#include "money/vat.h"
#include "quickkeys.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "style/shortcuts.h"
#include "style/theme.h"
#include "till/till.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The cart's header: an empty cart keeps room for a quantity and an amount in their columns (the
// name takes the rest), so the columns neither start as slivers nor jump at the first item.
class CartHeader : public QHeaderView
{
public:
    explicit CartHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    { }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
        const QFontMetrics metrics(font());
        const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + 8;
        if (logicalIndex == CartModel::UnitPrice || logicalIndex == CartModel::LineTotal)
            size.setWidth(
                std::max(size.width(), metrics.horizontalAdvance(Money::fromOre(999900).format(QLocale())) + padding));
        else if (logicalIndex == CartModel::Quantity)
            size.setWidth(std::max(size.width(), metrics.horizontalAdvance(u"999"_s) + padding));
        return size;
    }
};
} // namespace

namespace {
// Scanners type EAN-8/EAN-13/UPC codes; no stall sells anything for ten million kronor.
bool looksLikeBarcode(const QString &text)
{
    static const QRegularExpression digits(u"^\\d{8,14}$"_s);
    return digits.match(text).hasMatch();
}
} // namespace

SellView::SellView(Till &till, QWidget *parent)
    : QWidget(parent)
    , m_till(till)
    , m_model(new CartModel(till.cart(), this))
    , m_keys(new QuickKeys(this))
    , m_pad(new AmountPad(till.vatTable(), till.clock().today(), this))
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
    , m_vat(new QLabel(this))
    , m_message(new QLabel(this))
    , m_plus(new QPushButton(tr("+"), this))
    , m_minus(new QPushButton(tr("−"), this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_remove(new QPushButton(tr("&Remove line"), this))
    , m_charge(new QPushButton(this))
    , m_invoice(new QPushButton(tr("&Invoice customer…"), this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    // A quantity is typed after Enter on its line or a double click (digits typed in the cart
    // otherwise go to the keypad's line, as a scanner's do).
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalHeader(new CartHeader(m_table));
    // The item's name takes what is left; quantity, price and total always show in full.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CartModel::Item, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumWidth(340);
    m_table->setAccessibleName(tr("Cart"));
    m_table->setToolTip(
        tr("The cart: + and − change the quantity of the selected line, Enter types it, Delete removes it"));

    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight);
    m_total->setAccessibleName(tr("Total"));
    m_vat->setAlignment(Qt::AlignRight);
    m_vat->setWordWrap(true);
    m_vat->setAccessibleName(tr("VAT per rate"));
    m_message->setWordWrap(true);
    Theme::setTone(m_message, Theme::Tone::Error, true);

    m_charge->setObjectName(u"charge"_s);
    m_charge->setMinimumHeight(72);
    QFont chargeFont = m_charge->font();
    chargeFont.setPointSizeF(chargeFont.pointSizeF() * 1.6);
    chargeFont.setBold(true);
    m_charge->setFont(chargeFont);
    m_charge->setToolTip(tr("Create the payment and show its QR code (F12)"));
    m_charge->setAccessibleName(tr("Charge"));
    // Not the button's own shortcut: QAbstractButton::setText() replaces it with the text's mnemonic.
    auto *chargeKey = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(chargeKey, &QShortcut::activated, m_charge, [this] {
        if (m_charge->isEnabled())
            m_charge->click();
    });
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setToolTip(tr("Undo the last change to the cart (%1)")
                           .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Remove the selected line (Delete)"));
    m_plus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_plus->setToolTip(tr("One more of the selected line (+ in the cart, or %1)")
                           .arg(m_plus->shortcut().toString(QKeySequence::NativeText)));
    m_plus->setAccessibleName(tr("One more"));
    m_minus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_minus->setToolTip(tr("One less of the selected line (− in the cart, or %1)")
                            .arg(m_minus->shortcut().toString(QKeySequence::NativeText)));
    m_minus->setAccessibleName(tr("One less"));
    for (QPushButton *b : {m_plus, m_minus, m_undo, m_remove})
        b->setMinimumHeight(48);
    for (QPushButton *b : {m_plus, m_minus})
        b->setMinimumWidth(56);

    auto *cartButtons = new QHBoxLayout;
    cartButtons->addWidget(m_plus);
    cartButtons->addWidget(m_minus);
    cartButtons->addWidget(m_undo);
    cartButtons->addWidget(m_remove);
    auto *right = new QVBoxLayout;
    right->addWidget(m_table, 1);
    right->addLayout(cartButtons);
    right->addWidget(m_total);
    right->addWidget(m_vat);
    right->addWidget(m_message);
    right->addWidget(m_charge);
    m_invoice->setObjectName(u"invoiceCustomer"_s);
    m_invoice->setMinimumHeight(40);
    Shortcuts::tell(m_invoice, tr("Ring up the cart as a sale on account and make the customer's invoice"));
    right->addWidget(m_invoice);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_keys, 5);
    layout->addWidget(m_pad, 2);
    layout->addLayout(right, 4);
    setTabOrder(m_pad->field(), m_table);
    setFocusProxy(m_pad);

    connect(m_keys, &QuickKeys::productChosen, this, &SellView::addProduct);
    connect(m_pad, &AmountPad::entered, this, &SellView::enter);
    connect(m_plus, &QPushButton::clicked, this, [this] { changeQuantity(+1); });
    connect(m_minus, &QPushButton::clicked, this, [this] { changeQuantity(-1); });
    connect(m_undo, &QPushButton::clicked, &m_till.cart(), &Cart::undo);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        const int row = current.isValid() ? current.row() : int(m_till.cart().lines().size()) - 1;
        m_till.cart().removeLine(row);
        selectRow(qMin(row, int(m_till.cart().lines().size()) - 1));
    });
    connect(m_charge, &QPushButton::clicked, this, [this] { charge(false); });
    connect(m_invoice, &QPushButton::clicked, this, [this] { charge(true); });
    connect(m_model, &CartModel::quantityLimited, this, &SellView::sayQuantityLimit);
    connect(m_model, &CartModel::quantityTyped, this, [this](int row) {
        selectRow(row);
        m_table->setFocus(); // the seller stays in the cart
    });
    connect(&m_till.cart(), &Cart::changed, this, &SellView::updateTotals);
    connect(&m_till.catalog(), &CatalogRepository::changed, this, &SellView::rebuildQuickKeys);
    qApp->installEventFilter(this);
    rebuildQuickKeys();
    updateTotals();
}

QPushButton *SellView::quickKey(const QString &productName) const
{
    return m_keys->key(productName);
}

void SellView::rebuildQuickKeys()
{
    m_keys->setProducts(m_till.catalog().products());
}

bool SellView::eventFilter(QObject *watched, QEvent *event)
{
    // Keys typed anywhere in this view: digits go to the input line (a scanner is a keyboard), and
    // + / − in the cart change the quantity.
    if (event->type() != QEvent::KeyPress || !isVisible())
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !isAncestorOf(widget) || widget != QApplication::focusWidget())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (widget == m_table && (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus)) {
        changeQuantity(key->key() == Qt::Key_Plus ? +1 : -1);
        return true;
    }
    if (widget == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && m_table->currentIndex().isValid()) {
        // Enter on a line: type its quantity (F2 is the Sales screen's key).
        m_table->edit(m_model->index(m_table->currentIndex().row(), CartModel::Quantity));
        return true;
    }
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    // Not into a field, nor into the cart's quantity editor (a widget on the table's viewport).
    const bool typing = qobject_cast<QLineEdit *>(widget) || m_table->viewport()->isAncestorOf(widget);
    if (widget != m_pad->field() && !typing && plain && key->text().size() == 1 && key->text().at(0).isDigit()) {
        m_pad->field()->setFocus(Qt::OtherFocusReason);
        m_pad->typeKey(key->text());
        return true;
    }
    return false;
}

void SellView::addProduct(const Product &product)
{
    m_till.cart().addProduct(product);
    const QList<CartLine> &lines = m_till.cart().lines();
    for (int row = 0; row < lines.size(); ++row) {
        if (lines.at(row).productId == product.id)
            selectRow(row);
    }
}

void SellView::enter(const QString &typed, bool scanned)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return;
    if (looksLikeBarcode(text)) {
        // A known code is its product however it came; an unknown one is an error only when a
        // scanner sent it: typed by hand, it is an amount.
        Product product;
        if (m_till.catalog().findByBarcode(text, &product)) {
            m_pad->clear();
            addProduct(product);
            return;
        }
        if (scanned) {
            m_pad->showError(tr("No product has the barcode %1. Add it in the catalog first.").arg(text));
            return;
        }
    }
    Money amount;
    if (!Money::parse(text, &amount) || amount <= Money()) {
        m_pad->showError(tr("Type an amount in kronor, such as 25 or 12,50."));
        return;
    }
    const int bp = m_till.vatTable().basisPointsFor(m_pad->vatClass(), m_till.clock().today());
    m_till.cart().addAmount(tr("Amount, VAT %1 %").arg(QLocale().toString(bp / 100.0)), amount, m_pad->vatClass());
    m_pad->clear();
    m_pad->resetVat(); // each amount chooses its rate; the next starts from the default again
    selectRow(int(m_till.cart().lines().size()) - 1);
}

void SellView::changeQuantity(int delta)
{
    const QList<CartLine> &lines = m_till.cart().lines();
    if (lines.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : int(lines.size()) - 1;
    const int quantity = lines.at(row).quantity + delta;
    if (quantity < 1)
        m_till.cart().removeLine(row);
    else
        m_till.cart().setQuantity(row, qMin(quantity, Cart::kMaxQuantity));
    selectRow(qMin(row, int(m_till.cart().lines().size()) - 1));
    if (quantity > Cart::kMaxQuantity)
        sayQuantityLimit(Cart::kMaxQuantity);
}

void SellView::sayQuantityLimit(int limit)
{
    m_message->setText(
        tr("A line holds at most %1 of an item; add another line for more.").arg(QLocale().toString(limit)));
}

void SellView::selectRow(int row)
{
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, CartModel::Item));
    m_table->selectRow(row);
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
    m_invoice->setEnabled(!cart.isEmpty());
    m_undo->setEnabled(cart.canUndo());
    m_remove->setEnabled(!cart.isEmpty());
    m_plus->setEnabled(!cart.isEmpty());
    m_minus->setEnabled(!cart.isEmpty());
    m_message->clear();
    m_largeChargeAsked = false; // a changed cart is asked about anew
}

void SellView::charge(bool invoice)
{
    // A total above the limit of the settings is asked about once: Charge again charges it.
    const Money total = m_till.cart().breakdown(m_till.vatTable(), m_till.clock().today()).gross();
    const qint64 limit = m_till.settings().largeAmountOre();
    if (limit > 0 && total.ore() > limit && !m_largeChargeAsked) {
        const QLocale locale;
        m_message->setText(tr("This sale is %1, more than %2. Check the amounts; press Charge again to charge it.")
                               .arg(total.format(locale), Money::fromOre(limit).format(locale)));
        m_largeChargeAsked = true;
        return;
    }
    m_largeChargeAsked = false;
    QString error;
    const qint64 saleId = m_till.sales().commands().commit(m_till.cart(), &error);
    if (saleId == 0) {
        // The cart stays as it is: nothing the seller rang up is lost.
        m_message->setText(error);
        return;
    }
    m_till.cart().startNew();
    emit charged(saleId);
    if (invoice)
        emit invoiceRequested(saleId);
}
