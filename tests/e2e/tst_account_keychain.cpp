#include "accountflow.h"
#include "i18n/language.h"
#include "settings/settingsview.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// With a real OS keychain (GNOME Keyring in the test's own D-Bus session, tests/support/
// with-keyring): the account's IDs go into the keychain, not into any file, and the next start
// connects with them without asking.
class TestAccountWithKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void theKeychainKeepsTheIdsAcrossRestarts()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        QTemporaryDir dir;
        const auto outcome = AccountFlow::prepare(dir.path(), [&](WelcomeDialog *dialog) {
            AccountFlow::connectTo(dialog, sandbox);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000); // saved: the dialog closes
        });
        QVERIFY(outcome.accepted);
        QVERIFY2(!outcome.session, "the keychain should have taken the IDs");
        QVERIFY(!AccountFlow::anyFileContains(dir.path(), sandbox.tenantId()));

        // Restart: no dialog; the till connects with the keychain's IDs and sells.
        const auto again = AccountFlow::prepare(dir.path(), [](WelcomeDialog *dialog) { dialog->reject(); });
        QVERIFY(again.accepted);
        QVERIFY(!again.dialogShown);
        Till till;
        const Sale sale = AccountFlow::sellOne(till, dir.path(), again.session);
        QCOMPARE(sale.state, SaleState::LinkReady);
        QVERIFY(sale.checkoutUrl.startsWith(sandbox.baseUrl().toString()));
        QVERIFY(!AccountFlow::anyFileContains(dir.path(), sandbox.tenantId()));

        // The settings screen shows them, read back from the keychain.
        SettingsView settings(till);
        QTRY_COMPARE(settings.field(u"tenantId"_s)->text(), sandbox.tenantId());
        QCOMPARE(settings.field(u"merchantId"_s)->text(), sandbox.merchantId());
        QVERIFY(settings.keychainLabel()->text().contains(u"kept in the system keychain"_s));
    }

    // Closing Stallpay while the keychain is still answering: the answer finds no store, and
    // nothing crashes.
    void aStoreGoneBeforeTheKeychainAnswersIsNoCrash()
    {
        QTemporaryDir dir;
        bool called = false;
        for (int i = 0; i < 5; ++i) {
            auto store = std::make_unique<CredentialStore>(dir.path());
            store->read([&](const CredentialStore::Credentials &, const QString &) { called = true; });
            store.reset();
        }
        QTest::qWait(1500);
        QVERIFY(!called);
        CredentialStore store(dir.path()); // the keychain still serves a new one
        std::optional<QString> error;
        store.read([&](const CredentialStore::Credentials &, const QString &e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(error->isEmpty(), qPrintable(*error));
    }
};

QTEST_MAIN(TestAccountWithKeychain)
#include "tst_account_keychain.moc"
