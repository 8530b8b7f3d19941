#include "pdfreader.h"
#include "sandboxcheck.h"
#include "sandboxprocess.h"
#include "store/database.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonValue>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `stallpay invoice` as a bookkeeper runs it: the real binary, no window, against a ping-sandbox on
// loopback. Good rows become invoices with PDFs whose QR is the link; bad rows are named by line and
// column and skipped; the exit code tells; a re-run of the file makes nothing twice.
class TestInvoiceCli : public QObject
{
    Q_OBJECT
private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QStringList out;
        QString err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // the command chooses offscreen itself
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STALLPAY_BIN_DIR "/stallpay"), QStringList {u"invoice"_s} + args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QStringList common()
    {
        return {u"--out"_s,      m_dir.filePath(u"pdf"_s),       u"--data-dir"_s, m_dir.filePath(u"data"_s),
                u"--api-base"_s, m_sandbox.baseUrl().toString(), u"--seller"_s,   m_dir.filePath(u"seller.ini"_s)};
    }
    qint64 count(const char *sql)
    {
        Database db;
        QString error;
        if (!db.open(m_dir.filePath(u"data/stallpay.sqlite"_s), &error))
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(QString::fromUtf8(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        write(u"seller.ini"_s,
              "[seller]\nname=Bigårdens honung AB\norg_number=556677-8899\n"
              "vat_number=SE556677889901\nstreet=Storgatan 1\nzip=27139\ncity=Ystad\n"
              "bankgiro=5551239\nf_skatt=true\n");
    }

    void goodRowsAreInvoicedBadOnesNamedAndARerunMakesNothingTwice()
    {
        // Semicolons, a BOM, decimal commas; two good invoices (one of two lines), two bad ones.
        const QByteArray csv =
            "\xEF\xBB\xBFreference;buyer_name;buyer_street;buyer_zip;buyer_city;buyer_email;buyer_phone;"
            "buyer_org_number;description;quantity;unit_price;vat_rate;delivery_date\n"
            "A-1;Kafé Sjöbris AB;Hamngatan 4;27140;Ystad;kafe@example.se;;559123-4561;Honung 500 g;3;89,00;6;"
            "2026-11-20\n"
            "A-1;Kafé Sjöbris AB;Hamngatan 4;27140;Ystad;kafe@example.se;;559123-4561;Bivaxljus;2;124.50;25;"
            "2026-11-20\n"
            "B-2;Skolan i Ystad;Skolgatan 2;271 41;Ystad;;;;Honungsprovning;1;1500,00;0;2026-11-21\n"
            "C-3;Anna Berg;Ågatan 3;27142;Ystad;;;;Ljus;1;tolv;25;2026-11-21\n"
            "D-4;Nils Ek;;27143;Ystad;;;;Honung;1;89,00;7;2026-13-01\n";
        const QString file = write(u"batch.csv"_s, csv);
        const Run first = run(QStringList {u"--csv"_s, file} + common());
        QCOMPARE(first.exitCode, 1); // some rows were bad
        QVERIFY2(first.err.contains(u"line 5, unit_price: \"tolv\" is not a price"_s), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"line 6, buyer_street"_s), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"line 6, vat_rate: \"7\""_s), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"line 6, delivery_date"_s), qPrintable(first.err));
        QCOMPARE(first.out.size(), 2);
        QStringList a = first.out.at(0).split(u'\t'), b = first.out.at(1).split(u'\t');
        QCOMPARE(a.size(), 4);
        QCOMPARE(a.at(0), u"A-1"_s);
        QCOMPARE(b.at(0), u"B-2"_s);
        QCOMPARE(b.at(1).toLongLong(), a.at(1).toLongLong() + 1); // one gapless series
        QCOMPARE(a.at(2), QDir(m_dir.filePath(u"pdf"_s)).absoluteFilePath(a.at(1) + u".pdf"_s));
        QVERIFY2(a.at(3).startsWith(m_sandbox.baseUrl().toString()), qPrintable(first.out.join(u'\n')));

        // The PDF: the buyer, the lines to the öre, the total, and its QR is the link.
        const QString text = PdfReader::layoutText(a.at(2));
        QVERIFY2(text.contains(u"Kafé Sjöbris AB"_s), qPrintable(text));
        QVERIFY(text.contains(u"Fakturanr %1"_s.arg(a.at(1))));
        QVERIFY(text.contains(u"Leveransdatum: 2026-11-20"_s));
        QVERIFY(text.contains(u"Bankgiro: 555-1239"_s));
        QVERIFY(text.contains(u"516,00"_s)); // 3 × 89,00 + 2 × 124,50
        const QString png = m_dir.filePath(u"a.png"_s);
        QVERIFY(PdfReader::renderPng(a.at(2), png, 300).isEmpty());
        QCOMPARE(PdfReader::decodeQr(png), a.at(3));

        // Again: the same invoices, nothing new.
        const Run second = run(QStringList {u"--csv"_s, file} + common());
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(second.out, first.out);
        QVERIFY(second.err.contains(u"invoiced before"_s));
        QCOMPARE(count("SELECT COUNT(*) FROM sales"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM invoices"), 2);
    }

    void sendGivesEachNewInvoicesLinkToPing()
    {
        const QString file = write(u"send.csv"_s,
                                   "reference,buyer_name,buyer_street,buyer_zip,buyer_city,buyer_email,"
                                   "description,quantity,unit_price,vat_rate,delivery_date\n"
                                   "S-1,Anna Berg,Ågatan 3,27142,Ystad,anna@example.se,Ljus,2,45.00,25,"
                                   "2026-11-21\n");
        const Run r = run(QStringList {u"--csv"_s, file, u"--send"_s} + common());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), 1);
        const QString url = r.out.first().split(u'\t').at(3);
        bool sent = false;
        for (const QJsonValue &link : SandboxCheck::links(m_sandbox)) {
            if (link[u"checkout_url"_s].toString() == url)
                sent = link[u"distributed_by_email"_s].toBool();
        }
        QVERIFY2(sent, qPrintable(url + u"\n"_s + r.err));
    }

    void missingSellerDetailsStopTheRun()
    {
        const QString seller = write(u"partial.ini"_s, "[seller]\nname=Bigårdens honung AB\ncity=Ystad\n");
        const QString file = write(u"one.csv"_s,
                                   "reference,buyer_name,buyer_street,buyer_zip,buyer_city,"
                                   "description,quantity,unit_price,vat_rate,delivery_date\n"
                                   "X-9,Anna Berg,Ågatan 3,27142,Ystad,Ljus,1,45.00,25,2026-11-21\n");
        QStringList args = QStringList {u"--csv"_s, file} + common();
        args.last() = seller;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"street, postcode, organisation number, VAT number"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceCli)
#include "tst_invoicecli.moc"
