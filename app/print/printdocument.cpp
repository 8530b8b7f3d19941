#include "printdocument.h"

#include "columnlayout.h"

#include <QDir>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

QString PrintDocument::suggestedFileName() const
{
    // Characters no file system takes are left out; the title is ours, this is only in case.
    QString name = title();
    name.remove(QRegularExpression(u"[/\\\\:*?\"<>|]"_s));
    return name + u".pdf"_s;
}

bool PrintDocument::saveAsPdf(const QString &fileName, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot save %1: %2. Choose another folder or file name.").arg(shown, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        // Fine enough that a QR module snaps to whole units without changing its size noticeably.
        writer.setResolution(600);
        writer.setTitle(title());
        writer.setCreator(u"Stallpay"_s);
        if (!render(writer, error))
            return false; // the QSaveFile is discarded: no half-written file is left behind
    }
    if (!file.commit()) {
        *error = tr("Cannot save %1: %2. Choose another folder or file name.").arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool ColumnDocument::render(QPagedPaintDevice &device, QString *error) const
{
    ColumnLayout layout(&device, m_paper.contentWidthMm(), m_paper.basePointSize());
    build(layout);
    const qreal heightMm = m_paper.isRoll()
        ? std::ceil(m_paper.topMarginMm() + layout.heightMm() + m_paper.bottomMarginMm())
        : m_paper.a4HeightMm();
    const QPageSize size = m_paper.isRoll()
        ? QPageSize(QSizeF(m_paper.widthMm(), heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch)
        : QPageSize(QPageSize::A4);
    if (!device.setPageSize(size)) {
        *error = tr("The printer does not take paper of %1 × %2 mm. Choose another printer or paper width in "
                    "the settings.")
                     .arg(m_paper.widthMm())
                     .arg(heightMm);
        return false;
    }
    device.setPageOrientation(QPageLayout::Portrait);
    // Our own margins are drawn; a printer that needs wider ones keeps them (and clips nothing of
    // ours as long as they are narrower than the paper's).
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&device)) {
        *error = tr("Cannot start printing. Check that the printer is switched on and connected.");
        return false;
    }
    // The painter's origin is the printable area's corner; ours are measured from the paper's.
    const int dpi = device.logicalDpiX();
    const QPointF paper = -device.pageLayout().paintRectPixels(dpi).topLeft();
    const QPointF origin = paper + QPointF(layout.mm(m_paper.sideMarginMm()), layout.mm(m_paper.topMarginMm()));
    const qreal bottom = paper.y() + layout.mm(heightMm - m_paper.bottomMarginMm());
    const bool painted = layout.paint(painter, device, origin, bottom);
    if (!painter.end() || !painted) {
        *error = tr("Printing failed part way. Check the printer and try again.");
        return false;
    }
    return true;
}
