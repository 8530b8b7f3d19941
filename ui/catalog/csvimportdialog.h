#pragma once

#include "catalog/catalogcsv.h"

#include <QDialog>

class CatalogRepository;
class QLabel;
class QPushButton;
class QTableWidget;

// A catalog file before it is imported: every line with what it will do (add, update) or what is
// wrong with it. Only the good lines are imported; the seller can fix the file and try again.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(CatalogRepository &catalog, const QString &fileName, QWidget *parent = nullptr);

    QTableWidget *preview() const { return m_preview; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    int importedCount() const { return m_imported; }

private:
    void import();

    CatalogRepository &m_catalog;
    QList<CatalogCsvRow> m_rows;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
    int m_imported = 0;
};
