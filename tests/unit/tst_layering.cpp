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
};

QTEST_APPLESS_MAIN(TestLayering)
#include "tst_layering.moc"
