#pragma once

#include <QString>

// The user interface language: Qt's own strings and ours, and the locale that formats money and
// dates. Applying another language at run time sends every widget a LanguageChange event; screens
// retranslate themselves on it, so no restart is needed.
namespace Language {
// "sv" or "en"; anything else is taken as Swedish, the default.
void apply(const QString &language);
QString current();
} // namespace Language
