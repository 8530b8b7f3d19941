#pragma once

#include "sale/pingdocument.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class Till;

// Ping's own documents of one sale: "Ping invoice" while its payment link waits for payment (Ping
// makes the invoice, with its own OCR reference), "Ping receipt" once the link is paid. Asking is an
// outbox job (offline: done when the network is back); the PDF is cached in the data folder, then
// shown in the desktop's viewer, printed on the document printer of the settings, or saved where
// the seller says. Each step is on the sale's timeline.
class PingDocumentsDialog : public QDialog
{
    Q_OBJECT
public:
    PingDocumentsDialog(Till &till, qint64 saleId, QWidget *parent = nullptr);

    QPushButton *requestButton(PingDocument::Kind kind) const { return part(kind).request; }
    QPushButton *showButton(PingDocument::Kind kind) const { return part(kind).show; }
    QPushButton *printButton(PingDocument::Kind kind) const { return part(kind).print; }
    QPushButton *saveButton(PingDocument::Kind kind) const { return part(kind).save; }
    QLabel *statusLabel(PingDocument::Kind kind) const { return part(kind).status; }
    QLabel *message() const { return m_message; }
    // The cached PDF of the sale's current link, if there is one (empty otherwise).
    QString cachedFile(PingDocument::Kind kind) const;

private:
    struct Part
    {
        QLabel *status = nullptr;
        QPushButton *request = nullptr;
        QPushButton *show = nullptr;
        QPushButton *print = nullptr;
        QPushButton *save = nullptr;
    };
    const Part &part(PingDocument::Kind kind) const
    {
        return kind == PingDocument::Kind::Receipt ? m_receipt : m_invoice;
    }
    QWidget *makePart(PingDocument::Kind kind, Part *part);
    void refresh();
    void request(PingDocument::Kind kind);
    void showDocument(PingDocument::Kind kind);
    void printDocument(PingDocument::Kind kind);
    void saveDocument(PingDocument::Kind kind);
    QString name(PingDocument::Kind kind) const; // "Ping invoice 12" in the seller's language
    void say(const QString &text, bool error = false);

    Till &m_till;
    qint64 m_saleId;
    Part m_invoice;
    Part m_receipt;
    QLabel *m_message;
    std::optional<PingDocument::Kind> m_asked; // asked for in this dialog, not here yet
};
