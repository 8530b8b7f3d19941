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
        QCOMPARE(Theme::isDark(window.palette()), appearance == u"dark"_s);

        const QList<std::pair<const char *, void (MainWindow::*)()>> screens {{"sell", &MainWindow::showSell},
                                                                              {"sales", &MainWindow::showSales},
                                                                              {"catalog", &MainWindow::showCatalog},
                                                                              {"summary", &MainWindow::showDaySummary},
                                                                              {"settings", &MainWindow::showSettings}};
        for (const auto &[name, show] : screens) {
            (window.*show)();
            QTest::qWait(1);
            const QStringList clash = clashes(&window);
            QVERIFY2(clash.isEmpty(), qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(name), clash.join(u"; "_s))));
            const QStringList untold = untoldShortcuts(&window);
            QVERIFY2(untold.isEmpty(), qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(name), untold.join(u"; "_s))));
            screenshot(&window, qPrintable(u"app-%1-%2-%3"_s.arg(QString::fromLatin1(name), appearance, language)));
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
            }
            QTest::qWait(1);
            const QStringList clash = clashes(&window);
            QVERIFY2(clash.isEmpty(), qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(name), clash.join(u"; "_s))));
            const QStringList untold = untoldShortcuts(&window);
            QVERIFY2(untold.isEmpty(), qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(name), untold.join(u"; "_s))));
            screenshot(&window, qPrintable(u"app-%1-%2-%3"_s.arg(QString::fromLatin1(name), appearance, language)));
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
