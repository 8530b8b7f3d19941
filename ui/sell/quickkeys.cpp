#include "quickkeys.h"
#include "style/theme.h"

#include <QGridLayout>
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
    for (QPushButton *button : findChildren<QPushButton *>()) {
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
    // Products keep the catalog's order within their category; uncategorised ones come first.
    QMap<QString, QList<Product>> byCategory;
    QStringList order;
    for (const Product &p : products) {
        const QString category = p.category.trimmed();
        if (!byCategory.contains(category))
            order.append(category);
        byCategory[category].append(p);
    }
    for (const QString &category : order)
        m_tabs->addTab(grid(byCategory.value(category)), category.isEmpty() ? tr("All") : category);
    m_tabs->tabBar()->setVisible(m_tabs->count() > 1);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == current)
            m_tabs->setCurrentIndex(i);
    }
}

QWidget *QuickKeys::grid(const QList<Product> &products)
{
    auto *page = new QWidget;
    auto *keys = new QGridLayout(page);
    keys->setSpacing(8);
    const QLocale locale;
    const int columns = products.size() > 12 ? 4 : 3;
    for (int i = 0; i < products.size(); ++i) {
        const Product p = products.at(i);
        auto *button = new QPushButton(u"%1\n%2"_s.arg(p.name, p.price.format(locale)), page);
        button->setProperty("productName", p.name);
        button->setMinimumSize(110, 72);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        button->setAccessibleName(p.name);
        button->setAccessibleDescription(p.price.format(locale));
        if (i < 9) {
            // Only the keys of the tab shown are visible, so only their shortcuts fire.
            button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            button->setToolTip(tr("Add %1 (%2)").arg(p.name, button->shortcut().toString(QKeySequence::NativeText)));
        } else {
            button->setToolTip(tr("Add %1").arg(p.name));
        }
        if (!p.color.isEmpty()) {
            // Text colour from the key's lightness, so every label stays readable in sun or dark mode.
            const QColor background(p.color);
            const QString text = Theme::contrast(background, Qt::black) > Theme::contrast(background, Qt::white)
                ? u"#000000"_s
                : u"#ffffff"_s;
            button->setStyleSheet(
                u"QPushButton { background: %1; color: %2; font-weight: bold; border-radius: 6px; }"
                "QPushButton:focus { border: 3px solid palette(highlight); }"_s.arg(background.name(), text));
        }
        connect(button, &QPushButton::clicked, this, [this, p] { emit productChosen(p); });
        keys->addWidget(button, i / columns, i % columns);
    }
    return page;
}
