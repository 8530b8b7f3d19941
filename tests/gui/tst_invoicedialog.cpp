#include "clock/clock.h"
#include "guitill.h"
#include "history/salehistory.h"
#include "invoice/invoicedialog.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "screenshot.h"
#include "sell/sellview.h"
#include "settings/appsettings.h"
#include "till/till.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using Field = BuyerCheck::Field;

// Invoicing from the cart as a seller does it, in English: "Invoice customer", the buyer's form with
// bad input said next to its field and nothing typed lost, the invoice issued, handed to the mail
// program with the PDF attached (a stand-in for xdg-email records the command) and saved as PDF
// where the file dialog says; the PDF is read back, its QR decoded, and the timeline tells each step.
class TestInvoiceDialog : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;

    // Types as a keyboard does, also the letters QTest has no key for (é, ö).
    static void type(QWidget *field, const QString &text)
    {
        for (QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(field, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error), qPrintable(error));
        AppSettings &settings = m_gui.till().settings();
        LinkSupplier supplier;
        supplier.name = u"Bigårdens honung AB"_s;
        supplier.organizationNumber = u"556677-8899"_s;
        supplier.zip = u"271 39"_s;
        supplier.city = u"Ystad"_s;
        settings.setSupplier(supplier);
        settings.setVatNumber(u"SE556677889901"_s);
        settings.setSupplierStreet(u"Storgatan 1"_s);
        settings.setBankgiro(u"555-1239"_s);
        settings.setFSkatt(true);
        settings.sync();
        QVERIFY2(m_gui.connect(&error), qPrintable(error));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
        // The mail program's stand-in: it writes the command line it was given, one argument a line.
        const QString script = m_gui.path(u"xdg-email"_s);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("#!/bin/sh\nprintf '%s\\n' \"$@\" > '") + m_gui.path(u"mail.txt"_s).toUtf8() + "'\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("STALLPAY_XDG_EMAIL", script.toUtf8());
    }

    void invoiceFromTheCart()
    {
        Cart &cart = m_gui.till().cart();
        cart.addAmount(u"Honung 500 g"_s, Money::fromOre(8900), VatClass::Food);
        cart.setQuantity(0, 4);
        cart.addAmount(u"Bivaxljus"_s, Money::fromOre(12450), VatClass::Standard);
        auto *sell = m_gui.window()->findChild<SellView *>();
        QVERIFY(sell);
        QVERIFY(sell->invoiceButton()->isEnabled());
        QTest::mouseClick(sell->invoiceButton(), Qt::LeftButton);
        QPointer<InvoiceDialog> dialog;
        QTRY_VERIFY((dialog = m_gui.window()->findChild<InvoiceDialog *>()));
        QVERIFY(cart.isEmpty()); // rung up as a sale
        const QList<SaleRow> newest = SaleHistory(m_gui.till().database())
                                          .page(SaleFilter {}, SaleSortKey::Number, Qt::DescendingOrder, nullptr, 1);
        QVERIFY(!newest.isEmpty());
        const qint64 saleId = newest.first().id;

        // Bad input: each complaint under its field, the text as typed.
        QTest::keyClicks(dialog->field(Field::Zip), u"2714"_s);
        QTest::keyClicks(dialog->field(Field::OrgNumber), u"559123-4567"_s);
        QTest::mouseClick(dialog->issueButton(), Qt::LeftButton);
        QVERIFY(dialog->fieldError(Field::Name)->isVisible());
        QVERIFY2(dialog->fieldError(Field::Zip)->text().contains(u"five digits"_s),
                 qPrintable(dialog->fieldError(Field::Zip)->text()));
        QVERIFY(dialog->fieldError(Field::OrgNumber)->isVisible());
        QVERIFY(!dialog->fieldError(Field::City)->text().isEmpty());
        QCOMPARE(dialog->field(Field::Zip)->text(), u"2714"_s);
        QCOMPARE(dialog->field(Field::OrgNumber)->text(), u"559123-4567"_s);
        QCOMPARE(m_gui.till().sales().queries().invoices(saleId).size(), 0);
        screenshot(dialog, "invoice-dialog-errors-en");

        // Put right; typing clears a complaint.
        type(dialog->field(Field::Name), u"Kafé Sjöbris AB"_s);
        QVERIFY(!dialog->fieldError(Field::Name)->isVisible());
        QTest::keyClicks(dialog->field(Field::Street), u"Hamngatan 4"_s);
        QTest::keyClicks(dialog->field(Field::Zip), u"0"_s);
        QTest::keyClicks(dialog->field(Field::City), u"Ystad"_s);
        dialog->field(Field::OrgNumber)->clear();
        QTest::keyClicks(dialog->field(Field::OrgNumber), u"559123-4561"_s);
        QTest::keyClicks(dialog->field(Field::Email), u"kafe@example.se"_s);
        dialog->termsField()->setValue(15);
        dialog->languageField()->setCurrentIndex(1); // English
        QTest::mouseClick(dialog->issueButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->invoiceId() != 0);
        Invoice inv;
        QVERIFY(m_gui.till().sales().queries().loadInvoice(dialog->invoiceId(), &inv));
        QCOMPARE(inv.dueDate, m_gui.till().clock().today().addDays(15));
        QVERIFY(dialog->message()->text().contains(u"Invoice %1 issued"_s.arg(inv.number)));
        QVERIFY(dialog->field(Field::Name)->isReadOnly());
        Sale sale;
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.till().sales().queries().load(saleId, &sale) && sale.state == SaleState::LinkReady, 15000);
        screenshot(dialog, "invoice-dialog-en");

        // E-mail: the mail program gets the address and the PDF attached.
        QTest::mouseClick(dialog->emailButton(), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(m_gui.path(u"mail.txt"_s)));
        QFile mail(m_gui.path(u"mail.txt"_s));
        QVERIFY(mail.open(QIODevice::ReadOnly));
        const QStringList args = QString::fromUtf8(mail.readAll()).split(u'\n');
        const qsizetype attach = args.indexOf(u"--attach"_s);
        QVERIFY2(attach >= 0, qPrintable(args.join(u' ')));
        QVERIFY(args.contains(u"kafe@example.se"_s));
        const QString attached = args.at(attach + 1);
        QVERIFY(PdfReader::layoutText(attached).contains(u"Invoice no. %1"_s.arg(inv.number)));

        // Save as PDF to the file chosen in the file dialog, and read it back.
        const QString path = m_gui.path(u"saved-invoice.pdf"_s);
        m_gui.dialogs().chooseFile(path);
        QTest::mouseClick(dialog->savePdfButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 15000);
        m_gui.till().sales().queries().load(saleId, &sale);
        const QString text = PdfReader::layoutText(path);
        for (const QString &s :
             {u"Invoice no. %1"_s.arg(inv.number), u"Kafé Sjöbris AB"_s, u"271 40 Ystad"_s, u"Org. no. 559123-4561"_s,
              u"OCR reference: %1"_s.arg(inv.ocr),
              u"Amount to pay: %1 SEK"_s.arg(sale.total.formatPlain(QLocale(QLocale::English, QLocale::UnitedKingdom))),
              u"Bankgiro: 555-1239"_s, u"Approved for F-tax"_s})
            QVERIFY2(text.simplified().contains(s), qPrintable(s + u"\n"_s + text));
        const QString png = m_gui.path(u"saved.png"_s);
        QVERIFY(PdfReader::renderPng(path, png, 300).isEmpty());
        QCOMPARE(PdfReader::decodeQr(png), sale.checkoutUrl);

        // The timeline tells it.
        QStringList details;
        for (const SaleEvent &e : m_gui.till().sales().queries().timeline(saleId))
            details.append(e.detail);
        QVERIFY2(details.contains(u"invoice %1 e-mailed"_s.arg(inv.number)), qPrintable(details.join(u'\n')));
        QVERIFY(details.contains(u"invoice %1 saved as PDF"_s.arg(inv.number)));
        dialog->close();
    }
};

QTEST_MAIN(TestInvoiceDialog)
#include "tst_invoicedialog.moc"
