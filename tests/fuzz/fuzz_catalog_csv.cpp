// A catalog file as the import reads it (Catalog → Import…): decoded as CsvFile reads a file, then
// CatalogCsv::parse checks each line against an existing catalog (an update by barcode or by name,
// with what it changes in words).
#include "fuzzsupport.h"

#include "catalog/catalogcsv.h"
#include "csv/csvfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::app(); // the messages are translated
    static const QList<Product> existing = [] {
        Product coffee;
        coffee.id = 1;
        coffee.name = QStringLiteral("Kaffe");
        coffee.price = Money::fromOre(2500);
        coffee.barcode = QStringLiteral("7310865004703");
        coffee.category = QStringLiteral("Dryck");
        Product bun;
        bun.id = 2;
        bun.name = QStringLiteral("Kanelbulle");
        bun.price = Money::fromOre(3000);
        bun.vatClass = VatClass::Food;
        bun.color = QStringLiteral("#c08040");
        bun.position = 3;
        return QList<Product> {coffee, bun};
    }();
    const CsvFile::Read read = CsvFile::decode(Fuzz::bytes(data, size));
    if (!read.ok())
        return 0;
    const QList<CatalogCsvRow> rows = CatalogCsv::parse(read.utf8, existing);
    Fuzz::use(rows);
    return 0;
}
