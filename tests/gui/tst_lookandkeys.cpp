#include "i18n/language.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "screenshot.h"
#include "sell/sellview.h"
#include "settings/appsettings.h"
#include "settings/settingsview.h"
#include "style/theme.h"
#include "till/till.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The Alt+letter keys of what is visible on a screen: buttons and the labels of form fields.
QMultiHash<QString, QString> mnemonics(QWidget *screen)
{
    QMultiHash<QString, QString> keys;
    for (QAbstractButton *b : screen->findChildren<QAbstractButton *>()) {
        const QKeySequence key = b->shortcut();
        if (b->isVisible() && !key.isEmpty() && (key[0].keyboardModifiers() & Qt::AltModifier))
            keys.insert(key.toString(), b->text().isEmpty() ? b->accessibleName() : b->text());
    }
    for (QLabel *l : screen->findChildren<QLabel *>()) {
        const QKeySequence key = QKeySequence::mnemonic(l->text());
        if (l->isVisible() && l->buddy() && !key.isEmpty())
            keys.insert(key.toString(), l->text());
    }
    return keys;
}

QStringList clashes(QWidget *screen)
{
    const QMultiHash<QString, QString> keys = mnemonics(screen);
    QStringList found;
    for (const QString &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            found.append(u"%1: %2"_s.arg(key, QStringList(keys.values(key)).join(u" / "_s)));
    }
    return found;
}

// Buttons with a keyboard shortcut say it in their tooltip, in the words of the current language.
QStringList untoldShortcuts(QWidget *screen)
{
    QStringList found;
    for (QAbstractButton *b : screen->findChildren<QAbstractButton *>()) {
        const QString key = b->shortcut().toString(QKeySequence::NativeText);
        if (b->isVisible() && !key.isEmpty() && !b->toolTip().contains(key))
            found.append(u"%1 [%2] tooltip \"%3\""_s.arg(b->text(), key, b->toolTip()));
    }
    return found;
}
// Widgets a keyboard user works with on what is shown.
QList<QWidget *> focusable(QWidget *window)
{
    QList<QWidget *> found;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
            && !qobject_cast<QAbstractScrollArea *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            found.append(w);
    }
    return found;
}

QString describe(QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        text = b->text();
    return u"%1 \"%2\" (%3)"_s.arg(QString::fromLatin1(w->metaObject()->className()), text, w->accessibleName());
}

// Pressing Tab from the first, every one of them gets the focus before the round closes.
QStringList notReachedByTab(QWidget *window)
{
    const QList<QWidget *> all = focusable(window);
    if (all.isEmpty())
        return {};
    QSet<QWidget *> reached;
    all.first()->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 4 * all.size() + 10; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return {u"the window lost the focus"_s};
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget *w : all) {
        if (reached.contains(w))
            continue;
        // One choice of an exclusive group takes Tab; the arrow keys move between the others.
        auto *b = qobject_cast<QAbstractButton *>(w);
        const bool groupReached = b && b->group() && b->group()->exclusive()
            && std::any_of(b->group()->buttons().cbegin(), b->group()->buttons().cend(),
                           [&](QAbstractButton *other) { return reached.contains(other); });
        if (!groupReached)
            missing.append(describe(w));
    }
    return missing;
}

// Screen readers have a name for each of them.
QStringList nameless(QWidget *window)
{
    QStringList found;
    for (QWidget *w : focusable(window)) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            found.append(describe(w));
    }
    return found;
}
} // namespace

// Every screen, in Swedish and English, light and dark: no two Alt-keys alike on one screen,
// shortcuts told in tooltips, and text with a meaning (errors) readable on the palette in use.
class TestLookAndKeys : public QObject
{
    Q_OBJECT
private slots:
    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("appearance");
        for (const char *language : {"sv", "en"})
            for (const char *appearance : {"light", "dark"})
                QTest::addRow("%s-%s", language, appearance)
                    << QString::fromLatin1(language) << QString::fromLatin1(appearance);
    }

    void screens()
    {
        QFETCH(QString, language);
        QFETCH(QString, appearance);
        Language::apply(language);
        Theme::apply(Theme::fromKey(appearance));
        QTemporaryDir dir;
        Till till;
        Till::Options options;
        options.dataDir = dir.path();
        QString error;
        QVERIFY2(till.open(options, &error), qPrintable(error));
        MainWindow window(till);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(Theme::isDark(window.palette()), appearance == u"dark"_s);

        const auto checkScreen = [&](QWidget *screen, const char *name) {
            QTest::qWait(1);
            const QString where = QString::fromLatin1(name);
            screenshot(screen, qPrintable(u"app-%1-%2-%3"_s.arg(where, appearance, language))); // before Tab moves
            for (const auto &[what, problems] : {std::pair {"Alt-keys alike", clashes(screen)},
                                                 std::pair {"shortcuts untold", untoldShortcuts(screen)},
                                                 std::pair {"no accessible name", nameless(screen)},
                                                 std::pair {"not reached by Tab", notReachedByTab(screen)}})
                QVERIFY2(problems.isEmpty(),
                         qPrintable(u"%1, %2: %3"_s.arg(where, QString::fromLatin1(what), problems.join(u"; "_s))));
        };
        const QList<std::pair<const char *, void (MainWindow::*)()>> screens {{"sell", &MainWindow::showSell},
                                                                              {"sales", &MainWindow::showSales},
                                                                              {"catalog", &MainWindow::showCatalog},
                                                                              {"summary", &MainWindow::showDaySummary},
                                                                              {"settings", &MainWindow::showSettings}};
        for (const auto &[name, show] : screens) {
            (window.*show)();
            checkScreen(&window, name);
        }

        // A sale: the payment screen, and its detail among the sales.
        window.showSell();
        QTest::mouseClick(window.sellView()->quickKey(u"Surdegsbröd"_s), Qt::LeftButton);
        QTest::mouseClick(window.sellView()->chargeButton(), Qt::LeftButton);
        QTRY_COMPARE(window.currentScreen(), MainWindow::Payment);
        const qint64 saleId = window.paymentView()->saleId();
        for (const char *name : {"payment", "sale-detail"}) {
            if (QByteArray(name) == "sale-detail") {
                window.showSales();
                window.salesView()->showSale(saleId);
                QTRY_VERIFY(mnemonics(window.salesView()->detail()).size() >= 4); // its actions are shown
                // The totals under the list count the sale that came in meanwhile.
                QTRY_VERIFY2(window.salesView()->totalsLabel()->text().contains(u" · 1 "_s), // one open
                             qPrintable(window.salesView()->totalsLabel()->text()));
            }
            checkScreen(&window, name);
        }

        // An error as the seller sees it: rendered, its text stands out from the background.
        window.showSettings();
        QLineEdit *org = window.settingsView()->field(u"orgNumber"_s);
        org->setText(u"556677-8898"_s);
        QTest::mouseClick(window.settingsView()->saveButton(), Qt::LeftButton);
        QLabel *orgError = window.settingsView()->errorOf(u"orgNumber"_s);
        QTRY_VERIFY(orgError->isVisible());
        const QImage shot = orgError->grab().toImage();
        const QColor background = shot.pixelColor(shot.width() - 1, shot.height() - 1);
        double best = 1;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                best = std::max(best, Theme::contrast(shot.pixelColor(x, y), background));
        QVERIFY2(best >= 4.5, qPrintable(u"error text contrast %1"_s.arg(best)));
        QCOMPARE(Theme::isDark(QPalette(background, background)), appearance == u"dark"_s);
        Theme::apply(Theme::Appearance::System);
    }
};

QTEST_MAIN(TestLookAndKeys)
#include "tst_lookandkeys.moc"
