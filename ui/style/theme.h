#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

// How Stallpay looks: the system's own look, or a light or dark one of its own (a stall in full sun
// wants high-contrast light; the evening at home may want dark). Colours that carry meaning —
// errors, success — are chosen for the palette in use, so they stay readable on either.
namespace Theme {
enum class Appearance { System, Light, Dark };
QString key(Appearance appearance); // "system", "light", "dark": stored in the settings
Appearance fromKey(const QString &key);

// Applies the look to the whole application (the window's screens are rebuilt after it).
void apply(Appearance appearance);

bool isDark(const QPalette &palette);
enum class Tone { Error, Warning, Success };
QColor color(Tone tone, const QPalette &palette);
// WCAG contrast ratio of two colours: 1 (none) to 21 (black on white); text wants 4.5 or more.
double contrast(const QColor &a, const QColor &b);
// Gives a label (or any widget's text) the tone, readable on its palette.
void setTone(QWidget *widget, Tone tone, bool bold = false);
// A centred, wrapping label in a font `scale` times the normal size (headlines, amounts).
QLabel *bigLabel(QWidget *parent, qreal scale, bool bold = true);
// A hidden, wrapping label for the error under a form field.
QLabel *fieldErrorLabel(QWidget *parent);
// Shows the error under its field (hidden when empty) and tells screen readers on the field.
void showFieldError(QLabel *label, QWidget *field, const QString &error);
} // namespace Theme
