#pragma once

#include "catalog/catalogcsv.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class CatalogRepository;
class CsvPreviewModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// A catalog file before it is imported: every line with what it will do (add, update) or what is
// wrong with it. Only the good lines are imported; the seller can fix the file and try again.
// The file is read and checked on a worker thread, with a progress bar and Cancel, so a file of
// 200,000 lines never stops the till; Cancel stops the reading and changes nothing.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(CatalogRepository &catalog, const QString &fileName, QWidget *parent = nullptr);
    ~CsvImportDialog() override; // stops the reading and waits for it

    QTableView *preview() const { return m_preview; }
    QString previewText(int row, int column) const;
    int previewRows() const;
    QLabel *summary() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    int importedCount() const { return m_imported; }
    // Until the worker's result is on screen (the worker itself may have ended a moment before).
    bool isReading() const { return !m_shown; }
    // Lines the worker had checked when it ended (all of them, or where Cancel stopped it).
    qsizetype linesChecked() const { return m_checked->load(); }
    // The same count, kept by the worker; it outlives the dialog (a test reads where Cancel stopped it).
    std::shared_ptr<const std::atomic<qsizetype>> checkedCounter() const { return m_checked; }

signals:
    void readingFinished();

private:
    struct Reading
    {
        QList<CatalogCsvRow> rows;
        QString error;
        QString notice;
    };
    void showRows(const Reading &reading);
    void import();
    void cancel();

    CatalogRepository &m_catalog;
    CsvPreviewModel *m_model;
    QTableView *m_preview;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QFutureWatcher<Reading> m_reading;
    std::shared_ptr<std::atomic<qsizetype>> m_checked;
    int m_imported = 0;
    bool m_shown = false;
};
