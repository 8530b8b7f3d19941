#pragma once

#include "history/dayreport.h"
#include "printdocument.h"
#include "stalldetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

// A day's takings on paper (A4 or a receipt roll): paid sales, gross, VAT per rate, per payment
// method and what is still open — the figures of DayReports, so paper and screen agree.
class DayReportRenderer : public ColumnDocument
{
    Q_DECLARE_TR_FUNCTIONS(DayReportRenderer)

public:
    DayReportRenderer(const DayReport &report, const StallDetails &stall, const QDateTime &printedAt, Paper paper);

    QString title() const override;

protected:
    void build(ColumnLayout &layout) const override;

private:
    void addReturns(ColumnLayout &layout, const QLocale &locale) const;

    DayReport m_report;
    StallDetails m_stall;
    QDateTime m_printedAt;
};
