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
    return d;
}
