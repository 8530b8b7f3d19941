#include "language.h"

#include "install/installlayout.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
QPointer<QTranslator> g_qt;
QPointer<QTranslator> g_ours;
QString g_current;
} // namespace

namespace Language {

void apply(const QString &requested)
{
    const QString language = requested == u"en"_s ? u"en"_s : u"sv"_s;
    // The locale first: widgets that retranslate on LanguageChange format amounts with it.
    QLocale::setDefault(QLocale(language == u"sv"_s ? QLocale::Swedish : QLocale::English,
                                language == u"sv"_s ? QLocale::Sweden : QLocale::UnitedKingdom));
    g_current = language; // before the translators: LanguageChange handlers may ask
    QCoreApplication *app = QCoreApplication::instance();
    for (QPointer<QTranslator> *slot : {&g_qt, &g_ours}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
        }
    }
    // Qt's own strings (file dialogs, …): qtbase_sv.qm where Qt ships it, qt_sv.qm where only that
    // exists (Debian 12's qt6-translations-l10n). The standard buttons' words ("Cancel") are in
    // neither for Qt 6, so ours carry them (qtstrings.cpp).
    g_qt = new QTranslator(app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (g_qt->load(QLocale(language), u"qtbase"_s, u"_"_s, qtDir)
        || g_qt->load(QLocale(language), u"qt"_s, u"_"_s, qtDir))
        QCoreApplication::installTranslator(g_qt);
    g_ours = new QTranslator(app);
    // An installed Stallpay reads the .qm files installed beside it (a packager may update them);
    // the build tree, or an installation without them, uses the copies built into the program.
    const QString installed = InstallLayout::translationsDir();
    if ((!installed.isEmpty() && g_ours->load(u"stallpay_%1"_s.arg(language), installed))
        || g_ours->load(u":/i18n/stallpay_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(g_ours);
    else
        qWarning("no translation for %s", qPrintable(language));
}

QString current()
{
    return g_current;
}

} // namespace Language
