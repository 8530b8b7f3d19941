#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Hands a document to the desktop's mail program to send: `xdg-email --attach FILE --subject …
// --body … ADDRESS`, which opens a new message for the seller to check and send. The program can be
// another one (STALLPAY_XDG_EMAIL names it), so a test sees the command without a mail client.
class MailHandoff
{
    Q_DECLARE_TR_FUNCTIONS(MailHandoff)

public:
    static QString program();
    static QStringList
    arguments(const QString &to, const QString &subject, const QString &body, const QString &attachment);
    // Starts the mail program and waits for it to take the message; false with the reason in words.
    static bool
    compose(const QString &to, const QString &subject, const QString &body, const QString &attachment, QString *error);
};
