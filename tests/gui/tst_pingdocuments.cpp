#include "httpclient.h"
#include "i18n/language.h"
#include "invoice/pingdocumentsdialog.h"
#include "mainwindow.h"
#include "modaldialog.h"
#include "pdfreader.h"
#include "ping/pingclient.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "screenshot.h"
#include "settings/appsettings.h"
#include "sync/syncengine.h"
#include "till/till.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = PingDocument::Kind;

// Ping's own invoice and receipt as the seller gets them, in English, against the built-in sandbox:
// "Ping documents…" in the sale's detail, "Get Ping invoice" while the link waits, the PDF cached in
// the data folder and read back, printed through `lp` (a stand-in records the command) and saved
// through the file dialog; after payment the same with "Get Ping receipt". The timeline tells it.
class TestPingDocuments : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Till> m_till;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_sale = 0;

    Sale load(qint64 id) const
    {
        Sale sale;
        m_till->sales().queries().load(id, &sale);
        return sale;
    }
    QStringList timeline() const
    {
        QStringList details;
        for (const SaleEvent &e : m_till->sales().queries().timeline(m_sale))
            details.append(e.detail);
        return details;
    }
    PingDocumentsDialog *openDialog()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        SaleDetailView *detail = m_window->salesView()->detail();
        detail->showSale(m_sale);
        if (!QTest::qWaitFor([&] { return detail->pingDocumentsButton()->isEnabled(); }))
            return nullptr;
        QTest::mouseClick(detail->pingDocumentsButton(), Qt::LeftButton);
        PingDocumentsDialog *dialog = nullptr;
        const bool open = QTest::qWaitFor(
            [&] { return (dialog = detail->findChild<PingDocumentsDialog *>()) && dialog->isVisible(); });
        return open ? dialog : nullptr;
    }
    // Saves the document through the file dialog as NAME in the test's folder; the path written.
    QString saveThroughDialog(QPushButton *save, const QString &name)
    {
        const QString target = m_dir.filePath(name);
        whenDialogOpens<QFileDialog>([target](QFileDialog *files) {
            auto *field = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
            if (!field) {
                files->reject();
                return;
            }
            field->selectAll();
            QTest::keyClicks(field, target);
            QTest::keyClick(files->windowHandle(), Qt::Key_Return);
        });
        QTest::mouseClick(save, Qt::LeftButton);
        return QTest::qWaitFor([&] { return QFile::exists(target); }, 15000) ? target : QString();
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        m_till = std::make_unique<Till>();
        Till::Options options;
        options.dataDir = m_dir.filePath(u"data"_s);
        QString error;
        QVERIFY2(m_till->open(options, &error), qPrintable(error));
        QSignalSpy ready(m_till.get(), &Till::apiReady);
        m_till->connectApi();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        Cart &cart = m_till->cart();
        cart.addAmount(u"Ullvantar"_s, Money::fromOre(24900), VatClass::Standard);
        cart.addAmount(u"Honung 500 g"_s, Money::fromOre(8950), VatClass::Food);
        m_sale = m_till->sales().commands().commit(cart, &error);
        cart.startNew();
        QVERIFY2(m_sale, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(load(m_sale).state == SaleState::LinkReady, 15000);
        // The print system's stand-in: it writes the command line it was given, one argument a line.
        const QString script = m_dir.filePath(u"lp"_s);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("#!/bin/sh\nprintf '%s\\n' \"$@\" > '") + m_dir.filePath(u"lp.txt"_s).toUtf8() + "'\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("STALLPAY_LP", script.toUtf8());
        m_till->settings().setDocumentPrinter(u"Kontoret"_s);
        m_window = std::make_unique<MainWindow>(*m_till);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void pingInvoiceWhileTheLinkWaits()
    {
        PingDocumentsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->requestButton(Kind::Invoice)->isEnabled());
        QVERIFY(!dialog->requestButton(Kind::Receipt)->isEnabled()); // not paid yet
        QVERIFY(!dialog->showButton(Kind::Invoice)->isEnabled());
        QTest::mouseClick(dialog->requestButton(Kind::Invoice), Qt::LeftButton);
        QVERIFY(!dialog->requestButton(Kind::Invoice)->isEnabled()); // once
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->cachedFile(Kind::Invoice).isEmpty(), 15000);
        QTRY_VERIFY(dialog->printButton(Kind::Invoice)->isEnabled());
        const QString cached = dialog->cachedFile(Kind::Invoice);
        QVERIFY2(cached.startsWith(m_till->dataDir()), qPrintable(cached));
        const QList<PingDocument> docs = m_till->sales().queries().pingDocuments(m_sale);
        QCOMPARE(docs.size(), 1);
        const QString reference = docs.first().reference;
        QVERIFY(!reference.isEmpty());
        QVERIFY2(dialog->statusLabel(Kind::Invoice)->text().contains(reference),
                 qPrintable(dialog->statusLabel(Kind::Invoice)->text()));
        const QString text = PdfReader::layoutText(cached);
        QVERIFY2(text.contains(reference), qPrintable(text));
        QVERIFY(text.contains(load(m_sale).paymentLinkId));
        screenshot(dialog, "ping-documents-en");
        if (const QString dir = qEnvironmentVariable("STALLPAY_SCREENSHOT_DIR"); !dir.isEmpty())
            PdfReader::renderPng(cached, dir + u"/ping-invoice-sv.png"_s, 80); // docs/screenshots

        // Printed on the document printer of the settings, through lp.
        QTest::mouseClick(dialog->printButton(Kind::Invoice), Qt::LeftButton);
        QFile lp(m_dir.filePath(u"lp.txt"_s));
        QTRY_VERIFY(lp.exists());
        QVERIFY(lp.open(QIODevice::ReadOnly));
        const QStringList args = QString::fromUtf8(lp.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(args,
                 (QStringList {u"-d"_s, u"Kontoret"_s, u"-t"_s, u"Ping invoice %1"_s.arg(load(m_sale).number), u"--"_s,
                               cached}));
        QVERIFY2(dialog->message()->text().contains(u"Kontoret"_s), qPrintable(dialog->message()->text()));

        // Saved where the seller says: the same bytes.
        const QString saved = saveThroughDialog(dialog->saveButton(Kind::Invoice), u"ping-invoice.pdf"_s);
        QVERIFY(!saved.isEmpty());
        QFile a(saved), b(cached);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        const QStringList details = timeline();
        QVERIFY(details.contains(u"ping invoice requested"_s));
        QVERIFY(details.contains(u"ping invoice fetched, reference %1"_s.arg(reference)));
        QVERIFY(details.contains(u"ping invoice printed"_s));
        QVERIFY(details.contains(u"ping invoice saved as PDF"_s));
        dialog->close();
    }

    void pingReceiptOncePaid()
    {
        QUrl pay = m_till->client().config().paymentsBase;
        pay.setPath(u"/_sandbox/payment_links/%1/pay"_s.arg(load(m_sale).paymentLinkId));
        QCOMPARE(httpRequest("POST", pay, "{}", {{"Content-Type", "application/json"}}).status, 200);
        m_till->sync().pollSale(m_sale);
        QTRY_VERIFY_WITH_TIMEOUT(load(m_sale).state == SaleState::Paid, 15000);
        PingDocumentsDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->requestButton(Kind::Invoice)->isEnabled());
        QVERIFY(dialog->showButton(Kind::Invoice)->isEnabled()); // the invoice stays cached
        QTRY_VERIFY(dialog->requestButton(Kind::Receipt)->isEnabled());
        QTest::mouseClick(dialog->requestButton(Kind::Receipt), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->cachedFile(Kind::Receipt).isEmpty(), 15000);
        const QString text = PdfReader::layoutText(dialog->cachedFile(Kind::Receipt));
        QVERIFY2(text.contains(load(m_sale).paymentLinkId), qPrintable(text));
        QTRY_VERIFY(dialog->saveButton(Kind::Receipt)->isEnabled());
        QVERIFY(!saveThroughDialog(dialog->saveButton(Kind::Receipt), u"ping-receipt.pdf"_s).isEmpty());
        QVERIFY(timeline().contains(u"ping receipt fetched"_s));
        QVERIFY(timeline().contains(u"ping receipt saved as PDF"_s));
        dialog->close();
    }
};

QTEST_MAIN(TestPingDocuments)
#include "tst_pingdocuments.moc"
