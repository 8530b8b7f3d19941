#include "pingdocumentsdialog.h"

#include "print/pdffileprinter.h"
#include "sale/salelifecycle.h"
#include "sale/saleservice.h"
#include "settings/appsettings.h"
#include "style/theme.h"
#include "till/till.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using Kind = PingDocument::Kind;

PingDocumentsDialog::PingDocumentsDialog(Till &till, qint64 saleId, QWidget *parent)
    : QDialog(parent)
    , m_till(till)
    , m_saleId(saleId)
    , m_message(new QLabel(this))
{
    Sale sale;
    m_till.sales().queries().load(saleId, &sale);
    setObjectName(u"pingDocumentsDialog"_s);
    setWindowTitle(tr("Ping's documents — sale %1").arg(sale.number));
    setMinimumWidth(560);
    auto *intro = new QLabel(tr("Ping, the payment service, makes its own invoice of the payment link (with its "
                                "own OCR reference) and a receipt once it is paid. Stallpay fetches them and "
                                "keeps a copy in the data folder."),
                             this);
    intro->setWordWrap(true);
    m_message->setObjectName(u"pingDocumentsMessage"_s);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(makePart(Kind::Invoice, &m_invoice));
    layout->addWidget(makePart(Kind::Receipt, &m_receipt));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // The job ends later (or when the network is back): the dialog follows the sale.
    connect(&m_till.sales(), &SaleService::saleChanged, this, [this](qint64 id) {
        if (id == m_saleId)
            refresh();
    });
    connect(&m_till.sales(), &SaleService::outboxChanged, this, &PingDocumentsDialog::refresh);
    refresh();
}

QWidget *PingDocumentsDialog::makePart(Kind kind, Part *p)
{
    const bool receipt = kind == Kind::Receipt;
    auto *box = new QGroupBox(receipt ? tr("Ping receipt") : tr("Ping invoice"), this);
    p->status = new QLabel(box);
    p->status->setWordWrap(true);
    p->request = new QPushButton(receipt ? tr("Get Ping &receipt") : tr("Get Ping &invoice"), box);
    p->show = new QPushButton(tr("Show"), box);
    p->print = new QPushButton(tr("Print"), box);
    p->save = new QPushButton(tr("Save as PDF…"), box);
    const QString what = receipt ? u"receipt"_s : u"invoice"_s;
    for (QPushButton *b : {p->request, p->show, p->print, p->save}) {
        b->setMinimumHeight(40);
        b->setObjectName(what + u'_'
                         + QString(b == p->request     ? u"request"_s
                                       : b == p->show  ? u"show"_s
                                       : b == p->print ? u"print"_s
                                                       : u"save"_s));
    }
    p->request->setToolTip(receipt ? tr("Ask Ping for the receipt of the paid payment link")
                                   : tr("Ask Ping to make an invoice of this payment link, with an OCR reference"));
    connect(p->request, &QPushButton::clicked, this, [this, kind] { request(kind); });
    connect(p->show, &QPushButton::clicked, this, [this, kind] { showDocument(kind); });
    connect(p->print, &QPushButton::clicked, this, [this, kind] { printDocument(kind); });
    connect(p->save, &QPushButton::clicked, this, [this, kind] { saveDocument(kind); });
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {p->request, p->show, p->print, p->save})
        row->addWidget(b);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(p->status);
    layout->addLayout(row);
    return box;
}

QString PingDocumentsDialog::cachedFile(Kind kind) const
{
    Sale sale;
    if (!m_till.sales().queries().load(m_saleId, &sale))
        return {};
    for (const PingDocument &doc : m_till.sales().queries().pingDocuments(m_saleId)) {
        const QString path = QDir(m_till.sales().queries().dataFolder()).filePath(doc.file);
        if (doc.kind == kind && doc.paymentLinkId == sale.paymentLinkId && QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString PingDocumentsDialog::name(Kind kind) const
{
    Sale sale;
    m_till.sales().queries().load(m_saleId, &sale);
    return kind == Kind::Receipt ? tr("Ping receipt %1").arg(sale.number) : tr("Ping invoice %1").arg(sale.number);
}

void PingDocumentsDialog::refresh()
{
    Sale sale;
    if (!m_till.sales().queries().load(m_saleId, &sale))
        return;
    std::optional<OutboxJob> invoiceJob, receiptJob;
    for (const OutboxJob &job : m_till.sales().queries().openJobs()) {
        if (job.saleId == m_saleId && job.kind == OutboxJob::Kind::PingInvoice)
            invoiceJob = job;
        if (job.saleId == m_saleId && job.kind == OutboxJob::Kind::PingReceipt)
            receiptJob = job;
    }
    QMap<Kind, PingDocument> cached;
    for (const PingDocument &doc : m_till.sales().queries().pingDocuments(m_saleId)) {
        if (doc.paymentLinkId == sale.paymentLinkId)
            cached.insert(doc.kind, doc);
    }
    const QLocale locale;
    for (Kind kind : {Kind::Invoice, Kind::Receipt}) {
        const Part &p = part(kind);
        const bool receipt = kind == Kind::Receipt;
        const std::optional<OutboxJob> &job = receipt ? receiptJob : invoiceJob;
        const bool here = !cachedFile(kind).isEmpty();
        const bool allowed = !sale.paymentLinkId.isEmpty()
            && (receipt ? SaleLifecycle::next(sale, SaleTrigger::PingReceipt) && sale.paymentMethod != u"cash"_s
                        : SaleLifecycle::next(sale, SaleTrigger::PingInvoice).has_value());
        QString status;
        if (here) {
            const PingDocument &doc = cached.value(kind);
            const QString when = locale.toString(doc.fetchedAt.toLocalTime(), QLocale::ShortFormat);
            status = receipt ? tr("Fetched %1.").arg(when)
                             : tr("Fetched %1. Ping's OCR reference: %2").arg(when, doc.reference);
        } else if (job) {
            status = job->lastError.isEmpty() ? tr("Being fetched: waiting for the payment service.")
                                              : tr("Being fetched; the last try said: %1").arg(job->lastError);
        } else if (allowed) {
            status = receipt ? tr("The payment link is paid: Ping has a receipt of it.")
                             : tr("Ping can make an invoice of the payment link while it waits for payment.");
        } else {
            status = receipt ? tr("Ping's receipt is there once the payment link is paid.")
                             : tr("Ping makes its invoice only of a payment link that waits for payment.");
        }
        p.status->setText(status);
        if (here && m_asked == kind) {
            m_asked.reset(); // "is being made" is over: the status line says it is here
            m_message->clear();
        }
        p.request->setEnabled(allowed && !here && !job);
        for (QPushButton *b : {p.show, p.print, p.save})
            b->setEnabled(here);
    }
}

void PingDocumentsDialog::request(Kind kind)
{
    QString error;
    if (!m_till.sales().commands().requestPingDocument(m_saleId, kind, &error)) {
        say(error, true);
        return;
    }
    m_asked = kind;
    say(kind == Kind::Receipt ? tr("Ping's receipt is being fetched; it is here as soon as the payment service "
                                   "answers.")
                              : tr("Ping's invoice is being made; it is here as soon as the payment service "
                                   "answers."));
    refresh();
}

void PingDocumentsDialog::showDocument(Kind kind)
{
    const QString file = cachedFile(kind);
    if (file.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(file))) {
        say(tr("No program to show PDF files could be started. Save the document and open it yourself."), true);
        return;
    }
    m_till.sales().commands().recordInvoiceSent(
        m_saleId, EventRecord::pingDocumentOutput(PingDocument::kindKey(kind), u"shown"_s));
    say(tr("%1 is open in the PDF viewer.").arg(name(kind)));
}

void PingDocumentsDialog::printDocument(Kind kind)
{
    const QString file = cachedFile(kind);
    QString error;
    const QString printer = m_till.settings().documentPrinter();
    if (file.isEmpty() || !PdfFilePrinter::print(printer, name(kind), file, &error)) {
        say(error, true);
        return;
    }
    m_till.sales().commands().recordInvoiceSent(
        m_saleId, EventRecord::pingDocumentOutput(PingDocument::kindKey(kind), u"printed"_s));
    say(printer.isEmpty() ? tr("%1 sent to the default printer.").arg(name(kind))
                          : tr("%1 sent to %2.").arg(name(kind), printer));
}

void PingDocumentsDialog::saveDocument(Kind kind)
{
    const QString file = cachedFile(kind);
    if (file.isEmpty())
        return;
    AppSettings &settings = m_till.settings();
    QString folder = settings.uiState(u"pdf_folder"_s).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(this, tr("Save %1 as PDF").arg(name(kind)), folder, tr("PDF files (*.pdf)"));
    dialog.setObjectName(u"savePdfDialog"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(u"pdf"_s);
    dialog.selectFile(name(kind) + u".pdf"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString target = dialog.selectedFiles().constFirst();
    if (QFileInfo(target).absoluteFilePath() != QFileInfo(file).absoluteFilePath()) {
        QFile::remove(target);
        if (!QFile::copy(file, target)) {
            say(tr("Cannot save %1: choose a folder you can write to.").arg(QDir::toNativeSeparators(target)), true);
            return;
        }
    }
    settings.setUiState(u"pdf_folder"_s, QFileInfo(target).absolutePath());
    m_till.sales().commands().recordInvoiceSent(m_saleId,
                                                EventRecord::pingDocumentOutput(PingDocument::kindKey(kind), u"pdf"_s));
    say(tr("Saved %1.").arg(QDir::toNativeSeparators(target)));
}

void PingDocumentsDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    if (error)
        Theme::setTone(m_message, Theme::Tone::Error, true);
    else
        m_message->setStyleSheet(QString());
}
