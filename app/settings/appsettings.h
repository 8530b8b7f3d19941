#pragma once

#include "ping/pingtypes.h"

#include <QHash>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>

// The till's settings, typed, over one INI file in the data directory. Nothing secret is here:
// tenant ID, merchant ID and API secret live in the OS keychain (CredentialStore).
class AppSettings
{
public:
    enum class Environment { Demo, PingSandbox, Production, Custom };

    explicit AppSettings(const QString &dataDir);

    Environment environment() const;
    void setEnvironment(Environment environment);
    QUrl customBaseUrl() const;
    void setCustomBaseUrl(const QUrl &url);
    // A custom environment's checkout pages, where not on its API's host (PingConfig::checkoutOrigins).
    QList<QUrl> customCheckoutOrigins() const;
    void setCustomCheckoutOrigins(const QList<QUrl> &origins);
    // The origin serving both APIs for an environment (Demo: none, the embedded sandbox decides).
    QUrl apiOrigin() const;
    static QUrl originOf(Environment environment, const QUrl &customUrl);

    // The first-run choice (demo or an own Ping account) was made; the welcome is not shown again.
    bool isSetUp() const;
    void setSetUp(bool setUp);

    QString appearance() const; // "system", "light" or "dark"
    void setAppearance(const QString &appearance);

    QString language() const; // "sv" or "en"
    void setLanguage(const QString &language);

    LinkSupplier supplier() const;
    void setSupplier(const LinkSupplier &supplier);
    QString swishMessage() const;
    void setSwishMessage(const QString &message);
    // What a new payment link offers: the chosen methods the tenant may use (LinkMethods::offered).
    QList<PaymentMethodChoice> paymentMethods() const;
    QStringList chosenMethods() const; // "swish/e_commerce", ...; default LinkMethods::defaultKeys()
    void setChosenMethods(const QStringList &keys);
    // What GET tenant said the tenant may use, as last read; empty until then.
    QList<PaymentMethodChoice> tenantMethods() const;
    void setTenantMethods(const QList<PaymentMethodChoice> &methods);
    int dueDays() const;
    void setDueDays(int days);
    // A sale (or a product's price) above this many öre is asked about once before it is charged
    // (or saved): ten million typed for ten is a costly slip. 0: never ask. Default 10 000 kr.
    qint64 largeAmountOre() const;
    void setLargeAmountOre(qint64 ore);

    // Supplier details the payment link does not carry but invoices need.
    QString vatNumber() const; // "SE556677889901"
    void setVatNumber(const QString &vatNumber);
    QString supplierStreet() const;
    void setSupplierStreet(const QString &street);
    // A picture file of the stall's logo (PNG or JPEG) for the customer screen and the top of its
    // invoices; empty = none.
    QString logoFile() const;
    void setLogoFile(const QString &path);
    // What an invoice says about paying: the seller's bankgiro or plusgiro ("123-4567"), F-skatt
    // approval, the late-payment interest in percent a year ("8" or "8,5"; empty: the Interest
    // Act's reference rate + 8).
    QString bankgiro() const;
    void setBankgiro(const QString &bankgiro);
    QString plusgiro() const;
    void setPlusgiro(const QString &plusgiro);
    bool fSkatt() const;
    void setFSkatt(bool approved);
    QString lateInterest() const;
    void setLateInterest(const QString &percent);
    // This till's id for its receipts: made once ("SP-" and eight hex digits), then kept.
    QString tillId() const;

    // Printers by their system names; empty means "ask each time" (the print dialog, which can
    // also save a PDF). Receipts go on a roll of receiptPaperWidthMm (80 or 58); day reports and
    // invoices on A4 at the document printer.
    QString receiptPrinter() const;
    void setReceiptPrinter(const QString &name);
    int receiptPaperWidthMm() const;
    void setReceiptPaperWidthMm(int widthMm);
    QString documentPrinter() const;
    void setDocumentPrinter(const QString &name);

    // The window's layout and last screen, restored at the next start (opaque to the core).
    QVariant uiState(const QString &key) const;
    void setUiState(const QString &key, const QVariant &value);

    // The embedded demo sandbox keeps its account and port across restarts, so earlier QR codes
    // still open.
    QString demoValue(const QString &key) const;
    void setDemoValue(const QString &key, const QString &value);

    // The next number of each series ("sale", "invoice", …) the database had when last seen: a
    // database that comes back empty or older would hand the same numbers out again.
    QHash<QString, qint64> usedNumbers() const;
    void setUsedNumbers(const QHash<QString, qint64> &next);
    // A backup the seller chose in Settings, restored at the next start (the database is closed then).
    QString pendingRestore() const;
    void setPendingRestore(const QString &backupPath);

    // How long a payer's phone, e-mail, name and address are kept after the sale (the seller's
    // choice; 13 months by default), then removed while the bookkeeping stays.
    static constexpr int kDefaultRetentionMonths = 13;
    int retentionMonths() const;
    void setRetentionMonths(int months);

    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings;
};
