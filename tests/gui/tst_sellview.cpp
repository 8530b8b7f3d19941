#include "catalog/catalogrepository.h"
#include "clock/clock.h"
#include "guitill.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "payment/paymentview.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "screenshot.h"
#include "sell/amountpad.h"
#include "sell/cartmodel.h"
#include "sell/quickkeys.h"
#include "sell/sellview.h"
#include "style/theme.h"
#include "till/till.h"

#include <QFontInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Ringing up as a seller does: quick keys by mouse and Alt+digit, the keypad with a VAT rate, a
// barcode scanner typing into whatever has focus, quantities, undo, and F12.
class TestSellView : public QObject
{
    Q_OBJECT
private:
    GuiTill m_gui;

    SellView *sell() const { return m_gui.window()->sellView(); }
    // The colour most of a widget is painted in: its background.
    static QColor background(QWidget *widget)
    {
        const QImage image = widget->grab().toImage();
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ++counts[image.pixel(x, y)];
        QRgb most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > counts.value(most))
                most = it.key();
        return QColor(most);
    }
    const QList<CartLine> &lines() const { return m_gui.till().cart().lines(); }
    // A barcode scanner is a keyboard: each key goes to whatever has focus at that moment.
    static void scan(const QString &code)
    {
        for (const QChar c : code)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_gui.open(u"en"_s, &error), qPrintable(error));
        QVERIFY2(m_gui.openWindow(&error), qPrintable(error));
    }
    void init() { m_gui.till().cart().startNew(); }

    void quickKeysByMouseAndKeyboard()
    {
        QTest::mouseClick(sell()->quickKey(u"Honung 500 g"_s), Qt::LeftButton);
        QTest::keyClick(m_gui.window(), Qt::Key_5, Qt::AltModifier); // the fifth key: Ullvantar
        QTRY_COMPARE(lines().size(), 2);
        QCOMPARE(lines().at(1).description, u"Ullvantar"_s);
        QCOMPARE(m_gui.till().cart().total().ore(), 8900 + 24900);
        QCOMPARE(sell()->totalLabel()->text(), u"Total %1"_s.arg(Money::fromOre(33800).format(QLocale())));
        // VAT per rate, live: 25 % of 249 kr and the food rate of 89 kr.
        QVERIFY2(sell()->vatLabel()->text().contains(u"VAT 25 %: "_s + Money::fromOre(4980).format(QLocale())),
                 qPrintable(sell()->vatLabel()->text()));
        QCOMPARE(sell()->vatLabel()->text().count(u'\n'), 1);
        screenshot(m_gui.window(), "sell-en");
    }

    void keypadAmountWithItsVatRate()
    {
        AmountPad *pad = sell()->amountPad();
        for (const QString &key : {u"1"_s, u"2"_s, QString(QLocale().decimalPoint()), u"5"_s})
            QTest::mouseClick(pad->digitButton(key), Qt::LeftButton);
        QCOMPARE(pad->field()->text(), u"12.5"_s);
        QTest::mouseClick(pad->vatButton(VatClass::Reduced12), Qt::LeftButton);
        QTest::mouseClick(pad->addButton(), Qt::LeftButton);
        QCOMPARE(lines().size(), 1);
        QCOMPARE(lines().at(0).unitPrice.ore(), 1250);
        QCOMPARE(lines().at(0).vatClass, VatClass::Reduced12);
        QVERIFY(pad->field()->text().isEmpty());

        // Typed on the keyboard, Enter adds it.
        pad->field()->setFocus();
        QTest::keyClicks(pad->field(), u"25"_s);
        QTest::keyClick(pad->field(), Qt::Key_Return);
        QCOMPARE(lines().size(), 2);
        QCOMPARE(lines().at(1).unitPrice.ore(), 2500);

        // A wrong amount is said so under the line, and stays there to correct.
        QTest::keyClicks(pad->field(), u"12,345"_s);
        QTest::keyClick(pad->field(), Qt::Key_Return);
        QCOMPARE(lines().size(), 2);
        QVERIFY(pad->errorLabel()->isVisible());
        QVERIFY(pad->errorLabel()->text().contains(u"kronor"_s));
        QCOMPARE(pad->field()->text(), u"12,345"_s);
        pad->clear();
    }

    void aTypedLongAmountIsAnAmountAskedAboutOnce()
    {
        // Eight digits typed by a person (not in a scanner's burst) are an amount, not a barcode.
        AmountPad *pad = sell()->amountPad();
        pad->field()->setFocus();
        QTest::keyClicks(pad->field(), u"10000000"_s, Qt::NoModifier, 4 * AmountPad::kScannerGapMs);
        QTest::keyClick(pad->field(), Qt::Key_Return, Qt::NoModifier, 4 * AmountPad::kScannerGapMs);
        QVERIFY2(!pad->errorLabel()->isVisible(), qPrintable(pad->errorLabel()->text()));
        QCOMPARE(lines().size(), 1);
        QCOMPARE(lines().at(0).unitPrice, Money::fromKronor(10000000));
        // Charge asks once (the limit of the settings), the second press charges.
        QTest::mouseClick(sell()->chargeButton(), Qt::LeftButton);
        QVERIFY(!m_gui.window()->paymentView()->isVisible());
        QVERIFY2(sell()->messageLabel()->text().contains(u"press Charge again"_s),
                 qPrintable(sell()->messageLabel()->text()));
        QCOMPARE(lines().size(), 1);
        QTest::mouseClick(sell()->chargeButton(), Qt::LeftButton);
        QTRY_VERIFY(m_gui.window()->paymentView()->isVisible());
        QVERIFY(m_gui.till().cart().isEmpty());
        QTest::keyClick(m_gui.window(), Qt::Key_F1);
        QTRY_VERIFY(sell()->isVisible());
    }

    void aSmallSaleIsNotAsked()
    {
        QTest::mouseClick(sell()->quickKey(u"Honung 500 g"_s), Qt::LeftButton);
        QTest::mouseClick(sell()->chargeButton(), Qt::LeftButton);
        QTRY_VERIFY(m_gui.window()->paymentView()->isVisible());
        QTest::keyClick(m_gui.window(), Qt::Key_F1);
        QTRY_VERIFY(sell()->isVisible());
    }

    void keypadVatReturnsToTheDefaultAndHasOneButtonPerRate()
    {
        AmountPad *pad = sell()->amountPad();
        QTest::mouseClick(pad->vatButton(VatClass::Reduced12), Qt::LeftButton);
        QCOMPARE(pad->vatClass(), VatClass::Reduced12);
        QTest::mouseClick(pad->digitButton(u"7"_s), Qt::LeftButton);
        QTest::mouseClick(pad->addButton(), Qt::LeftButton);
        QCOMPARE(lines().size(), 1);
        QCOMPARE(lines().at(0).vatClass, VatClass::Reduced12);
        QCOMPARE(pad->vatClass(), AmountPad::kDefaultVat);
        QVERIFY(pad->vatButton(AmountPad::kDefaultVat)->isChecked());
        // No two buttons for the same rate: food and the 6 % goods share one while food is 6 %.
        QSet<int> rates;
        const QList<QPushButton *> buttons = pad->findChildren<QPushButton *>(u"vatButton"_s);
        for (VatClass c :
             {VatClass::Standard, VatClass::Food, VatClass::Reduced12, VatClass::Reduced6, VatClass::Exempt})
            rates.insert(m_gui.till().vatTable().basisPointsFor(c, m_gui.till().clock().today()));
        QCOMPARE(buttons.size(), rates.size());
        QStringList rateTexts;
        for (const QPushButton *b : buttons)
            rateTexts.append(b->text().section(u'\n', 0, 0));
        QCOMPARE(QSet<QString>(rateTexts.cbegin(), rateTexts.cend()).size(), buttons.size());
        QVERIFY(pad->vatButton(VatClass::Food)->text().contains(u"Food"_s));
        // Shared uses read as one phrase, not "Food, Books, transport".
        const QDate today = m_gui.till().clock().today();
        if (m_gui.till().vatTable().basisPointsFor(VatClass::Food, today)
            == m_gui.till().vatTable().basisPointsFor(VatClass::Reduced6, today))
            QVERIFY2(pad->vatButton(VatClass::Food)->text().endsWith(u"Food, books, transport"_s),
                     qPrintable(pad->vatButton(VatClass::Food)->text()));
    }

    void scannerAddsTheProductFromAnyFocus()
    {
        QTest::mouseClick(sell()->quickKey(u"Kaffe i mugg"_s), Qt::LeftButton);
        // Focus on the cart; the scanner types the honey's EAN-13 and Enter.
        sell()->cartView()->setFocus();
        scan(u"7350000000019"_s);
        QCOMPARE(lines().size(), 2);
        QCOMPARE(lines().at(1).description, u"Honung 500 g"_s);
        // Focus on a quick key this time; the same code again raises the quantity.
        sell()->quickKey(u"Pant"_s)->setFocus();
        scan(u"7350000000019"_s);
        QCOMPARE(lines().size(), 2);
        QCOMPARE(lines().at(1).quantity, 2);
        // An unknown code adds nothing and says why.
        scan(u"4006381333931"_s);
        QCOMPARE(lines().size(), 2);
        QVERIFY(sell()->amountPad()->errorLabel()->text().contains(u"4006381333931"_s));
        sell()->amountPad()->clear();
    }

    void quantityRemoveAndUndo()
    {
        QTest::mouseClick(sell()->quickKey(u"Surdegsbröd"_s), Qt::LeftButton);
        QTest::mouseClick(sell()->quickKey(u"Äpplen 1 kg"_s), Qt::LeftButton);
        QTableView *cart = sell()->cartView();
        cart->setFocus();
        cart->selectRow(0);
        QTest::keyClick(cart, Qt::Key_Plus);
        QTest::keyClick(cart, Qt::Key_Plus);
        QCOMPARE(lines().at(0).quantity, 3);
        QCOMPARE(cart->currentIndex().row(), 0); // the line stays selected
        QTest::mouseClick(sell()->minusButton(), Qt::LeftButton);
        QCOMPARE(lines().at(0).quantity, 2);
        QTest::keyClick(cart, Qt::Key_Delete); // a button's shortcut: it clicks a moment later
        QTRY_COMPARE(lines().size(), 1);
        QCOMPARE(lines().at(0).description, u"Äpplen 1 kg"_s);
        QTest::keyClick(m_gui.window(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(lines().size(), 2);
        QCOMPARE(lines().at(0).quantity, 2);
        // − on a single item removes the line.
        cart->setFocus();
        cart->setCurrentIndex(cart->model()->index(1, 0));
        QTest::keyClick(cart, Qt::Key_Minus);
        QCOMPARE(lines().size(), 1);
    }

    void aQuantityIsTypedAndItsLimitSaid()
    {
        QTest::mouseClick(sell()->quickKey(u"Surdegsbröd"_s), Qt::LeftButton);
        QTableView *cart = sell()->cartView();
        cart->setFocus();
        cart->setCurrentIndex(cart->model()->index(0, CartModel::Quantity));
        const auto typeQuantity = [&](const QString &text) {
            QTest::keyClick(cart, Qt::Key_Return);
            QWidget *editor = QApplication::focusWidget();
            QVERIFY(editor && cart->isAncestorOf(editor));
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
        };
        typeQuantity(u"12"_s);
        QTRY_COMPARE(lines().at(0).quantity, 12);
        QVERIFY(sell()->messageLabel()->text().isEmpty());
        typeQuantity(u"12000"_s);
        QTRY_COMPARE(lines().at(0).quantity, Cart::kMaxQuantity);
        QVERIFY2(sell()->messageLabel()->text().contains(u"at most 9,999"_s),
                 qPrintable(sell()->messageLabel()->text()));
        // + at the limit says so too, instead of stopping silently.
        sell()->messageLabel()->clear();
        QTest::mouseClick(sell()->plusButton(), Qt::LeftButton);
        QCOMPARE(lines().at(0).quantity, Cart::kMaxQuantity);
        QVERIFY(sell()->messageLabel()->text().contains(u"at most"_s));
    }

    void categoriesBecomeTabs()
    {
        QString error;
        Product soap;
        soap.name = u"Tvål"_s;
        soap.price = Money::fromKronor(45);
        soap.category = u"Hantverk"_s;
        QVERIFY(m_gui.till().catalog().save(soap, &error));
        QTabWidget *tabs = sell()->quickKeys()->tabs();
        QCOMPARE(tabs->count(), 2);
        QVERIFY(tabs->tabBar()->isVisible());
        QCOMPARE(tabs->tabText(1), u"Hantverk"_s);
        tabs->setFocus();
        QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), 1);
        QTest::keyClick(m_gui.window(), Qt::Key_1, Qt::AltModifier); // the first key of this tab
        QTRY_COMPARE(lines().size(), 1);
        QCOMPARE(lines().at(0).description, u"Tvål"_s);
        // One product alone in its tab is a key of a key's size, not the whole tab.
        QPushButton *key = sell()->quickKey(u"Tvål"_s);
        QVERIFY(key->isVisible());
        QVERIFY2(key->width() <= QuickKeys::kMaxKeyWidth && key->height() <= QuickKeys::kMaxKeyHeight,
                 qPrintable(u"%1×%2 in a tab of %3×%4"_s.arg(key->width())
                                .arg(key->height())
                                .arg(tabs->currentWidget()->width())
                                .arg(tabs->currentWidget()->height())));
    }

    void theAllTabShowsEveryProduct()
    {
        QTabWidget *tabs = sell()->quickKeys()->tabs();
        QCOMPARE(tabs->tabText(0), u"All"_s);
        QStringList onAll;
        for (const QPushButton *key : tabs->widget(0)->findChildren<QPushButton *>())
            onAll.append(key->property("productName").toString());
        QStringList all;
        for (const Product &p : m_gui.till().catalog().products())
            all.append(p.name);
        QCOMPARE(onAll, all);
        QVERIFY(onAll.contains(u"Tvål"_s)); // the one with a category too
    }

    void aLongNameWrapsOnItsKey()
    {
        QString error;
        Product p;
        p.name = u"Handgjord ekologisk lavendeltvål med havre"_s;
        p.price = Money::fromKronor(65);
        QVERIFY(m_gui.till().catalog().save(p, &error));
        QTabWidget *tabs = sell()->quickKeys()->tabs();
        tabs->setCurrentIndex(0);
        QPushButton *key = sell()->quickKey(p.name);
        QVERIFY(key);
        QTRY_VERIFY(key->isVisible());
        auto *label = key->findChild<QLabel *>(u"keyLabel"_s);
        QVERIFY(label);
        // Every word is on the key: the text needs no more width than the label has.
        const QFontMetrics metrics(label->font());
        const QRect needed =
            metrics.boundingRect(QRect(0, 0, label->width(), 10000), Qt::TextWordWrap | Qt::AlignCenter, label->text());
        QVERIFY2(needed.width() <= label->width() && needed.height() <= label->height(),
                 qPrintable(u"%1×%2 needed, %3×%4 there"_s.arg(needed.width())
                                .arg(needed.height())
                                .arg(label->width())
                                .arg(label->height())));
        QVERIFY(needed.height() > metrics.height() * 2); // the name took two lines or more, plus the price
    }

    // The VAT button chosen stands out in dark mode as in light: against the others at least the
    // 3:1 that WCAG asks of a control's state (#17: it was almost invisible in dark mode).
    void theChosenVatStandsOutInDarkMode()
    {
        Theme::apply(Theme::Appearance::Dark);
        m_gui.window()->retranslate(); // as the settings do after a change of look
        QTRY_VERIFY(Theme::isDark(sell()->amountPad()->palette())); // the palette reaches the widgets by event
        AmountPad *pad = sell()->amountPad();
        QVERIFY(pad->vatButton(AmountPad::kDefaultVat)->isChecked());
        // Its text in full, inside its frame.
        QPushButton *chosenButton = pad->vatButton(AmountPad::kDefaultVat);
        for (const QString &line : chosenButton->text().split(u'\n'))
            QVERIFY2(chosenButton->fontMetrics().horizontalAdvance(line) <= chosenButton->width() - 8,
                     qPrintable(u"\"%1\" in %2 px"_s.arg(line).arg(chosenButton->width())));
        const QColor chosen = background(chosenButton);
        const QColor other = background(pad->vatButton(VatClass::Reduced12));
        Theme::apply(Theme::Appearance::System);
        m_gui.window()->retranslate();
        QTRY_VERIFY(!Theme::isDark(sell()->palette()));
        QVERIFY2(
            Theme::contrast(chosen, other) >= 3.0,
            qPrintable(u"%1 against %2: %3"_s.arg(chosen.name(), other.name()).arg(Theme::contrast(chosen, other))));
    }

    // Big keys, big digits: a digit takes a good share of its key at the usual window size and on
    // a full HD screen alike (#17: tiny digits on huge buttons).
    void keypadDigitsGrowWithTheirKeys()
    {
        QPushButton *eight = sell()->amountPad()->digitButton(u"8"_s);
        QList<int> heights;
        QList<int> digits;
        for (const QSize size : {QSize(1200, 760), QSize(1920, 1080)}) {
            m_gui.window()->resize(size);
            QTRY_COMPARE(m_gui.window()->size(), size);
            QTest::qWait(0); // the layout's resize reaches the keys
            const int digit = QFontInfo(eight->font()).pixelSize();
            // A third of the key's height at least (its width may hold it back a little).
            QVERIFY2(3 * digit >= eight->height(),
                     qPrintable(u"digit %1 px on a key %2 px high at %3×%4"_s.arg(digit)
                                    .arg(eight->height())
                                    .arg(size.width())
                                    .arg(size.height())));
            heights.append(eight->height());
            digits.append(digit);
        }
        QVERIFY2(heights.at(1) > heights.at(0), "the keys grow with the window");
        QVERIFY2(digits.at(1) > digits.at(0), "and their digits with them");
        m_gui.window()->resize(1200, 760);
    }

    // An empty cart keeps its columns readable: quantity, price and total each have room for their
    // title and an amount, the item's name the rest (#17: squeezed while empty).
    void anEmptyCartKeepsItsColumnsWide()
    {
        QVERIFY(m_gui.till().cart().isEmpty());
        QTableView *cart = sell()->cartView();
        QHeaderView *header = cart->horizontalHeader();
        const QFontMetrics body(cart->font());
        const QFontMetrics title(header->font());
        const int amount = body.horizontalAdvance(Money::fromOre(999900).format(QLocale())); // 9 999,00 kr
        for (int column : {int(CartModel::Quantity), int(CartModel::UnitPrice), int(CartModel::LineTotal)}) {
            const QString name = cart->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = column == CartModel::Quantity ? title.horizontalAdvance(name)
                                                             : std::max(amount, title.horizontalAdvance(name));
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(u"%1: %2 px for %3 px"_s.arg(name).arg(header->sectionSize(column)).arg(needed)));
        }
        QVERIFY(header->sectionSize(CartModel::Item) >= cart->viewport()->width() / 3);
    }

    void f12Charges()
    {
        QTest::mouseClick(sell()->quickKey(u"Honung 500 g"_s), Qt::LeftButton);
        QTest::keyClick(m_gui.window(), Qt::Key_F12);
        QTRY_VERIFY(m_gui.window()->paymentView()->isVisible());
        Sale sale;
        QVERIFY(m_gui.till().sales().queries().load(m_gui.window()->paymentView()->saleId(), &sale));
        QCOMPARE(sale.total.ore(), 8900);
        QVERIFY(m_gui.till().cart().isEmpty());
        QTest::keyClick(m_gui.window(), Qt::Key_F1);
        QVERIFY(sell()->isVisible());
    }
};

QTEST_MAIN(TestSellView)
#include "tst_sellview.moc"
