#pragma once

#include "paper.h"

#include <QCoreApplication>
#include <QString>

class ColumnLayout;
class QPagedPaintDevice;

// A document Stallpay prints or saves: the receipt, the day report, later the invoice. Each kind
// paints itself on any paged device — QPdfWriter to save, QPrinter (from ui/) to print — and sets
// the page size it needs first, so the same code makes the PDF and the paper.
class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)

public:
    virtual ~PrintDocument() = default;

    // The PDF's title and the print job's name ("Receipt 42").
    virtual QString title() const = 0;
    // The file name offered when saving ("Receipt 42.pdf").
    virtual QString suggestedFileName() const;
    // Sets the device's page size (and margins where the device allows), then paints every page.
    // The device must not be painting yet. False, with the reason in words, when it cannot.
    virtual bool render(QPagedPaintDevice &device, QString *error) const = 0;

    // Writes the document as a PDF file, whole or not at all.
    bool saveAsPdf(const QString &fileName, QString *error) const;
};

// A document laid out as one column (ColumnLayout) on a receipt roll or A4 sheets: the receipt and
// the day report. A roll's page is made exactly as long as the content; A4 breaks into pages.
class ColumnDocument : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(ColumnDocument)

public:
    explicit ColumnDocument(Paper paper)
        : m_paper(paper)
    { }
    Paper paper() const { return m_paper; }
    bool render(QPagedPaintDevice &device, QString *error) const override;

protected:
    virtual void build(ColumnLayout &layout) const = 0;

private:
    Paper m_paper;
};
