#include "selftest.h"

#include "catalog/product.h"
#include "clock/clock.h"
#include "installlayout.h"
#include "money/vat.h"
#include "print/receiptrenderer.h"
#include "qr/qrcode.h"
#include "sale/cart.h"
#include "sale/saleservice.h"
#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The 7 × 7 finder pattern whose top left module is (x0, y0): a dark ring, a light ring, a dark
// 3 × 3 centre.
bool finderAt(const QrCode &code, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || x == 6 || y == 0 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(x0 + x, y0 + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

struct Check
{
    QString name;
    std::function<bool(QString *detail)> run;
};

} // namespace

namespace SelfTest {

bool checkQrModules(const QrCode &code, QString *why)
{
    const int n = code.size();
    if (code.isNull() || n < 21 || n > 177 || (n - 17) % 4 != 0) {
        *why = u"%1 modules per side is no QR code version"_s.arg(n);
        return false;
    }
    if (!finderAt(code, 0, 0) || !finderAt(code, n - 7, 0) || !finderAt(code, 0, n - 7)) {
        *why = u"a finder pattern is missing"_s;
        return false;
    }
    for (int i = 0; i < 8; ++i) {
        // The light separators around the three finders.
        if (code.isDark(7, i) || code.isDark(i, 7) || code.isDark(n - 8, i) || code.isDark(n - 1 - i, 7)
            || code.isDark(7, n - 1 - i) || code.isDark(i, n - 8)) {
            *why = u"a separator module is dark"_s;
            return false;
        }
    }
    for (int i = 8; i < n - 8; ++i) {
        if (code.isDark(i, 6) != (i % 2 == 0) || code.isDark(6, i) != (i % 2 == 0)) {
            *why = u"the timing pattern is broken at module %1"_s.arg(i);
            return false;
        }
    }
    if (!code.isDark(8, n - 8)) {
        *why = u"the dark module is light"_s;
        return false;
    }
    return true;
}

Result run(QTextStream &out)
{
    Result result;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "FAIL temporary folder: " << dir.errorString() << Qt::endl;
        result.failed << u"temporary folder"_s;
        return result;
    }
    Database database;
    std::unique_ptr<SaleService> sales;
    qint64 saleId = 0;
    const QList<Check> checks {
        {u"database"_s,
         [&](QString *detail) {
             if (!database.open(dir.filePath(u"self-test.sqlite"_s), detail))
                 return false;
             if (database.schemaVersion() != Database::latestSchemaVersion() || !database.integrityOk()) {
                 *detail = u"schema version %1 of %2, or the integrity check failed"_s.arg(database.schemaVersion())
                               .arg(Database::latestSchemaVersion());
                 return false;
             }
             sales = std::make_unique<SaleService>(database, Clock::system(), VatTable::sweden());
             Cart cart;
             Product coffee;
             coffee.id = 0;
             coffee.name = u"Kaffe"_s;
             coffee.price = Money::fromOre(3500);
             coffee.vatClass = VatClass::Food;
             cart.addProduct(coffee);
             cart.addAmount(u"Mugg"_s, Money::fromOre(12000), VatClass::Standard);
             saleId = sales->commands().commit(cart, detail);
             Sale sale;
             if (!saleId || !sales->queries().load(saleId, &sale) || sale.total.ore() != 15500) {
                 if (detail->isEmpty())
                     *detail = u"the committed sale does not read back with its total of 155,00"_s;
                 return false;
             }
             *detail = u"SQLite schema %1 in %2, sale %3 committed and read back"_s.arg(database.schemaVersion())
                           .arg(dir.path())
                           .arg(sale.number);
             return true;
         }},
        {u"qr code"_s,
         [&](QString *detail) {
             const QrCode code = QrCode::encode("https://checkout.pingpayments.com/self-test/0123456789");
             if (!checkQrModules(code, detail))
                 return false;
             *detail = u"%1 × %1 modules with finder, separator and timing patterns"_s.arg(code.size());
             return true;
         }},
        {u"receipt pdf"_s,
         [&](QString *detail) {
             Sale sale;
             if (!sales || !sales->queries().load(saleId, &sale)) {
                 *detail = u"no sale to print (the database check failed)"_s;
                 return false;
             }
             StallDetails stall;
             stall.name = u"Self-test"_s;
             const QString file = dir.filePath(u"receipt.pdf"_s);
             if (!ReceiptRenderer(sale, stall, Paper::roll(80)).saveAsPdf(file, detail))
                 return false;
             QFile pdf(file);
             if (!pdf.open(QIODevice::ReadOnly)) {
                 *detail = pdf.errorString();
                 return false;
             }
             const QByteArray bytes = pdf.readAll();
             if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF") || bytes.size() < 1000) {
                 *detail = u"%1 is not a whole PDF (%2 bytes)"_s.arg(file).arg(bytes.size());
                 return false;
             }
             *detail = u"%1 bytes"_s.arg(bytes.size());
             return true;
         }},
        {u"translations"_s,
         [&](QString *detail) {
             const QString installed = InstallLayout::translationsDir();
             for (const QString &language : {u"sv"_s, u"en"_s}) {
                 QTranslator translator;
                 const bool loaded = installed.isEmpty() ? translator.load(u":/i18n/stallpay_%1.qm"_s.arg(language))
                                                         : translator.load(u"stallpay_%1"_s.arg(language), installed);
                 if (!loaded || translator.isEmpty()) {
                     *detail = u"stallpay_%1.qm is missing or unreadable in %2"_s.arg(
                         language, installed.isEmpty() ? u"the program"_s : installed);
                     return false;
                 }
             }
             *detail = u"sv, en from %1"_s.arg(installed.isEmpty() ? u"the program (build tree)"_s : installed);
             return true;
         }},
    };
    for (const Check &check : checks) {
        QString detail;
        const bool ok = check.run(&detail);
        ++result.checks;
        out << (ok ? "ok   " : "FAIL ") << check.name << ": " << detail << Qt::endl;
        if (!ok)
            result.failed << check.name;
    }
    return result;
}

} // namespace SelfTest
