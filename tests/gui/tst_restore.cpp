#include "answeringdialogs.h"
#include "catalog/catalogrepository.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saleshistorymodel.h"
#include "sales/salesview.h"
#include "settings/appsettings.h"
#include "settings/backupsettings.h"
#include "settings/settingsview.h"
#include "store/database.h"
#include "store/databasebackups.h"
#include "till/till.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// Restore from Settings, as a seller does it: three sales, a backup, two more sales, then the
// backup chosen in Settings → Backups and confirmed. At the next start the till shows the three
// sales of the copy, the file it replaced is kept, and the next sale is numbered after the five
// already on receipts, never again 4.
class TestRestore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    AnsweringDialogs m_dialogs;
    std::unique_ptr<Till> m_till;
    std::unique_ptr<MainWindow> m_window;

    bool start(QString *error,
               const QString &folder = {},
               qint64 deepCheckAtOpenBytes = Till::Options().deepCheckAtOpenBytes)
    {
        m_till = std::make_unique<Till>();
        Till::Options options;
        options.dataDir = folder.isEmpty() ? m_dir.path() : m_dir.filePath(folder);
        options.deepCheckAtOpenBytes = deepCheckAtOpenBytes;
        if (!m_till->open(options, error))
            return false;
        m_window = std::make_unique<MainWindow>(*m_till);
        m_window->show();
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }
    void quit() // as main() does when the till asks to restart
    {
        m_window.reset();
        m_till.reset();
    }
    qint64 sell(QString *error)
    {
        m_till->cart().clear();
        m_till->cart().addProduct(m_till->catalog().products().constFirst());
        return m_till->sales().commands().commit(m_till->cart(), error);
    }
    qint64 numberOf(qint64 id) const
    {
        Sale sale;
        return m_till->sales().queries().load(id, &sale) ? sale.number : -1;
    }
    int salesShown()
    {
        m_window->showSales();
        SalesView *view = m_window->salesView();
        QTest::qWait(0);
        return view->model()->rowCount();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Language::apply(u"en"_s);
    }

    void restoresTheCopyAndNeverReusesANumber()
    {
        QString error;
        QVERIFY2(start(&error), qPrintable(error));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(sell(&error) > 0, qPrintable(error));
        QString copy;
        QVERIFY2(m_till->backUpNow(u"manual"_s, &copy, &error), qPrintable(error));
        qint64 last = 0;
        for (int i = 0; i < 2; ++i)
            QVERIFY2((last = sell(&error)) > 0, qPrintable(error));
        QCOMPARE(numberOf(last), 5);
        QTRY_COMPARE(salesShown(), 5);

        m_window->showSettings();
        BackupSettings *backups = m_window->settingsView()->backupSettings();
        backups->load();
        QCOMPARE(backups->list()->topLevelItemCount(), 1);
        QCOMPARE(backups->list()->topLevelItem(0)->text(3), u"3"_s); // the sales in the copy
        QVERIFY(!backups->restoreButton()->isEnabled()); // nothing chosen yet
        backups->list()->setCurrentItem(backups->list()->topLevelItem(0));
        QVERIFY(backups->restoreButton()->isEnabled());

        // The question says what happens; "no" changes nothing.
        QSignalSpy restart(m_till.get(), &Till::restartRequested);
        m_dialogs.answer(false);
        QTest::mouseClick(backups->restoreButton(), Qt::LeftButton);
        QCOMPARE(m_dialogs.questionsAsked().size(), 1);
        QTest::qWait(50); // the "no" is delivered from the event loop: nothing may follow it
        const QString asked = m_dialogs.questionsAsked().constFirst().text;
        QVERIFY2(asked.contains(u"with 3 sales"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"current file is kept"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"starts again"_s), qPrintable(asked));
        QCOMPARE(restart.count(), 0);
        QVERIFY(m_till->settings().pendingRestore().isEmpty());

        m_dialogs.answer(true);
        QTest::mouseClick(backups->restoreButton(), Qt::LeftButton);
        QTRY_COMPARE(restart.count(), 1); // the answer comes from the event loop
        QCOMPARE(m_till->settings().pendingRestore(), copy);
        const QString backupFolder = m_till->backups().folder();

        quit();
        QVERIFY2(start(&error), qPrintable(error));
        QTRY_COMPARE(salesShown(), 3);
        QVERIFY(m_till->settings().pendingRestore().isEmpty()); // once
        const QStringList replaced = QDir(backupFolder).entryList({u"replaced-*.sqlite"_s}, QDir::Files);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(DatabaseBackups::salesIn(QDir(backupFolder).filePath(replaced.constFirst())), 5);
        // Sales 4 and 5 are on receipts already: the next sale is 6.
        const qint64 next = sell(&error);
        QVERIFY2(next > 0, qPrintable(error));
        QCOMPARE(numberOf(next), 6);
        QTRY_COMPARE(salesShown(), 4);

        // And at the start after that, the numbering still knows it.
        quit();
        QVERIFY2(start(&error), qPrintable(error));
        QCOMPARE(numberOf(sell(&error)), 7);
    }

    // A big database is deep-checked after the start; damage found then is said at once, and the
    // newest backup offered: "restore" restarts Stallpay on it.
    void damageFoundAfterTheStartOffersTheNewestBackup()
    {
        quit(); // the last test's till
        const QString folder = u"damaged"_s;
        QString error;
        QVERIFY2(start(&error, folder, 0), qPrintable(error));
        for (int i = 0; i < 400; ++i)
            QVERIFY2(sell(&error) > 0, qPrintable(error));
        QString copy;
        QVERIFY2(m_till->backUpNow(u"manual"_s, &copy, &error), qPrintable(error));
        {
            QSqlQuery q(m_till->database().connection());
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QString db = m_till->database().connection().databaseName();
        quit();
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 pages = f.size() / 4096;
            QVERIFY(pages > 40);
            f.seek((pages / 2) * 4096);
            f.write(QByteArray(2 * 4096, '\x5a'));
        }
        const qsizetype asked = m_dialogs.questionsAsked().size();
        m_dialogs.answer(true);
        QVERIFY2(start(&error, folder, 0), qPrintable(error)); // opens at once, checked after
        QSignalSpy restart(m_till.get(), &Till::restartRequested);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialogs.questionsAsked().size(), asked + 1, 20000);
        const Dialogs::Question question = m_dialogs.questionsAsked().constLast();
        QCOMPARE(question.objectName, u"damagedQuestion"_s);
        QVERIFY2(question.text.contains(u"is damaged"_s), qPrintable(question.text));
        QVERIFY2(question.text.contains(u"damaged file is kept"_s), qPrintable(question.text));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"is damaged"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_COMPARE(restart.count(), 1);
        QCOMPARE(m_till->settings().pendingRestore(), copy);
        quit();
        QVERIFY2(start(&error, folder), qPrintable(error));
        QVERIFY(m_till->database().integrityOk());
        QCOMPARE(numberOf(sell(&error)), 401); // after the copy's 400, as it was the newest
    }
};

QTEST_MAIN(TestRestore)
#include "tst_restore.moc"
