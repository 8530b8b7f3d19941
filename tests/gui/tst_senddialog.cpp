#include "guitill.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "sales/saledetailview.h"
#include "sales/salesview.h"
#include "send/senddialog.h"
#include "till/till.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// Sending a payment link by SMS as a seller does it: a wrong number first, then the right one,
// against the embedded Ping sandbox, until the delivery status shows on the sale.
class TestSendDialog : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;

    int distributeJobs(qint64 saleId) const
    {
        int count = 0;
        for (const OutboxJob &job : m_gui.till().sales().queries().openJobs())
            count += job.saleId == saleId && job.kind == OutboxJob::Kind::Distribute ? 1 : 0;
        return count;
    }
    qint64 charge()
    {
        QTest::keyClick(m_gui.window(), Qt::Key_F1);
        m_gui.till().cart().addAmount(u"Fri summa"_s, Money::fromKronor(150), VatClass::Standard);
        QTest::keyClick(m_gui.window(), Qt::Key_F12);
        return m_gui.window()->paymentView()->saleId();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error), qPrintable(error));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
        QVERIFY2(m_gui.connect(&error), qPrintable(error));
    }

    void badNumberThenGoodNumberFromTheQrView()
    {
        const qint64 saleId = charge();
        QVERIFY(saleId != 0);
        PaymentView *payment = m_gui.window()->paymentView();
        QVERIFY(payment->isVisible());
        QTest::keyClick(payment, Qt::Key_S, Qt::AltModifier); // "&Send link…"
        SendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_gui.window()->findChild<SendDialog *>()));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->saleId(), saleId);
        // Focus reaches the dialog's first field once its window is the focus window, not when it is
        // shown: on a loaded machine the two are apart.
        QTRY_COMPARE(QGuiApplication::focusWindow(), dialog->windowHandle());
        QCOMPARE(QApplication::focusWidget(), dialog->phoneField());

        // A landline: refused under the field, the text stays, nothing is queued.
        QTest::keyClicks(dialog->phoneField(), u"08-123 456 78"_s);
        QTest::keyClick(dialog->phoneField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->phoneError()->isVisible());
        QVERIFY2(dialog->phoneError()->text().contains(u"not a mobile"_s), qPrintable(dialog->phoneError()->text()));
        // The dialog grew for it: the message whole, every field its full height.
        const auto fits = [dialog] {
            QLabel *error = dialog->phoneError();
            if (error->height() < error->heightForWidth(error->width()))
                return false;
            for (QLineEdit *field : dialog->findChildren<QLineEdit *>()) {
                if (field->isVisible() && field->height() < field->minimumSizeHint().height())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(fits());
        QCOMPARE(dialog->phoneField()->text(), u"08-123 456 78"_s);
        QCOMPARE(distributeJobs(saleId), 0);

        // A bad postcode is pointed at too, and the phone error goes when the number is retyped.
        QTest::keyClicks(dialog->nameField(), u"Astrid Berg"_s);
        QTest::keyClicks(dialog->zipField(), u"1234"_s);
        dialog->phoneField()->selectAll();
        QTest::keyClicks(dialog->phoneField(), u"070-123 45 67"_s);
        QVERIFY(!dialog->phoneError()->isVisible());
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->zipError()->isVisible());
        QCOMPARE(QApplication::focusWidget(), dialog->zipField());
        QCOMPARE(distributeJobs(saleId), 0);

        QCOMPARE(dialog->zipField()->selectedText(), u"1234"_s); // kept, and selected for retyping
        QTest::keyClicks(dialog->zipField(), u"12345"_s);
        QPointer<SendDialog> guard(dialog);
        QTest::keyClick(dialog->zipField(), Qt::Key_Return);
        QTRY_VERIFY(guard.isNull()); // sent, closed and deleted
        SaleContact contact;
        QVERIFY(m_gui.till().sales().payer().contact(saleId, &contact));
        QCOMPARE(contact.phone, u"+46701234567"_s);
        QCOMPARE(contact.name, u"Astrid Berg"_s);
        QCOMPARE(contact.zip, u"123 45"_s);

        // The sandbox "sends" the SMS; its status comes back onto the sale and into its detail.
        Sale sale;
        QTRY_VERIFY_WITH_TIMEOUT(m_gui.till().sales().queries().load(saleId, &sale) && !sale.smsStatus.isNone(), 20000);
        m_gui.window()->showSales();
        m_gui.window()->salesView()->showSale(saleId);
        SaleDetailView *detail = m_gui.window()->salesView()->detail();
        QVERIFY2(detail->findChildren<QLabel *>().size() > 0, "detail has labels");
        // The status shows once the gateway took the SMS (NOT_CREATED, the first answer, shows nothing).
        const auto shown = [detail] {
            for (QLabel *label : detail->findChildren<QLabel *>()) {
                if (label->text().contains(u"SMS"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(shown(), "the SMS status is on the sale", 20000);
    }

    void sendFromTheSaleDetailPrefillsWhatIsKnown()
    {
        m_gui.window()->showSales();
        const qint64 saleId = m_gui.window()->salesView()->detail()->saleId();
        QVERIFY(saleId != 0);
        QTest::mouseClick(m_gui.window()->salesView()->detail()->sendButton(), Qt::LeftButton);
        auto *dialog = m_gui.window()->findChild<SendDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->phoneField()->text(), u"070-123 45 67"_s);
        QCOMPARE(dialog->nameField()->text(), u"Astrid Berg"_s);
        // Neither phone nor e-mail: said so, nothing sent.
        dialog->phoneField()->clear();
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(dialog->phoneError()->isVisible());
        QTest::keyClicks(dialog->emailField(), u"astrid@@example.se"_s);
        QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
        QVERIFY(dialog->emailError()->isVisible());
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestSendDialog)
#include "tst_senddialog.moc"
