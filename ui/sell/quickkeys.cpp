#include "quickkeys.h"
#include "style/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QuickKeys::QuickKeys(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Product categories"));
    m_tabs->setToolTip(tr("Categories: Ctrl+Tab for the next one"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QPushButton *QuickKeys::key(const QString &productName) const
{
    // A product may be on two tabs ("All" and its category): the key of the tab shown comes first.
    QList<QPushButton *> keys =
        m_tabs->currentWidget() ? m_tabs->currentWidget()->findChildren<QPushButton *>() : QList<QPushButton *>();
    keys += findChildren<QPushButton *>();
    for (QPushButton *button : std::as_const(keys)) {
        if (button->property("productName").toString() == productName)
            return button;
    }
    return nullptr;
}

void QuickKeys::setProducts(const QList<Product> &products)
{
    const QString current = m_tabs->count() > 0 ? m_tabs->tabText(m_tabs->currentIndex()) : QString();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    // "All" holds every product in the catalog's order; each category has a tab of its own too.
    QMap<QString, QList<Product>> byCategory;
    QStringList order;
    for (const Product &p : products) {
        const QString category = p.category.trimmed();
        if (category.isEmpty())
            continue;
        if (!byCategory.contains(category))
            order.append(category);
        byCategory[category].append(p);
    }
    m_tabs->addTab(grid(products), tr("All"));
    for (const QString &category : std::as_const(order))
        m_tabs->addTab(grid(byCategory.value(category)), category);
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == current)
            m_tabs->setCurrentIndex(i);
    }
}

QPushButton *QuickKeys::makeKey(const Product &p, QWidget *parent)
{
    const QLocale locale;
    auto *button = new QPushButton(parent);
    button->setProperty("productName", p.name);
    // A key keeps a key's size however few share its tab; the grid's stretch takes the rest.
    button->setMinimumSize(110, 72);
    button->setMaximumSize(kMaxKeyWidth, kMaxKeyHeight);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    button->setAccessibleName(p.name);
    button->setAccessibleDescription(p.price.format(locale));
    // The name wraps onto more lines rather than being cut at both edges.
    auto *label = new QLabel(u"%1\n%2"_s.arg(p.name, p.price.format(locale)), button);
    label->setObjectName(u"keyLabel"_s);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    QString background = u"palette(base)"_s;
    QString text = u"palette(text)"_s;
    QString border = u"palette(mid)"_s;
    if (!p.color.isEmpty()) {
        // Text colour from the key's lightness, so every label stays readable in sun or dark mode.
        const QColor colour(p.color);
        background = colour.name();
        text = Theme::contrast(colour, Qt::black) > Theme::contrast(colour, Qt::white) ? u"#000000"_s : u"#ffffff"_s;
        border = colour.darker(140).name();
    }
    // Uncoloured keys too have the look of a product key (framed, bold, the field's colour), not of
    // the keypad's buttons.
    button->setStyleSheet(u"QPushButton { background: %1; border: 2px solid %2; border-radius: 8px; }"
                          "QPushButton:pressed { border-width: 4px; }"
                          "QPushButton:focus { border: 3px solid palette(highlight); }"_s.arg(background, border));
    label->setStyleSheet(u"color: %1; background: transparent;"_s.arg(text));
    return button;
}

QWidget *QuickKeys::grid(const QList<Product> &products)
{
    auto *page = new QWidget;
    auto *keys = new QGridLayout(page);
    keys->setSpacing(8);
    const int columns = products.size() > 12 ? 4 : 3;
    for (int i = 0; i < products.size(); ++i) {
        const Product p = products.at(i);
        QPushButton *button = makeKey(p, page);
        if (i < 9) {
            // Only the keys of the tab shown are visible, so only their shortcuts fire.
            button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            button->setToolTip(tr("Add %1 (%2)").arg(p.name, button->shortcut().toString(QKeySequence::NativeText)));
        } else {
            button->setToolTip(tr("Add %1").arg(p.name));
        }
        connect(button, &QPushButton::clicked, this, [this, p] { emit productChosen(p); });
        keys->addWidget(button, i / columns, i % columns);
    }
    // The grid keeps its shape: every column as wide as a full row's, the space left over after it.
    for (int c = 0; c < columns; ++c)
        keys->setColumnStretch(c, 1);
    keys->setColumnStretch(columns, products.size() < columns ? columns - int(products.size()) : 0);
    keys->setRowStretch(int((products.size() + columns - 1) / columns), 1);
    return page;
}
