#pragma once

#include "print/printing.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class SaleActions;
class SaleOnScreen;
class Till;

// One sale in full — the sale on screen (SaleOnScreen): items, VAT, customer, link and delivery,
// the timeline of every state change and API result, and what the seller can still do with it
// (the SaleActions shared with the pay screen).
class SaleDetailView : public QWidget
{
    Q_OBJECT
public:
    SaleDetailView(Till &till, SaleOnScreen &onScreen, SaleActions &actions, QWidget *parent = nullptr);

    // Puts the sale on screen here (asking the payment service once how its payment goes).
    void showSale(qint64 saleId);
    qint64 saleId() const;

    QPushButton *showQrButton() const { return m_showQr; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cashButton() const { return m_cash; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *newLinkButton() const { return m_newLink; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *refundButton() const { return m_refund; }
    QPushButton *invoiceButton() const { return m_invoice; }
    QPushButton *pingDocumentsButton() const { return m_pingDocuments; }
    QLabel *printStatusLabel() const { return m_printStatus; }
    QTreeWidget *timelineView() const { return m_timeline; }
    QTableWidget *itemsView() const { return m_items; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *factsLabel() const { return m_facts; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *paymentProblemLabel() const { return m_paymentProblem; }

signals:
    void showQrRequested(qint64 saleId);
    void sendRequested(qint64 saleId);
    void invoiceRequested(qint64 saleId);

private:
    void refresh();
    // The receipt on the receipt printer (or the print dialog), or as a PDF file.
    void askRefund();
    void printReceipt();
    void saveReceipt();
    void showPrintOutcome(Printing::Outcome outcome, const QString &message);

    Till &m_till;
    SaleOnScreen &m_onScreen;
    SaleActions &m_actions; // cash, cancel, new link, Edit: ask first, as on the pay screen
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_facts;
    QLabel *m_customer;
    QLabel *m_vat;
    QLabel *m_error;
    QLabel *m_paymentProblem;
    QTableWidget *m_items;
    QTreeWidget *m_timeline;
    QPushButton *m_showQr;
    QPushButton *m_send;
    QPushButton *m_cash;
    QPushButton *m_cancel;
    QPushButton *m_newLink;
    QPushButton *m_edit;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QPushButton *m_refund;
    QPushButton *m_invoice;
    QPushButton *m_pingDocuments; // Ping's own invoice and receipt (ui/invoice/PingDocumentsDialog)
    QLabel *m_printStatus;
};
