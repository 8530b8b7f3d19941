#include "accountflow.h"
#include "i18n/language.h"
#include "screenshot.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// A computer without an OS keychain (the test's D-Bus address leads nowhere): the welcome offers
// the demo or an own account; the account's IDs can then be used for this session only, are never
// written to a file, and are asked for again at the next start.
class TestAccountWithoutKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Language::apply(u"sv"_s); }

    void firstStartOffersTheDemoInTheChosenLanguage()
    {
        QTemporaryDir dir;
        const auto outcome = AccountFlow::prepare(dir.path(), [](WelcomeDialog *dialog) {
            QCOMPARE(dialog->page(), WelcomeDialog::ChoicePage);
            QCOMPARE(dialog->demoButton()->accessibleName(), u"Prova demon"_s);
            screenshot(dialog, "welcome-sv");
            // The seller reads English better: the welcome changes language at once.
            QComboBox *language = dialog->languageChoice();
            language->setFocus();
            QTest::keyClick(language, Qt::Key_Down);
            QTRY_COMPARE(dialog->demoButton()->accessibleName(), u"Try the demo"_s);
            QTest::qWait(1); // the switch's last events land, as they do between two real key presses
            QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QVERIFY(outcome.dialogShown);
        QVERIFY(outcome.accepted);
        QVERIFY(!outcome.session);
        AppSettings settings(dir.path());
        QVERIFY(settings.isSetUp());
        QCOMPARE(settings.environment(), AppSettings::Environment::Demo);
        QCOMPARE(settings.language(), u"en"_s);

        // The next start goes straight to the till.
        const auto again = AccountFlow::prepare(dir.path(), [](WelcomeDialog *) {});
        QVERIFY(again.accepted);
        QVERIFY(!again.dialogShown);
        Language::apply(u"en"_s);
    }

    void closingTheWelcomeStartsNothing()
    {
        QTemporaryDir dir;
        const auto outcome =
            AccountFlow::prepare(dir.path(), [](WelcomeDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
        QVERIFY(outcome.dialogShown);
        QVERIFY(!outcome.accepted);
        QVERIFY(!AppSettings(dir.path()).isSetUp());
    }

    void withoutKeychainTheIdsServeThisSessionOnly()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        QTemporaryDir dir;
        const auto outcome = AccountFlow::prepare(dir.path(), [&](WelcomeDialog *dialog) {
            AccountFlow::connectTo(dialog, sandbox);
            QTRY_COMPARE(dialog->page(), WelcomeDialog::NoKeychainPage);
            screenshot(dialog, "welcome-no-keychain-en");
            QVERIFY(!dialog->keychainProblem()->text().isEmpty());
            QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier); // Use for this session only
            QTRY_VERIFY(!dialog->isVisible()); // a shortcut clicks a moment later
        });
        QVERIFY(outcome.accepted);
        QVERIFY(outcome.session.has_value());
        QCOMPARE(outcome.session->tenantId, sandbox.tenantId());
        QCOMPARE(AppSettings(dir.path()).environment(), AppSettings::Environment::Custom);

        {
            Till till;
            const Sale sale = AccountFlow::sellOne(till, dir.path(), outcome.session);
            QCOMPARE(sale.state, SaleState::LinkReady);
            QVERIFY(sale.checkoutUrl.startsWith(sandbox.baseUrl().toString()));
        }
        QVERIFY(!AccountFlow::anyFileContains(dir.path(), sandbox.tenantId()));
        QVERIFY(!AccountFlow::anyFileContains(dir.path(), sandbox.merchantId()));

        // Next start: nothing remembered the IDs, so Stallpay asks for them, on the account page.
        const auto again = AccountFlow::prepare(dir.path(), [](WelcomeDialog *dialog) { dialog->reject(); });
        QVERIFY(again.dialogShown);
        QCOMPARE(again.firstPage, WelcomeDialog::AccountPage);
        QVERIFY(!again.accepted);
    }

    // A custom service whose checkout pages are on another host: its links are refused until the
    // seller names that host (a mistyped name is said, under its field), then they are shown.
    void checkoutPagesOnAnotherHostAreTrustedOnceNamed()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({u"--public-url"_s, u"https://kassa.example.net"_s}, &error), qPrintable(error));

        QTemporaryDir unnamed;
        const auto plain = AccountFlow::prepare(unnamed.path(), [&](WelcomeDialog *dialog) {
            AccountFlow::connectTo(dialog, sandbox);
            QTRY_COMPARE(dialog->page(), WelcomeDialog::NoKeychainPage);
            QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QVERIFY(plain.accepted);
        {
            Till till;
            const Sale sale = AccountFlow::sellOne(till, unnamed.path(), plain.session);
            QCOMPARE(sale.state, SaleState::Failed);
            QVERIFY(sale.checkoutUrl.isEmpty());
        }

        QTemporaryDir named;
        const auto outcome = AccountFlow::prepare(named.path(), [&](WelcomeDialog *dialog) {
            ConnectForm *form = AccountFlow::fillCustom(dialog, sandbox);
            QLineEdit *checkout = form->field(u"checkoutOrigins"_s);
            QVERIFY(checkout->isEnabled());
            AccountFlow::type(checkout, u"kassa.example.net"_s); // no https://
            QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier); // Connect
            QTRY_VERIFY(form->errorOf(u"checkoutOrigins"_s)->isVisible());
            QVERIFY2(form->errorOf(u"checkoutOrigins"_s)
                         ->text()
                         .contains(u"\"kassa.example.net\" is not a checkout address"_s),
                     qPrintable(form->errorOf(u"checkoutOrigins"_s)->text()));
            QCOMPARE(dialog->page(), WelcomeDialog::AccountPage);
            QCOMPARE(checkout->text(), u"kassa.example.net"_s); // what was typed stays
            AccountFlow::type(checkout, u"https://kassa.example.net"_s);
            QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
            QTRY_COMPARE(dialog->page(), WelcomeDialog::NoKeychainPage);
            QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QVERIFY(outcome.accepted);
        QCOMPARE(AppSettings(named.path()).customCheckoutOrigins(), QList<QUrl> {QUrl(u"https://kassa.example.net"_s)});
        {
            Till till;
            const Sale sale = AccountFlow::sellOne(till, named.path(), outcome.session);
            QCOMPARE(sale.state, SaleState::LinkReady);
            QVERIFY2(sale.checkoutUrl.startsWith(u"https://kassa.example.net/"_s), qPrintable(sale.checkoutUrl));
        }
    }
};

QTEST_MAIN(TestAccountWithoutKeychain)
#include "tst_account_nokeychain.moc"
