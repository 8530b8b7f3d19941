#include "mailhandoff.h"

#include <QProcess>

using namespace Qt::StringLiterals;

QString MailHandoff::program()
{
    const QString chosen = qEnvironmentVariable("STALLPAY_XDG_EMAIL");
    return chosen.isEmpty() ? u"xdg-email"_s : chosen;
}

QStringList
MailHandoff::arguments(const QString &to, const QString &subject, const QString &body, const QString &attachment)
{
    return {u"--utf8"_s, u"--attach"_s, attachment, u"--subject"_s, subject, u"--body"_s, body, to};
}

bool MailHandoff::compose(
    const QString &to, const QString &subject, const QString &body, const QString &attachment, QString *error)
{
    QProcess process;
    process.start(program(), arguments(to, subject, body, attachment));
    if (!process.waitForStarted(10000)) {
        *error =
            tr("No mail program could be started (%1). Save the invoice as PDF and attach it yourself.").arg(program());
        return false;
    }
    // xdg-email returns once the mail program has the message.
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = tr("The mail program did not take the message (%1). Save the invoice as PDF and attach it "
                    "yourself.")
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}
