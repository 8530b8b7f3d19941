#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

// Beside a quick key's colour field: a few presets that keep their text readable in light and
// dark mode, "none", and the system colour dialog for any other; each fills the field with #rrggbb.
class ColourChoice : public QWidget
{
    Q_OBJECT
public:
    ColourChoice(QLineEdit *field, QWidget *parent = nullptr);

    static const QStringList &presets();
    QList<QPushButton *> presetButtons() const { return m_presets; }
    QPushButton *noneButton() const { return m_none; }

private:
    QLineEdit *m_field;
    QList<QPushButton *> m_presets;
    QPushButton *m_none;
    QPushButton *m_other;
};
