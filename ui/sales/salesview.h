#pragma once

#include "history/salefilter.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class SaleActions;
class SaleDetailView;
class SaleOnScreen;
class SaleHistory;
class SalesHistoryModel;
class Till;
struct SaleTotals;
class TotalsCounter;

// The history of all sales, newest first: search, filters, totals of what is shown, and the
// chosen sale's detail beside the list.
class SalesView : public QWidget
{
    Q_OBJECT
public:
    enum Period { AllDates, Today, Yesterday, Last7Days, ThisMonth, ChosenDates };

    // The chosen sale goes on screen (`onScreen`) in the detail, with `actions` on it.
    SalesView(Till &till, SaleOnScreen &onScreen, SaleActions &actions, QWidget *parent = nullptr);
    ~SalesView() override;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QTableView *table() const { return m_table; }
    SalesHistoryModel *model() const { return m_model; }
    SaleDetailView *detail() const { return m_detail; }
    QLabel *totalsLabel() const { return m_totals; }
    QSplitter *splitter() const { return m_splitter; }
    // Runs the search typed so far now, instead of after the typing pause.
    void applyFilter();
    void showSale(qint64 saleId);
    // "3 sold, 450,00 kr · 1 open, 20,00 kr · 2 cancelled or failed, 99,00 kr not sold".
    static QString totalsText(const SaleTotals &totals);

signals:
    void showQrRequested(qint64 saleId);
    void sendRequested(qint64 saleId);
    void invoiceRequested(qint64 saleId);

private:
    SaleFilter currentFilter() const;

    Till &m_till;
    std::unique_ptr<SaleHistory> m_history;
    SalesHistoryModel *m_model;
    TotalsCounter *m_counter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_method;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_totals;
    SaleDetailView *m_detail;
    QSplitter *m_splitter;
    QTimer *m_typing;
    QTimer *m_recount;
};
