#include "documentlanguage.h"

using namespace Qt::StringLiterals;

namespace DocumentLanguage {

QString normalise(const QString &language)
{
    return language.trimmed().toLower().startsWith(u"en"_s) ? u"en"_s : u"sv"_s;
}

std::unique_ptr<QTranslator> load(const QString &language, const QString &qmDir)
{
    auto translator = std::make_unique<QTranslator>();
    const QString dir = qmDir.isEmpty() ? u":/i18n"_s : qmDir;
    if (!translator->load(u"stallpay_%1.qm"_s.arg(normalise(language)), dir))
        return nullptr;
    return translator;
}

} // namespace DocumentLanguage
