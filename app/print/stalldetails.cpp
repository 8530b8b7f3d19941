#include "stalldetails.h"

#include "settings/appsettings.h"

StallDetails StallDetails::fromSettings(const AppSettings &settings)
{
    const LinkSupplier supplier = settings.supplier();
    StallDetails d;
    d.name = supplier.name;
    d.organizationNumber = supplier.organizationNumber;
    d.vatNumber = settings.vatNumber();
    d.street = settings.supplierStreet();
    d.zip = supplier.zip;
    d.city = supplier.city;
    d.website = supplier.website;
    d.bankgiro = settings.bankgiro();
    d.plusgiro = settings.plusgiro();
    d.fSkatt = settings.fSkatt();
    d.lateInterest = settings.lateInterest();
    d.logoPath = settings.logoFile();
    d.tillId = settings.tillId();
    return d;
}

StallDetails StallDetails::demo()
{
    StallDetails d;
    d.name = QStringLiteral("Stallpay demo");
    d.organizationNumber = QStringLiteral("556000-0001");
    d.vatNumber = QStringLiteral("SE556000000101");
    d.street = QStringLiteral("Stortorget 1");
    d.zip = QStringLiteral("111 29");
    d.city = QStringLiteral("Stockholm");
    d.bankgiro = QStringLiteral("555-1239");
    return d;
}

StallDetails StallDetails::withDemoDefaults() const
{
    const StallDetails demoStall = demo();
    StallDetails d = *this;
    for (auto [mine, theirs] : {std::pair {&d.name, &demoStall.name},
                                {&d.organizationNumber, &demoStall.organizationNumber},
                                {&d.vatNumber, &demoStall.vatNumber},
                                {&d.street, &demoStall.street},
                                {&d.zip, &demoStall.zip},
                                {&d.city, &demoStall.city},
                                {&d.bankgiro, &demoStall.bankgiro}}) {
        if (mine->trimmed().isEmpty())
            *mine = *theirs;
    }
    return d;
}

QStringList StallDetails::missingForInvoice() const
{
    QStringList missing;
    if (name.trimmed().isEmpty())
        missing.append(tr("business name"));
    if (street.trimmed().isEmpty())
        missing.append(tr("street"));
    if (zip.trimmed().isEmpty())
        missing.append(tr("postcode"));
    if (city.trimmed().isEmpty())
        missing.append(tr("town"));
    if (organizationNumber.trimmed().isEmpty())
        missing.append(tr("organisation number"));
    if (vatNumber.trimmed().isEmpty())
        missing.append(tr("VAT number"));
    return missing;
}
