#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

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
    // The Ping sandbox is a product of its own: the till embeds it for demo mode, its own main and
    // tests use it, nothing else — the app must not come to depend on an emulator's internals.
    void sandboxIsUsedOnlyByTheTill()
    {
        static const QRegularExpression sandboxInclude(u"#\\s*include\\s*[<\"]sandbox/"_s);
        static const QRegularExpression sandboxLink(u"\\bstallpay_sandbox\\b"_s);
        const QString root = QStringLiteral(STALLPAY_SOURCE_DIR);
        // Besides the till: the sandbox's own tests, and its fuzz targets (its request parsing).
        const QStringList allowed = {u"/app/sandbox/"_s, u"/app/till/"_s, u"/tests/integration/sandbox/"_s,
                                     u"/tests/fuzz/"_s};
        const auto isAllowed = [&](const QString &path) {
            return std::any_of(allowed.begin(), allowed.end(),
                               [&](const QString &dir) { return path.startsWith(root + dir); });
        };
        QStringList offenders;
        int sources = 0;
        for (const QString &top : {u"/app"_s, u"/ui"_s, u"/tests"_s}) {
            QDirIterator it(root + top, {u"*.h"_s, u"*.cpp"_s, u"CMakeLists.txt"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++sources;
                const QString text = QString::fromUtf8(f.readAll());
                const bool isCMake = f.fileName().endsWith(u"CMakeLists.txt"_s);
                if (!isAllowed(f.fileName()) && (isCMake ? sandboxLink : sandboxInclude).match(text).hasMatch())
                    offenders.append(f.fileName().mid(root.size() + 1));
            }
        }
        QVERIFY(sources > 100);
        QVERIFY2(offenders.isEmpty(), qPrintable(u"use the sandbox: "_s + offenders.join(u", "_s)));

        // The till links it PRIVATE, so its headers do not leak into every target that links the till.
        QFile till(root + u"/app/till/CMakeLists.txt"_s);
        QVERIFY(till.open(QIODevice::ReadOnly));
        static const QRegularExpression privateLink(u"PRIVATE[^)]*\\bstallpay_sandbox\\b"_s);
        QVERIFY2(privateLink.match(QString::fromUtf8(till.readAll())).hasMatch(),
                 "app/till must link stallpay_sandbox PRIVATE");
    }

    // Its names live in one namespace, so "PaymentFlow" or "SandboxStore" cannot clash with the app's.
    void sandboxHasItsOwnNamespace()
    {
        QDirIterator it(QStringLiteral(STALLPAY_SOURCE_DIR "/app/sandbox"), {u"*.h"_s}, QDir::Files);
        QStringList outside;
        int headers = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++headers;
            if (!QString::fromUtf8(f.readAll()).contains(u"\nnamespace Sandbox {\n"_s))
                outside.append(f.fileName());
        }
        QVERIFY(headers > 20);
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u", "_s)));
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
