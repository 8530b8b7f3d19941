#include "backupsettings.h"

#include "dialogs/dialogs.h"
#include "store/databasebackups.h"
#include "style/shortcuts.h"
#include "till/till.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPathRole = Qt::UserRole;
constexpr int kSalesRole = Qt::UserRole + 1;
} // namespace

BackupSettings::BackupSettings(Till &till, QWidget *parent)
    : QGroupBox(tr("Backups"), parent)
    , m_till(till)
    , m_list(new QTreeWidget(this))
    , m_backUp(new QPushButton(tr("Back up now"), this))
    , m_restore(new QPushButton(tr("Restore…"), this))
    , m_message(new QLabel(this))
{
    m_list->setObjectName(u"backups"_s);
    m_list->setAccessibleName(tr("Backups of the sales database"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Why"), tr("Size"), tr("Sales")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(120);
    Shortcuts::tell(m_backUp, tr("A copy of the sales database now, beside the daily ones"));
    Shortcuts::tell(m_restore, tr("Put the chosen copy back; Stallpay asks first and then starts again"));
    m_restore->setEnabled(false);
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A copy is made every day and before each update; the newest 14 are kept."), this));
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_backUp, &QPushButton::clicked, this, &BackupSettings::backUp);
    connect(m_restore, &QPushButton::clicked, this, &BackupSettings::restore);
    load();
}

QString BackupSettings::reasonName(const QString &reason)
{
    if (reason == u"daily"_s)
        return tr("daily");
    if (reason == u"manual"_s)
        return tr("by hand");
    if (reason.startsWith(u"before-schema-"_s))
        return tr("before an update");
    return reason;
}

void BackupSettings::load()
{
    m_list->clear();
    const QLocale locale;
    for (const DatabaseBackups::Backup &b : m_till.backups().list()) {
        const qint64 sales = DatabaseBackups::salesIn(b.path);
        auto *item = new QTreeWidgetItem(m_list,
                                         {locale.toString(b.madeAt.toLocalTime(), QLocale::ShortFormat),
                                          reasonName(b.reason), locale.formattedDataSize(QFileInfo(b.path).size()),
                                          sales < 0 ? tr("unreadable") : locale.toString(sales)});
        item->setData(0, kPathRole, b.path);
        item->setData(3, kSalesRole, sales);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() == 0)
        m_message->setText(tr("No backup yet. The first one is made today."));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
}

void BackupSettings::backUp()
{
    QString error;
    QString path;
    if (!m_till.backUpNow(u"manual"_s, &path, &error)) {
        m_message->setText(error);
        return;
    }
    load();
    m_message->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)));
}

void BackupSettings::restore()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString path = item->data(0, kPathRole).toString();
    const Dialogs::Question question {
        u"restoreQuestion"_s, tr("Restore this backup?"),
        tr("The sales database goes back to the copy from %1, with %n sale(s). Sales made after it are not in "
           "the copy; the current file is kept in the backups folder (%2), so nothing is thrown away. Numbering "
           "goes on after the highest number this till has used, so no receipt or invoice number comes twice. "
           "Stallpay closes and starts again to put the copy in place.",
           nullptr, int(std::max<qint64>(0, item->data(3, kSalesRole).toLongLong())))
            .arg(item->text(0), QDir::toNativeSeparators(m_till.backups().folder())),
        tr("&Restore and start again"), tr("&Keep the current database")};
    Dialogs::current().ask(window(), question, [self = QPointer<BackupSettings>(this), path](bool yes) {
        if (!yes || !self)
            return;
        QString error;
        if (!self->m_till.requestRestore(path, &error))
            self->m_message->setText(error);
        else
            self->m_message->setText(tr("Stallpay starts again with the backup…"));
    });
}
