#pragma once

#include "history/dayreport.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class Till;

// One day's takings for the seller in the evening: count, gross, VAT per rate, per payment
// method, and what is still open; printed or saved as PDF, and the day's sales (or its sold lines) as
// CSV for the bookkeeper.
class DaySummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit DaySummaryView(Till &till, QWidget *parent = nullptr);

    QDateEdit *dayField() const { return m_day; }
    QLabel *headline() const { return m_headline; }
    QLabel *openLabel() const { return m_open; }
    QTableWidget *vatTable() const { return m_vat; }
    QTableWidget *methodTable() const { return m_methods; }
    QLabel *returnsLabel() const { return m_returnsLine; }
    QTableWidget *returnVatTable() const { return m_returnVat; }
    QTableWidget *returnMethodTable() const { return m_returnMethods; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *exportLinesButton() const { return m_exportLines; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QLabel *messageLabel() const { return m_message; }
    // What a CSV export writes: one row per sale and VAT rate, or one per sold line (DayCsv).
    enum class Export { Sales, Lines };
    bool exportTo(const QString &fileName, QString *error, Export what = Export::Sales);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showReturns(const DayReport &report);
    static Money vatOf(const QList<VatGroup> &groups);
    // The day report on the document printer (A4; the receipt roll when that is the printer), or as PDF.
    void printReport();
    void saveReport();
    void askAndExport(Export what);

    Till &m_till;
    QDateEdit *m_day;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_headline;
    QLabel *m_open;
    QTableWidget *m_vat;
    QTableWidget *m_methods;
    QTableWidget *m_returnVat;
    QTableWidget *m_returnMethods;
    QLabel *m_returnsLine = nullptr;
    QPushButton *m_export;
    QPushButton *m_exportLines;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QLabel *m_message;
    QTimer *m_changed;
};
