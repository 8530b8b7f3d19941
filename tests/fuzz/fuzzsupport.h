#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: its entry point (libFuzzer's, or replay.cpp's main calls it), the
// application object made once, and the input read the way the code under test receives it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Fuzz {

// A QCoreApplication for the whole run (translations, sockets, timers), made once and kept; Qt's
// log is silenced, since millions of inputs would otherwise print as many warnings.
inline QCoreApplication &app()
{
    static QCoreApplication *instance = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        return new QCoreApplication(argc, argv);
    }();
    return *instance;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as PingClient reads an answer's body: an object or an array, else nothing.
inline QJsonValue json(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(data, size));
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return {};
}

// Keeps a result alive, so the optimiser cannot drop the work that made it.
template<typename T> inline void use(const T &value)
{
    asm volatile("" : : "g"(&value) : "memory");
}

} // namespace Fuzz
