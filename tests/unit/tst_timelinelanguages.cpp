#include "builtlanguages.h"
#include "sale/eventrecord.h"
#include "sale/saleevents.h"
#include "timelinesamples.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The timeline in both languages, for every code: each event as today's producers write it reads
// as its sentence in English and in Swedish with the .qm files the build makes, as the till loads
// them. On the Swedish screen no code and no English-only text shows; the service's own words and
// the network's (an error description, "Connection refused") come out as they were.
class TestTimelineLanguages : public QObject
{
    Q_OBJECT
private:
    BuiltLanguages m_languages;

    void english() { m_languages.english(); }
    void swedish() { m_languages.swedish(); }

private slots:
    void initTestCase() { QVERIFY(m_languages.load()); }

    // A code without a sample here would be a code nobody proved readable.
    void everyCodeHasASample()
    {
        QSet<EventRecord::Code> sampled;
        for (const TimelineSample &s : timelineSamples())
            sampled.insert(s.event.code);
        for (const EventRecord::Code code : EventRecord::allCodes())
            QVERIFY2(sampled.contains(code), qPrintable(u"no sample of "_s + EventRecord::key(code)));
    }

    void everyCodeReadsInBothLanguages_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < timelineSamples().size(); ++i)
            QTest::newRow(qPrintable(timelineSamples().at(i).name)) << i;
    }
    void everyCodeReadsInBothLanguages()
    {
        QFETCH(int, row);
        const TimelineSample &s = timelineSamples().at(row);
        // Stored and read back as the timeline reads it: code and JSON, nothing else.
        const EventRecord stored = EventRecord::fromStored(s.event.key(), s.event.argsJson(), u"(log text)"_s);
        QCOMPARE(stored, s.event);
        english();
        const QString inEnglish = SaleEvents::describe(stored);
        swedish();
        const QString inSwedish = SaleEvents::describe(stored);
        english();
        QCOMPARE(inEnglish, s.english);
        QCOMPARE(inSwedish, s.swedish);
        if (s.event.code == EventRecord::Code::LegacyText)
            return; // an old line no form matched is shown as it was, in both
        // No raw code (nor a job's kind or a reason's code) on either screen, and the Swedish
        // sentence is not the English one (the table above says it word by word).
        static const QRegularExpression token(u"\\b[a-z]+_[a-z_]+\\b"_s);
        QVERIFY2(!token.match(inEnglish).hasMatch(), qPrintable(inEnglish));
        QVERIFY2(!token.match(inSwedish).hasMatch(), qPrintable(inSwedish));
        QVERIFY2(!inSwedish.contains(s.event.key()), qPrintable(inSwedish));
        QVERIFY2(inSwedish != inEnglish, qPrintable(inSwedish));
    }

    // The language is the reader's, when shown: the same stored event reads in the language of now.
    void switchingTheLanguageChangesStoredEvents()
    {
        const EventRecord e = EventRecord::paidInCash();
        english();
        QCOMPARE(SaleEvents::describe(e), u"Paid in cash"_s);
        swedish();
        QCOMPARE(SaleEvents::describe(e), u"Betalt kontant"_s);
        english();
        QCOMPARE(SaleEvents::describe(e), u"Paid in cash"_s);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLanguages)
#include "tst_timelinelanguages.moc"
