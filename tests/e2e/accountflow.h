#pragma once

// The seller's first start with an own Ping account, shared by the tests with and without an OS
// keychain: the welcome dialog driven by keys and clicks, then a real sale on the account.

#include "catalog/catalogrepository.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "sale/saleservice.h"
#include "sandboxprocess.h"
#include "screenshot.h"
#include "sell/sellview.h"
#include "settings/appsettings.h"
#include "setup/connectform.h"
#include "setup/startup.h"
#include "setup/welcomedialog.h"
#include "till/till.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

namespace AccountFlow {
using namespace Qt::StringLiterals;

struct Outcome
{
    bool accepted = false;
    bool dialogShown = false;
    WelcomeDialog::Page firstPage = WelcomeDialog::ChoicePage;
    std::optional<CredentialStore::Credentials> session;
};

// Startup::prepare as main() runs it; script plays the seller in the dialog, if one opens.
inline Outcome prepare(const QString &dataDir, const std::function<void(WelcomeDialog *)> &script)
{
    Outcome outcome;
    QTimer watch; // the dialog opens inside prepare()'s own event loop
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
        // Keys reach the dialog's shortcuts (Alt+C …) only once it is the active window, which the
        // platform makes it a moment after it shows.
        if (!dialog || !dialog->isActiveWindow())
            return;
        watch.stop();
        outcome.dialogShown = true;
        outcome.firstPage = dialog->page();
        script(dialog);
        if (dialog->isVisible()) // the script failed half-way: do not hang in exec()
            dialog->reject();
    });
    watch.start();
    outcome.accepted = Startup::prepare(dataDir, &outcome.session);
    return outcome;
}

inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// The account page with the sandbox as a custom address (and its IDs from checkoutText on).
inline ConnectForm *fillCustom(WelcomeDialog *dialog, const SandboxProcess &sandbox)
{
    QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // "Connect my Ping account"
    [&] {
        QTRY_COMPARE(dialog->page(), WelcomeDialog::AccountPage);
    }();
    ConnectForm *form = dialog->connectForm();
    QComboBox *environment = form->environmentChoice();
    environment->setCurrentIndex(environment->findData(int(AppSettings::Environment::Custom)));
    type(form->field(u"customUrl"_s), sandbox.baseUrl().toString());
    type(form->field(u"tenantId"_s), sandbox.tenantId());
    type(form->field(u"merchantId"_s), sandbox.merchantId());
    type(form->field(u"splitTreeId"_s), sandbox.splitTreeId());
    return form;
}

// The account page, filled in for the sandbox as a custom address, tested, then Connect.
inline void connectTo(WelcomeDialog *dialog, const SandboxProcess &sandbox)
{
    QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // "Connect my Ping account"
    QTRY_COMPARE(dialog->page(), WelcomeDialog::AccountPage);
    ConnectForm *form = dialog->connectForm();
    QComboBox *environment = form->environmentChoice();
    environment->setCurrentIndex(environment->findData(int(AppSettings::Environment::Custom)));
    type(form->field(u"customUrl"_s), sandbox.baseUrl().toString());
    // A wrong tenant first: the test names the field to correct.
    type(form->field(u"tenantId"_s), u"00000000-0000-4000-8000-000000000001"_s);
    type(form->field(u"merchantId"_s), sandbox.merchantId());
    type(form->field(u"splitTreeId"_s), sandbox.splitTreeId());
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier); // Test connection
    QTRY_VERIFY_WITH_TIMEOUT(form->testResult()->text().contains(u"does not know this tenant ID"_s), 15000);
    type(form->field(u"tenantId"_s), sandbox.tenantId());
    QVERIFY(form->testResult()->text().isEmpty()); // an edit clears the old verdict
    QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(form->testResult()->text().startsWith(u"Connected to 127.0.0.1"_s), 15000);
    screenshot(dialog, "welcome-account-en");
    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier); // Connect
}

// Opens the till as main() does, sells one product, and returns the sale once it has its link
// (or has failed).
inline Sale sellOne(Till &till, const QString &dataDir, const std::optional<CredentialStore::Credentials> &session)
{
    Sale sale;
    Till::Options options;
    options.dataDir = dataDir;
    QString error;
    if (!till.open(options, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return sale;
    }
    if (session)
        till.credentials().keepForSession(*session);
    // A real account starts with an empty catalog (no demo products): the seller adds one.
    if (till.catalog().isEmpty()) {
        Product bread;
        bread.name = u"Surdegsbröd"_s;
        bread.price = Money::fromKronor(65);
        bread.vatClass = VatClass::Food;
        if (till.catalog().save(bread, &error) == 0) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return sale;
        }
    }
    MainWindow window(till);
    window.show();
    QSignalSpy ready(&till, &Till::apiReady);
    QSignalSpy problem(&till, &Till::apiProblem);
    till.connectApi();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || problem.count() > 0, 15000);
    }();
    if (ready.count() != 1) {
        QTest::qFail(qPrintable(problem.value(0).value(0).toString()), __FILE__, __LINE__);
        return sale;
    }
    QTest::mouseClick(window.sellView()->quickKey(u"Surdegsbröd"_s), Qt::LeftButton);
    QTest::mouseClick(window.sellView()->chargeButton(), Qt::LeftButton);
    const qint64 saleId = window.paymentView()->saleId();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(till.sales().queries().load(saleId, &sale)
                                     && (sale.state == SaleState::LinkReady || SaleStates::isFinal(sale.state)),
                                 15000);
    }();
    return sale;
}

// True when some file in dir holds text (the IDs must never be written to a plain file).
inline bool anyFileContains(const QString &dir, const QString &text)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}
} // namespace AccountFlow
