#include "contact/contactvalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Phone numbers and e-mail addresses as sellers type them: normalised when right, and a reason in
// words when wrong.
class TestContact : public QObject
{
    Q_OBJECT
private slots:
    void mobileNumbersAreNormalisedToE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::newRow("national") << u"0701234567"_s << u"+46701234567"_s;
        QTest::newRow("dashes and spaces") << u"070-123 45 67"_s << u"+46701234567"_s;
        QTest::newRow("international") << u"+46 70 123 45 67"_s << u"+46701234567"_s;
        QTest::newRow("00 prefix") << u"0046701234567"_s << u"+46701234567"_s;
        QTest::newRow("leading zero kept by mistake") << u"+46 (0)73-987 65 43"_s << u"+46739876543"_s;
        QTest::newRow("076") << u" 076 555 12 34 "_s << u"+46765551234"_s;
        QTest::newRow("Norwegian mobile") << u"+47 412 34 567"_s << u"+4741234567"_s;
    }
    void mobileNumbersAreNormalisedToE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        QString normalised, error;
        QVERIFY2(ContactValidator::checkMobile(typed, &normalised, &error), qPrintable(error));
        QCOMPARE(normalised, e164);
        QVERIFY(error.isEmpty());
    }

    void badNumbersAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << u""_s << u"Enter"_s;
        QTest::newRow("letters") << u"070-ABC"_s << u"only digits"_s;
        QTest::newRow("too short") << u"070123456"_s << u"this one has 9"_s;
        QTest::newRow("too long") << u"070-123 45 678"_s << u"this one has 11"_s;
        QTest::newRow("far too long") << u"070123456789012345"_s << u"10 digits"_s;
        QTest::newRow("landline") << u"08-123 456 78"_s << u"not a mobile"_s;
    }
    void badNumbersAreRefusedWithAReason()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        QString normalised = u"untouched"_s, error;
        QVERIFY(!ContactValidator::checkMobile(typed, &normalised, &error));
        QCOMPARE(normalised, u"untouched"_s);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void emailAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalised"); // empty: refused
        QTest::newRow("plain") << u"anna@example.se"_s << u"anna@example.se"_s;
        QTest::newRow("trimmed, domain lower case") << u" Anna.Berg@Example.SE "_s << u"Anna.Berg@example.se"_s;
        QTest::newRow("plus and subdomain") << u"a+stall@mail.example.co.uk"_s << u"a+stall@mail.example.co.uk"_s;
        QTest::newRow("Swedish domain") << u"kund@åkerö.se"_s << u"kund@åkerö.se"_s;
        QTest::newRow("no at") << u"anna.example.se"_s << QString();
        QTest::newRow("two at") << u"anna@@example.se"_s << QString();
        QTest::newRow("no dot in domain") << u"anna@localhost"_s << QString();
        QTest::newRow("space") << u"anna berg@example.se"_s << QString();
        QTest::newRow("nothing before at") << u"@example.se"_s << QString();
        QTest::newRow("double dot") << u"anna..berg@example.se"_s << QString();
        QTest::newRow("comma") << u"anna,berg@example.se"_s << QString();
    }
    void emailAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalised);
        QString out, error;
        const bool ok = ContactValidator::checkEmail(typed, &out, &error);
        QCOMPARE(ok, !normalised.isEmpty());
        if (ok)
            QCOMPARE(out, normalised);
        else
            QVERIFY(!error.isEmpty());
    }

    void swedishNumbersAreShownNationally()
    {
        QCOMPARE(ContactValidator::displayPhone(u"+46701234567"_s), u"070-123 45 67"_s);
        QVERIFY(ContactValidator::displayPhone(u"+4741234567"_s).startsWith(u"+47"_s));
    }
};

QTEST_APPLESS_MAIN(TestContact)
#include "tst_contact.moc"
