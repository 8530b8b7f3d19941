#include "guitill.h"

#include "httpclient.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "sale/saleservice.h"
#include "till/till.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr int kConnectMs = 15000;
}

GuiTill::GuiTill()
    : m_till(std::make_unique<Till>())
{ }

GuiTill::~GuiTill()
{
    m_window.reset(); // before the till it shows
}

bool GuiTill::start(const QString &language, QString *error, Options options)
{
    if (!open(language, error, options))
        return false;
    if (!options.testFlag(NoWindow) && !openWindow(error))
        return false;
    return options.testFlag(NoConnection) || connect(error);
}

bool GuiTill::open(const QString &language, QString *error, Options options)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder: %1"_s.arg(m_dir.errorString());
        return false;
    }
    Language::apply(language);
    Till::Options opening;
    opening.dataDir = m_dir.filePath(u"data"_s);
    opening.clock = m_clock;
    if (options.testFlag(FastSync))
        opening.syncTimings = SyncTimings::fast();
    opening.sandboxCallbacks = !options.testFlag(NoCallbacks);
    if (!m_till->open(opening, error))
        return false;
    if (!m_till->isDemo()) {
        *error = u"the till is not on its built-in sandbox"_s;
        return false;
    }
    return true;
}

bool GuiTill::connect(QString *error)
{
    QSignalSpy ready(m_till.get(), &Till::apiReady);
    QString problem;
    QObject listening; // the connection ends with this function
    QObject::connect(m_till.get(), &Till::apiProblem, &listening, [&problem](const QString &p) { problem = p; });
    m_till->connectApi();
    if (!QTest::qWaitFor([&] { return ready.count() > 0; }, kConnectMs)) {
        *error = u"the payment service did not answer: %1"_s.arg(problem);
        return false;
    }
    return true;
}

bool GuiTill::openWindow(QString *error)
{
    m_window = std::make_unique<MainWindow>(*m_till);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        *error = u"the main window did not become active"_s;
        return false;
    }
    return true;
}

void GuiTill::closeWindow()
{
    m_window.reset();
}

Sale GuiTill::sale(qint64 id) const
{
    Sale sale;
    m_till->sales().queries().load(id, &sale);
    return sale;
}

QUrl GuiTill::sandboxUrl(const QString &path) const
{
    QUrl url = m_till->sandboxUrl();
    url.setPath(path);
    return url;
}

int GuiTill::admin(const QByteArray &verb, const QString &path, const QByteArray &body) const
{
    return httpRequest(verb, sandboxUrl(path), body, {{"Content-Type", "application/json"}}).status;
}

int GuiTill::payer(const QString &linkId, const QString &action, const QByteArray &body) const
{
    return admin("POST", u"/_sandbox/payment_links/%1/%2"_s.arg(linkId, action), body);
}

QString GuiTill::decodeQr(QWidget *widget, const QString &name) const
{
    const QString png = path(name);
    if (!widget->grab().toImage().save(png))
        return u"<cannot save %1>"_s.arg(png);
    return PdfReader::decodeQr(png);
}
