#include "catalog/catalogrepository.h"
#include "guitill.h"
#include "sale/cart.h"
#include "sale/paymentstatus.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "setup/connectform.h"
#include "till/logprivacy.h"
#include "till/till.h"

#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QMutex logLock;
QStringList logLines;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    {
        QMutexLocker locker(&logLock);
        logLines.append(line);
    }
    std::fprintf(stderr, "%s\n", qUtf8Printable(line));
}

QString logSoFar()
{
    QMutexLocker locker(&logLock);
    return logLines.join(u'\n');
}
} // namespace

// The log of a whole run that holds personal data and the account's IDs: a sale whose link is
// sent by SMS and e-mail to a named payer with an address, and Test connection in Settings. Every
// line the till, the sync engine and the built-in payment service wrote is read back: none holds
// the phone number, the e-mail address, the name, the street or the merchant and tenant IDs.
class TestPrivacyLog : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;

private slots:
    void initTestCase()
    {
        qInstallMessageHandler(capture); // the till's own handler goes in front of this one
        QLoggingCategory::setFilterRules(u"stallpay.*.debug=true\nstallpay.*.info=true"_s);
    }

    void aRunThatSendsAndTestsTheConnectionLogsNoPersonalData()
    {
        QString error;
        QVERIFY2(m_gui.start(u"en"_s, &error, GuiTill::FastSync), qPrintable(error));
        Till &till = m_gui.till();
        till.cart().addProduct(till.catalog().products().constFirst());
        const qint64 id = till.sales().commands().commit(till.cart(), &error);
        QVERIFY2(id > 0, qPrintable(error));
        SaleContact payer;
        payer.name = u"Astrid Privatsson"_s;
        payer.phone = u"+46701234567"_s;
        payer.email = u"astrid.privat@example.se"_s;
        payer.street = u"Hemliga gatan 7"_s;
        payer.zip = u"123 45"_s;
        payer.city = u"Ystad"_s;
        QVERIFY2(till.sales().payer().saveContact(id, payer, &error), qPrintable(error));
        QVERIFY2(till.sales().commands().requestDistribution(id, true, true, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.sale(id).smsStatus.value != SmsStatus::None,
                                 30000); // sent, and the SMS reported

        // Test connection, as the seller does it in Settings, with the account's IDs typed in.
        const QString merchant = till.settings().demoValue(u"merchant_id"_s);
        const QString tenant = till.settings().demoValue(u"tenant_id"_s);
        QVERIFY(!merchant.isEmpty() && !tenant.isEmpty());
        ConnectForm form(ConnectForm::Choices::AccountsOnly);
        form.setEnvironment(AppSettings::Environment::Custom);
        form.setCustomUrl(till.sandboxUrl());
        form.setCredentials({tenant, merchant, till.settings().demoValue(u"split_tree_id"_s), QString()});
        QSignalSpy finished(&form, &ConnectForm::testFinished);
        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(form.testResult()->text()));

        const QString log = logSoFar();
        // The run was logged: the SMS's request and Test connection's merchant look-up are there …
        QVERIFY2(log.contains(u"distribute"_s), qPrintable(log));
        QVERIFY2(log.contains(u"/merchants/‹hidden›"_s), qPrintable(log));
        // … and nothing of the payer or the account.
        for (const QString &secret : {payer.phone, u"0701234567"_s, u"70-123 45 67"_s, payer.email, payer.name,
                                      u"Privatsson"_s, payer.street, merchant, tenant}) {
            QVERIFY2(!log.contains(secret, Qt::CaseInsensitive), qPrintable(u"the log holds %1"_s.arg(secret)));
        }
    }

    void theScrubberKnowsTheFormsPeopleWrite()
    {
        QCOMPARE(LogPrivacy::scrub(u"to +46 70-123 45 67 and 070-123 45 67"_s), u"to ‹phone› and ‹phone›"_s);
        QCOMPARE(LogPrivacy::scrub(u"mail a.b+c@example.co.uk now"_s), u"mail ‹e-mail› now"_s);
        QCOMPARE(LogPrivacy::scrub(u"GET /api/v1/merchants/123e4567-e89b-12d3-a456-426614174000 -> 200"_s),
                 u"GET /api/v1/merchants/‹hidden› -> 200"_s);
        // What support needs stays: sale numbers, amounts, order IDs, times.
        const QString plain = u"committed sale 12 id 40 · payment order 9f0c2a1e-0b7e-4d27-9c55-6f3f3c1d2e4f · 250ms"_s;
        QCOMPARE(LogPrivacy::scrub(plain), plain);
    }
};

QTEST_MAIN(TestPrivacyLog)
#include "tst_privacylog.moc"
