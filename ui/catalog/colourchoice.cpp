#include "colourchoice.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

const QStringList &ColourChoice::presets()
{
    // Dark enough for white text, or light enough for black, and apart from each other.
    static const QStringList colours {u"#c62828"_s, u"#ef6c00"_s, u"#f2b705"_s, u"#2e7d32"_s,
                                      u"#00838f"_s, u"#1565c0"_s, u"#6a1b9a"_s, u"#5d4037"_s};
    return colours;
}

ColourChoice::ColourChoice(QLineEdit *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_none(new QPushButton(tr("None"), this))
    , m_other(new QPushButton(tr("Other…"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const QStringList names {tr("Red"),  tr("Orange"), tr("Yellow"), tr("Green"),
                             tr("Teal"), tr("Blue"),   tr("Purple"), tr("Brown")};
    for (int i = 0; i < presets().size(); ++i) {
        const QString colour = presets().at(i);
        auto *button = new QPushButton(this);
        button->setFixedSize(28, 28);
        button->setAccessibleName(names.value(i));
        button->setToolTip(tr("%1 (%2)").arg(names.value(i), colour));
        button->setStyleSheet(u"QPushButton { background: %1; border: 1px solid palette(mid); border-radius: 4px; }"
                              "QPushButton:focus { border: 3px solid palette(highlight); }"_s.arg(colour));
        connect(button, &QPushButton::clicked, this, [this, colour] { m_field->setText(colour); });
        m_presets.append(button);
        layout->addWidget(button);
    }
    m_none->setToolTip(tr("A key without a colour of its own"));
    connect(m_none, &QPushButton::clicked, this, [this] { m_field->clear(); });
    m_other->setToolTip(tr("Choose any colour"));
    connect(m_other, &QPushButton::clicked, this, [this] {
        const QColor start(m_field->text().trimmed());
        const QColor chosen = QColorDialog::getColor(start.isValid() ? start : QColor(presets().first()), this,
                                                     tr("Colour of the quick key"));
        if (chosen.isValid())
            m_field->setText(chosen.name());
    });
    layout->addWidget(m_none);
    layout->addWidget(m_other);
    layout->addStretch();
}
