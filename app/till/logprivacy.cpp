#include "logprivacy.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QStringList &hidden()
{
    static QStringList values;
    return values;
}

QtMessageHandler &previous()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = LogPrivacy::scrub(message);
    if (QtMessageHandler next = previous()) {
        next(type, context, clean);
        return;
    }
    std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, clean)));
}
} // namespace

void LogPrivacy::install()
{
    static bool installed = false;
    QMutexLocker locker(&lock());
    if (installed)
        return;
    installed = true;
    previous() = qInstallMessageHandler(handle);
}

void LogPrivacy::hide(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() < 6)
        return;
    QMutexLocker locker(&lock());
    if (!hidden().contains(v))
        hidden().append(v);
}

QString LogPrivacy::scrub(const QString &message)
{
    static const QRegularExpression merchantPath(u"(/merchants/)[^/?#\\s\"]+"_s);
    static const QRegularExpression email(u"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"_s);
    // +46701234567, +46 70-123 45 67, 070-123 45 67, 0701234567
    static const QRegularExpression phone(
        u"(\\+\\d{1,3}[ -]?\\d{1,4}([ -]?\\d{2,4}){2,4}|\\b07\\d[ -]?\\d{3}[ -]?\\d{2}[ -]?\\d{2})\\b"_s);
    QString out = message;
    {
        QMutexLocker locker(&lock());
        for (const QString &value : std::as_const(hidden()))
            out.replace(value, u"‹hidden›"_s, Qt::CaseInsensitive);
    }
    out.replace(merchantPath, u"\\1‹hidden›"_s);
    out.replace(email, u"‹e-mail›"_s);
    out.replace(phone, u"‹phone›"_s);
    return out;
}
