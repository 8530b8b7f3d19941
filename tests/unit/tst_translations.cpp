#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Every user-visible string of app/ and ui/ has a finished Swedish and English translation: runs
// lupdate over today's sources into copies of the shipped .ts files and reads what it left unfinished.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyShippedStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("sv") << u"sv"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void everyShippedStringIsTranslated()
    {
        QFETCH(QString, language);
        QTemporaryDir tmp;
        const QString shipped = QStringLiteral(STALLPAY_SOURCE_DIR "/translations/stallpay_%1.ts").arg(language);
        const QString copy = tmp.filePath(u"copy.ts"_s);
        QVERIFY(QFile::copy(shipped, copy));
        // The sandbox's checkout page speaks to the payer in the link's language, not through tr().
        QStringList arguments {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-extensions"_s, u"cpp,h"_s};
        const QDir app(QStringLiteral(STALLPAY_SOURCE_DIR "/app"));
        for (const QString &module : app.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (module != u"sandbox"_s)
                arguments.append(app.filePath(module));
        }
        arguments << QStringLiteral(STALLPAY_SOURCE_DIR "/ui") << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(STALLPAY_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.name() == u"source"_s)
                source = xml.readElementText();
            else if (xml.name() == u"translation"_s) {
                ++messages;
                const bool isUnfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (isUnfinished || text.trimmed().isEmpty())
                    unfinished.append(context + u": "_s + source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 20);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(u"%1 untranslated:\n"_s.arg(unfinished.size()) + unfinished.join(u'\n')));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
