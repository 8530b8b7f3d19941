#include "dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
Dialogs *installed = nullptr;

QString chooseFile(QWidget *parent, const Dialogs::File &file, QFileDialog::AcceptMode mode)
{
    QFileDialog dialog(parent, file.title, file.suggested, file.filter);
    dialog.setObjectName(mode == QFileDialog::AcceptSave ? u"saveFileDialog"_s : u"openFileDialog"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (!file.defaultSuffix.isEmpty())
        dialog.setDefaultSuffix(file.defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
} // namespace

Dialogs &Dialogs::current()
{
    static QtDialogs qt;
    return installed ? *installed : qt;
}

void Dialogs::install(Dialogs *dialogs)
{
    installed = dialogs;
}

QString QtDialogs::saveFileName(QWidget *parent, const File &file)
{
    return chooseFile(parent, file, QFileDialog::AcceptSave);
}

QString QtDialogs::openFileName(QWidget *parent, const File &file)
{
    return chooseFile(parent, file, QFileDialog::AcceptOpen);
}

void QtDialogs::ask(QWidget *parent, const Question &question, std::function<void(bool yes)> answered)
{
    auto *box = new QMessageBox(QMessageBox::Question, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    QPushButton *yes = box->addButton(question.yes, QMessageBox::AcceptRole);
    box->addButton(question.no, QMessageBox::RejectRole);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, yes, answered = std::move(answered)] { answered(box->clickedButton() == yes); });
    box->open();
}
