#pragma once

#include <QGroupBox>

class AppSettings;
class QComboBox;
class QLabel;

// The "Printers" group of the settings: the receipt printer and its paper width, and the A4
// printer for reports and invoices, each either a printer of the system or "Ask each time".
class PrinterSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit PrinterSettings(QWidget *parent = nullptr);

    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

    QComboBox *receiptPrinterChoice() const { return m_receiptPrinter; }
    QComboBox *receiptPaperChoice() const { return m_receiptPaper; }
    QComboBox *documentPrinterChoice() const { return m_documentPrinter; }
    QLabel *noteLabel() const { return m_note; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillPrinters(QComboBox *combo, const QString &chosen) const;

    QComboBox *m_receiptPrinter;
    QComboBox *m_receiptPaper;
    QComboBox *m_documentPrinter;
    QLabel *m_note;
    QStringList m_installed;
};
