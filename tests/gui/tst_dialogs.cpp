#include "dialogs/dialogs.h"
#include "modaldialog.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Answers nothing: the seam's stand-in for the check that install() swaps the dialogs.
class Silent : public Dialogs
{
public:
    QString saveFileName(QWidget *, const File &) override { return u"silent"_s; }
    QString openFileName(QWidget *, const File &) override { return {}; }
    void ask(QWidget *, const Question &, std::function<void(bool)>) override { }
};
} // namespace

// The real side of the dialog seam: QtDialogs asks with Qt's own dialogs what the screens ask it,
// with their titles, suggestions and buttons. The one test that types into Qt's file dialog;
// the screens' tests answer through the seam instead.
class TestDialogs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QtDialogs m_qt;

private slots:
    void qtsDialogsUnlessATestInstalledOthers()
    {
        QVERIFY(dynamic_cast<QtDialogs *>(&Dialogs::current()));
        Silent silent;
        Dialogs::install(&silent);
        QCOMPARE(Dialogs::current().saveFileName(nullptr, {}), u"silent"_s);
        Dialogs::install(nullptr);
        QVERIFY(dynamic_cast<QtDialogs *>(&Dialogs::current()));
    }

    void saveSuggestsTheNameAndAddsTheSuffix()
    {
        const QString suggested = m_dir.filePath(u"Kvitto 12.pdf"_s);
        QString title;
        QString shownName;
        QString shownFolder;
        whenDialogOpens<QFileDialog>([&](QFileDialog *dialog) {
            title = dialog->windowTitle();
            shownFolder = dialog->directory().absolutePath();
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            if (!name) {
                dialog->reject();
                return;
            }
            shownName = name->text();
            name->selectAll();
            QTest::keyClicks(name, u"kopia"_s);
            QTest::keyClick(dialog->windowHandle(), Qt::Key_Return);
        });
        const QString chosen =
            m_qt.saveFileName(nullptr, {u"Save receipt"_s, suggested, u"PDF files (*.pdf)"_s, u"pdf"_s});
        QCOMPARE(title, u"Save receipt"_s);
        QCOMPARE(shownName, u"Kvitto 12.pdf"_s);
        QCOMPARE(shownFolder, QDir(m_dir.path()).absolutePath());
        QCOMPARE(chosen, m_dir.filePath(u"kopia.pdf"_s));
    }

    void cancelledIsEmpty()
    {
        whenDialogOpens<QFileDialog>([](QFileDialog *dialog) { dialog->reject(); });
        QCOMPARE(m_qt.saveFileName(nullptr, {u"Export"_s, m_dir.path(), u"CSV files (*.csv)"_s, u"csv"_s}), QString());
    }

    void openChoosesAnExistingFile()
    {
        const QString existing = m_dir.filePath(u"products.csv"_s);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name;price\n");
        f.close();
        bool onlyExisting = false;
        whenDialogOpens<QFileDialog>([&](QFileDialog *dialog) {
            onlyExisting = dialog->fileMode() == QFileDialog::ExistingFile;
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
            if (!name) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(name, u"products.csv"_s);
            QTest::keyClick(dialog->windowHandle(), Qt::Key_Return);
        });
        QCOMPARE(m_qt.openFileName(nullptr, {u"Import products"_s, m_dir.path(), u"CSV files (*.csv)"_s, {}}),
                 existing);
        QVERIFY(onlyExisting);
    }

    void askSaysWhichButtonWasChosen_data()
    {
        QTest::addColumn<bool>("yes");
        QTest::newRow("yes") << true;
        QTest::newRow("no") << false;
    }

    void askSaysWhichButtonWasChosen()
    {
        QFETCH(bool, yes);
        QWidget parent;
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        int answers = 0;
        bool answer = !yes;
        m_qt.ask(&parent, {u"closeQuestion"_s, u"Close?"_s, u"2 actions wait."_s, u"&Close anyway"_s, u"&Keep open"_s},
                 [&](bool y) {
                     ++answers;
                     answer = y;
                 });
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = parent.findChild<QMessageBox *>(u"closeQuestion"_s)) && box->isVisible());
        QCOMPARE(box->windowTitle(), u"Close?"_s);
        QCOMPARE(box->text(), u"2 actions wait."_s);
        QStringList texts;
        QAbstractButton *chosen = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            texts.append(b->text());
            if (b->text() == (yes ? u"&Close anyway"_s : u"&Keep open"_s))
                chosen = b;
        }
        QCOMPARE(texts.size(), 2);
        QVERIFY2(chosen, qPrintable(texts.join(u", "_s)));
        QCOMPARE(box->defaultButton()->text(), u"&Close anyway"_s);
        QCOMPARE(answers, 0); // asked, not answered: ask() returned at once
        QTest::mouseClick(chosen, Qt::LeftButton);
        QTRY_COMPARE(answers, 1);
        QCOMPARE(answer, yes);
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
