#include "amountpad.h"
#include "style/theme.h"

#include <QApplication>
#include <QButtonGroup>
#include <QFontInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kBackspace = u"⌫"_s;
const QString kClear = u"C"_s;

// A keypad key whose digit grows with the key: the keys stretch with the window, and a digit of
// the normal size on a key filling a large screen is hard to hit at a glance.
class PadKey : public QPushButton
{
public:
    PadKey(const QString &text, QWidget *parent)
        : QPushButton(text, parent)
    {
        QFont digits = font();
        digits.setPointSizeF(digits.pointSizeF() * AmountPad::kMinDigitScale);
        digits.setBold(true);
        setFont(digits);
        m_minPixels = QFontInfo(digits).pixelSize();
        m_hint = QPushButton::sizeHint(); // with the smallest digits, so growing ones do not push the layout
    }

    QSize sizeHint() const override { return m_hint; }
    QSize minimumSizeHint() const override { return m_hint; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QFont digits = font();
        const int fits = int(std::min(height() * AmountPad::kDigitHeightShare, width() * 0.5));
        digits.setPixelSize(std::max(m_minPixels, fits));
        setFont(digits);
        QPushButton::resizeEvent(event);
    }

private:
    int m_minPixels = 0;
    QSize m_hint;
};
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
    connect(m_field, &QLineEdit::returnPressed, this, [this] { emit entered(m_field->text(), looksScanned()); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            resetArrival();
    });
    m_field->installEventFilter(this);

    auto *keys = new QGridLayout;
    const QString decimal = QLocale().decimalPoint();
    const QStringList layout = {u"7"_s, u"8"_s, u"9"_s, u"4"_s, u"5"_s,  u"6"_s,
                                u"1"_s, u"2"_s, u"3"_s, u"0"_s, decimal, kBackspace};
    for (int i = 0; i < layout.size(); ++i) {
        auto *key = new PadKey(layout.at(i), this);
        key->setFocusPolicy(Qt::NoFocus); // the keys type into the line; focus stays there
        key->setMinimumSize(56, 48);
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        key->setAccessibleName(layout.at(i) == kBackspace ? tr("Delete last digit") : layout.at(i));
        connect(key, &QPushButton::clicked, this, [this, k = layout.at(i)] { press(k); });
        keys->addWidget(key, i / 3, i % 3);
        m_keys.append(key);
    }

    // One button per rate in force today, named by what it is for: when food and books share 6 %,
    // that is one "6 %  Food, books" button (of the food class, which follows the food rate).
    auto *vatRow = new QHBoxLayout;
    const struct
    {
        VatClass vatClass;
        QString use;
    } choices[] = {
        {VatClass::Standard, tr("Most goods")},
        {VatClass::Food, tr("Food")},
        {VatClass::Reduced12, tr("Restaurant, hotel")},
        {VatClass::Reduced6, tr("Books, transport")},
        {VatClass::Exempt, tr("No VAT")},
    };
    QMap<int, QPushButton *> byRate;
    QMap<int, QStringList> usesOfRate;
    for (const auto &c : choices) {
        const int bp = vatTable.basisPointsFor(c.vatClass, today);
        usesOfRate[bp].append(c.use);
        if (QPushButton *existing = byRate.value(bp)) {
            m_vatButtons.insert(c.vatClass, existing);
            continue;
        }
        auto *button = new QPushButton(this);
        button->setCheckable(true);
        button->setMinimumHeight(48);
        button->setObjectName(u"vatButton"_s);
        m_vat->addButton(button, int(c.vatClass));
        m_vatButtons.insert(c.vatClass, button);
        byRate.insert(bp, button);
        vatRow->addWidget(button);
    }
    for (auto it = byRate.cbegin(); it != byRate.cend(); ++it) {
        const QString rate = tr("%1 %").arg(QLocale().toString(it.key() / 100.0));
        // "Food, books, transport": the uses after the first are read on in one phrase.
        QStringList named = usesOfRate.value(it.key());
        for (qsizetype i = 1; i < named.size(); ++i)
            named[i] = named.at(i).left(1).toLower() + named.at(i).mid(1);
        const QString uses = named.join(u", "_s);
        it.value()->setText(u"%1\n%2"_s.arg(rate, uses));
        // Its text in full, inside the chosen button's frame ("Most good" was cut off).
        const QFontMetrics metrics(it.value()->font());
        it.value()->setMinimumWidth(std::max(metrics.horizontalAdvance(rate), metrics.horizontalAdvance(uses)) + 16);
        it.value()->setAccessibleName(tr("VAT %1, %2").arg(rate, uses));
        it.value()->setToolTip(tr("VAT rate of the amount typed: %1 (%2)").arg(rate, uses));
    }
    // The chosen rate stands out in light and dark mode alike, by its colour and frame (bold text
    // would no longer fit the button). Fusion paints dark buttons lighter than the palette says, so
    // the dark look's highlight is lightened until it is 3:1 against them, as WCAG asks of a
    // control's state. The application's palette: a new look reaches this widget only later.
    const QPalette look = QApplication::palette();
    QColor chosen = look.color(QPalette::Highlight);
    const QColor painted = look.color(QPalette::Button).lighter(140);
    while (Theme::isDark(look) && Theme::contrast(chosen, painted) < 3.2 && chosen.lightness() < 230)
        chosen = chosen.lighter(110);
    for (QAbstractButton *b : m_vat->buttons()) {
        b->setStyleSheet(u"QPushButton:checked { background: %1; color: palette(highlighted-text);"
                         " border: 2px solid palette(text); border-radius: 4px; }"_s.arg(chosen.name()));
    }
    m_vat->button(int(kDefaultVat))->setChecked(true);

    m_add->setMinimumHeight(48);
    m_add->setToolTip(tr("Add the amount to the cart (Enter)"));
    m_add->setFocusPolicy(Qt::NoFocus);
    connect(m_add, &QPushButton::clicked, this, [this] { emit entered(m_field->text(), false); });

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
    return m_vatButtons.value(vatClass);
}

VatClass AmountPad::vatClass() const
{
    return VatClass(m_vat->checkedId());
}

void AmountPad::setVatClass(VatClass vatClass)
{
    if (QPushButton *b = m_vatButtons.value(vatClass))
        b->setChecked(true);
}

void AmountPad::resetVat()
{
    setVatClass(kDefaultVat);
}

bool AmountPad::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            noteKeystroke(); // the gap before Enter counts too
        else if (key->text().size() == 1 && key->text().at(0).isPrint())
            noteKeystroke();
    }
    return QWidget::eventFilter(watched, event);
}

void AmountPad::typeKey(const QString &text)
{
    noteKeystroke();
    m_field->insert(text);
}

void AmountPad::noteKeystroke()
{
    if (m_keystrokes == 0)
        m_sinceFirstKey.start();
    m_lastKeyAtMs = m_sinceFirstKey.elapsed();
    ++m_keystrokes;
}

void AmountPad::resetArrival()
{
    m_keystrokes = 0;
    m_lastKeyAtMs = 0;
    m_byHand = false;
    m_sinceFirstKey.invalidate();
}

bool AmountPad::looksScanned() const
{
    // A scanner types a whole code in a burst and ends it with Enter; a person is slower, taps
    // the keypad, or presses the add button. On average, so that one pause of a busy computer
    // does not make a scan look typed.
    if (m_byHand || m_keystrokes < kMinScanKeys)
        return false;
    return m_lastKeyAtMs <= qint64(kScannerGapMs) * (m_keystrokes - 1);
}

void AmountPad::press(const QString &key)
{
    m_byHand = true; // a tap on the keypad: a person
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
    resetArrival();
    m_field->clear();
    m_error->hide();
    m_field->setAccessibleDescription(QString());
}
