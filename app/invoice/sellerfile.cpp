#include "sellerfile.h"

#include "contact/orgnumber.h"
#include "money/giro.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

bool SellerFile::read(const QString &path, StallDetails *out, QStringList *errors)
{
    if (!QFileInfo(path).isReadable()) {
        errors->append(tr("Cannot read the seller file %1.").arg(path));
        return false;
    }
    QSettings ini(path, QSettings::IniFormat);
    ini.beginGroup(u"seller"_s);
    if (ini.childKeys().isEmpty()) {
        errors->append(
            tr("%1 has no [seller] section with name, org_number, vat_number, street, zip, city.").arg(path));
        return false;
    }
    const auto text = [&](const char *key) {
        return ini.value(QString::fromUtf8(key)).toString().trimmed();
    };
    StallDetails d;
    d.name = text("name");
    d.street = text("street");
    d.zip = text("zip");
    d.city = text("city");
    QString why;
    if (!text("org_number").isEmpty() && !OrgNumber::check(text("org_number"), &d.organizationNumber, &why))
        errors->append(tr("%1, org_number: %2").arg(path, why));
    if (!text("vat_number").isEmpty() && !OrgNumber::checkVatNumber(text("vat_number"), &d.vatNumber, &why))
        errors->append(tr("%1, vat_number: %2").arg(path, why));
    if (!text("bankgiro").isEmpty() && !Giro::checkBankgiro(text("bankgiro"), &d.bankgiro))
        errors->append(tr("%1, bankgiro: \"%2\" is not a bankgiro number (7 or 8 digits with a check digit, e.g. "
                          "555-1239)")
                           .arg(path, text("bankgiro")));
    if (!text("plusgiro").isEmpty() && !Giro::checkPlusgiro(text("plusgiro"), &d.plusgiro))
        errors->append(tr("%1, plusgiro: \"%2\" is not a plusgiro number").arg(path, text("plusgiro")));
    const QString fSkatt = text("f_skatt").toLower();
    if (fSkatt == u"true"_s || fSkatt == u"yes"_s || fSkatt == u"1"_s)
        d.fSkatt = true;
    else if (!fSkatt.isEmpty() && fSkatt != u"false"_s && fSkatt != u"no"_s && fSkatt != u"0"_s)
        errors->append(tr("%1, f_skatt: write true or false, not \"%2\"").arg(path, text("f_skatt")));
    d.lateInterest = text("late_interest");
    d.website = text("website");
    if (!errors->isEmpty())
        return false;
    *out = d;
    return true;
}
