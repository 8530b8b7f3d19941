#pragma once

#include "print/printing.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class SaleActions;
class QTreeWidget;
class Till;

// One sale in full: items, VAT, customer, link and delivery, the timeline of every state change
// and API result, and what the seller can still do with it.
class SaleDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit SaleDetailView(Till &till, QWidget *parent = nullptr);

    void showSale(qint64 saleId);
    qint64 saleId() const { return m_saleId; }

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
    SaleActions *actions() const { return m_actions; }

signals:
    void showQrRequested(qint64 saleId);
    void sendRequested(qint64 saleId);
    void invoiceRequested(qint64 saleId);
    void cartRequested(); // Edit put the sale's items in the cart

private:
    void refresh();
    // The receipt on the receipt printer (or the print dialog), or as a PDF file.
    void askRefund();
    void printReceipt();
    void saveReceipt();
    void showPrintOutcome(Printing::Outcome outcome, const QString &message);

    Till &m_till;
    qint64 m_saleId = 0;
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
    SaleActions *m_actions; // cash, cancel, new link: ask first, as everywhere
};
