#pragma once

#include <QDateTime>
#include <QString>

// One of Ping's own documents of a sale, as fetched from the Payment Links API and cached in the
// data folder: the invoice Ping made of the sale's link (with Ping's OCR reference), or the
// receipt of the paid link. Stored in ping_documents by SaleService::recordPingDocument.
struct PingDocument
{
    enum class Kind { Invoice, Receipt };

    qint64 saleId = 0;
    Kind kind = Kind::Invoice;
    QString paymentLinkId;
    QString referenceType; // "OCR" (an invoice only)
    QString reference; // the payment reference Ping printed on its invoice
    QString url; // where Ping serves the PDF
    QString file; // the cached PDF, relative to the data folder
    QDateTime fetchedAt;

    static QString kindKey(Kind kind)
    {
        return kind == Kind::Receipt ? QStringLiteral("receipt") : QStringLiteral("invoice");
    }
};
