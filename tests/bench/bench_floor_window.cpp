// The floor of figure 3: the least a Qt Widgets program costs to start and to keep — a window
// with a label and a button, built in the same tree with the same Qt. Prints "interactive" once
// the window is exposed and the event loop has turned, then its resident memory ("rss_kb N").
// bench_start runs it; on its own it is no bench.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(u"Stallpay"_s));
    layout->addWidget(new QPushButton(u"Charge"_s));
    window.resize(1024, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTimer::singleShot(0, &app, [] {
        std::printf("interactive\n");
        QFile status(u"/proc/self/status"_s);
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                std::printf("rss_kb %lld\n", line.mid(6).trimmed().split(' ').value(0).toLongLong());
        }
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
