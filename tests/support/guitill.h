#pragma once

#include "answeringdialogs.h"
#include "sale/sale.h"
#include "sync/synctimings.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class Clock;
class MainWindow;
class QWidget;
class Till;

// One till as a GUI test meets it: a fresh data folder with the built-in demo sandbox, the app in
// the test's language (and its locale), the main window on screen and active, the payment service
// connected, and the dialogs answered by the test. Steps return false with *error set, so a test
// writes QVERIFY2(gui.start(…, &error), qPrintable(error)).
class GuiTill
{
public:
    enum Option {
        Defaults = 0,
        FastSync = 0x1, // SyncTimings::fast(): the same behaviour, quicker
        NoWindow = 0x2, // start() opens no window (openWindow() later)
        NoConnection = 0x4, // start() does not connect (connect() later)
        NoCallbacks = 0x8, // the sandbox does not call the till back: the poller alone finds payments
    };
    Q_DECLARE_FLAGS(Options, Option)

    GuiTill();
    ~GuiTill();

    // The clock the till runs on (before open(); default: the system's). Not owned.
    void setClock(const Clock *clock) { m_clock = clock; }
    // open(), then the window, then the connection (as at a start), unless `options` say not.
    bool start(const QString &language, QString *error, Options options = Defaults);
    // The till in `language` ("en", "sv") on a fresh data folder and its built-in sandbox.
    bool open(const QString &language, QString *error, Options options = Defaults);
    bool connect(QString *error); // waits until the payment service answered
    bool openWindow(QString *error); // shown and active
    void closeWindow(); // as Stallpay closing (the layout is saved)

    Till &till() const { return *m_till; }
    MainWindow *window() const { return m_window.get(); }
    AnsweringDialogs &dialogs() { return m_dialogs; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dataDir() const { return m_dir.path(); }

    Sale sale(qint64 id) const;
    // The built-in sandbox's test controls (the payer, faults): `path` below its origin, e.g.
    // "/_sandbox/faults"; the HTTP status of the answer.
    int admin(const QByteArray &verb, const QString &path, const QByteArray &body = "{}") const;
    // The payer at the checkout of `linkId`: "pay", "decline", "stop", …
    int payer(const QString &linkId, const QString &action, const QByteArray &body = "{}") const;
    QUrl sandboxUrl(const QString &path) const;
    // What zbarimg reads in the QR code the widget shows (saved as `name` in the test's folder).
    QString decodeQr(QWidget *widget, const QString &name) const;

private:
    QTemporaryDir m_dir;
    const Clock *m_clock = nullptr;
    AnsweringDialogs m_dialogs;
    std::unique_ptr<Till> m_till;
    std::unique_ptr<MainWindow> m_window;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(GuiTill::Options)
