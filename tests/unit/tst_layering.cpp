#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// app/ is the core: it must build without Qt Widgets, so a headless or web front end stays possible.
class TestLayering : public QObject
{
    Q_OBJECT
private slots:
    void coreIncludesNoWidgets()
    {
        static const QRegularExpression widgetInclude(
            u"#\\s*include\\s*[<\"](QtWidgets/|QApplication|QWidget|QMainWindow|QDialog|QMessageBox|QPushButton|QLabel)"_s);
        QDirIterator it(QStringLiteral(STALLPAY_SOURCE_DIR "/app"), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        QStringList offenders;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            if (widgetInclude.match(QString::fromUtf8(f.readAll())).hasMatch())
                offenders.append(f.fileName());
        }
        QVERIFY(files > 10);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
    }

    void uiTalksNeitherSqlNorHttp()
    {
        static const QRegularExpression forbidden(u"#\\s*include\\s*[<\"](QSql|QNetworkAccessManager|QNetworkReply)"_s);
        QDirIterator it(QStringLiteral(STALLPAY_SOURCE_DIR "/ui"), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList offenders;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            if (forbidden.match(QString::fromUtf8(f.readAll())).hasMatch())
                offenders.append(f.fileName());
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
    }

    void syncKnowsNoPingDetails()
    {
        // The provider seam: app/sync and app/provider talk to a payment service through
        // PaymentProvider only; Ping's headers, JSON keys and status words stay in app/ping.
        static const QRegularExpression forbidden(
            u"#\\s*include\\s*[<\"]ping/|\"(payment_order_id|payment_link_id|checkout_url|sms_status"
            "|metadata|status|CREATED|COMPLETED|EXPIRED|CANCELLED|PENDING|DECLINED|OPEN|CLOSED|DELIVERED?|NOT_CREATED)\""_s);
        QStringList offenders;
        int files = 0;
        for (const char *folder : {"/app/sync", "/app/provider"}) {
            QDirIterator it(QStringLiteral(STALLPAY_SOURCE_DIR) + QLatin1StringView(folder), {u"*.h"_s, u"*.cpp"_s},
                            QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                const QRegularExpressionMatch m = forbidden.match(QString::fromUtf8(f.readAll()));
                if (m.hasMatch())
                    offenders.append(f.fileName() + u": "_s + m.captured(0));
            }
        }
        QVERIFY(files > 10);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
    }
};

QTEST_APPLESS_MAIN(TestLayering)
#include "tst_layering.moc"
