#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

// A document printed in its reader's language — an invoice in the buyer's, whatever language the
// till's screens speak: the app's translations loaded into a translator of their own, never
// installed, so the screens do not change language.
namespace DocumentLanguage {
// "sv" or "en" (anything else: Swedish). `qmDir` empty: the translations built into the app
// (":/i18n"). Null when there is no translation to load: the document is then in English.
std::unique_ptr<QTranslator> load(const QString &language, const QString &qmDir = {});
// The language to print in for what the buyer's details say: "en" when asked for, else "sv".
QString normalise(const QString &language);
} // namespace DocumentLanguage
